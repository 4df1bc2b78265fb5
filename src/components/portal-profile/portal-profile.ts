import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../../events.js';
import { afterNextPaint } from '../schedule.js';
import type { TermKey } from '../../i18n/en.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import profile from '../../i18n/en/profile.js';
import type { Schemas } from '../../state/api-client.js';
import { PortalError } from '../../state/errors.js';
import type { ResourceState } from '../../state/resource.js';
import { ResourceController } from '../../state/resource-controller.js';
import { sessionContext } from '../../state/session-context.js';
import type { PortalStore } from '../../state/store.js';
import { controls } from '../../themes/controls.js';
import { skeleton } from '../../themes/skeleton.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './portal-profile.styles.js';

type Profile = Schemas['CustomerProfile'];
type UpdateRequest = Schemas['UpdateCustomerRequest'];
type AllowedUpdate = Profile['allowed_updates'][number];
type TaxIdType = NonNullable<UpdateRequest['tax_ids']>[number]['type'];

/** Tax ID types the portal API accepts, with an example of each (shown as a hint). */
const TAX_ID_TYPES: Record<TaxIdType, string> = {
  eu_vat: 'DE123456789',
  gb_vat: 'GB123456789',
  us_ein: '12-3456789',
  au_abn: '12345678912',
  ca_bn: '123456789',
  ca_gst_hst: '123456789RT0002',
  ch_vat: 'CHE-123.456.789 MWST',
  no_vat: '123456789MVA',
  nz_gst: '123456789',
  in_gst: '12ABCDE3456FGZH',
  za_vat: '4123456789',
  ae_trn: '123456789012345',
  jp_cn: '1234567891234',
  sg_gst: 'M12345678X',
};
const TAX_ID_TYPE_NAMES = Object.keys(TAX_ID_TYPES) as TaxIdType[];
/** The API keeps at most this many tax IDs. */
const MAX_TAX_IDS = 10;

/** ISO 3166-1 alpha-2 codes (officially assigned), as the portal API accepts them. */
const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** Countries by name in a language: Intl.DisplayNames, sorted by that language's collation; once per language. */
const countryLists = new Map<string, Array<{ code: string; name: string }>>();
function countries(lang: string): Array<{ code: string; name: string }> {
  let list = countryLists.get(lang);
  if (!list) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    }
    const collator = new Intl.Collator([lang, 'en'].filter(Boolean));
    list = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(lang, list);
  }
  return list;
}

/**
 * A country `<select>`'s options in a language, as DOM built once per language: each
 * select takes a copy (a native clone), where 250 options rendered through templates cost
 * tens of milliseconds per select on every render.
 */
const countryOptionSets = new Map<string, DocumentFragment>();
function countryOptions(lang: string): DocumentFragment {
  let set = countryOptionSets.get(lang);
  if (!set) {
    set = document.createDocumentFragment();
    for (const c of countries(lang)) set.append(new Option(c.name, c.code));
    countryOptionSets.set(lang, set);
  }
  return set;
}

interface AddressDraft {
  line1: string;
  line2: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
}
interface TaxIdDraft {
  /** Keeps a row's inputs (and focus) with the row when another row is removed. */
  key: number;
  type: TaxIdType;
  value: string;
}
/** What the form holds: every field as the customer typed it. */
interface Draft {
  name: string;
  email: string;
  phone: string;
  address: AddressDraft;
  shipping: { name: string; phone: string; address: AddressDraft };
  tax_ids: TaxIdDraft[];
}

type Address = NonNullable<Profile['address']>;
const ADDRESS_FIELDS = ['line1', 'line2', 'city', 'state', 'postal_code', 'country'] as const;

let taxKeys = 0;

const addressDraft = (a: Address | null | undefined): AddressDraft => ({
  line1: a?.line1 ?? '',
  line2: a?.line2 ?? '',
  city: a?.city ?? '',
  state: a?.state ?? '',
  postal_code: a?.postal_code ?? '',
  country: a?.country ?? '',
});

function draftFrom(profile: Profile): Draft {
  return {
    name: profile.name,
    email: profile.email,
    phone: profile.phone ?? '',
    address: addressDraft(profile.address),
    shipping: {
      name: profile.shipping?.name ?? '',
      phone: profile.shipping?.phone ?? '',
      address: addressDraft(profile.shipping?.address),
    },
    tax_ids: profile.tax_ids.map((t) => ({
      key: ++taxKeys,
      type: (t.type in TAX_ID_TYPES ? t.type : 'eu_vat') as TaxIdType,
      value: t.value,
    })),
  };
}

const blank = (a: AddressDraft) => ADDRESS_FIELDS.every((f) => !a[f].trim());
const orNull = (s: string) => s.trim() || null;
const addressValue = (a: AddressDraft): NonNullable<UpdateRequest['address']> => ({
  line1: a.line1.trim(),
  line2: orNull(a.line2),
  city: a.city.trim(),
  state: orNull(a.state),
  postal_code: orNull(a.postal_code),
  country: a.country,
});

/** The request body for every field of a draft (compared field by field to send only what changed). */
function bodyOf(d: Draft): Required<UpdateRequest> {
  const s = d.shipping;
  const shippingBlank = !s.name.trim() && !s.phone.trim() && blank(s.address);
  return {
    name: d.name.trim(),
    email: d.email.trim(),
    phone: orNull(d.phone),
    // Every address field left empty removes the address.
    address: blank(d.address) ? null : addressValue(d.address),
    shipping: shippingBlank ? null : { name: s.name.trim(), phone: orNull(s.phone), address: addressValue(s.address) },
    tax_ids: d.tax_ids.map((t) => ({ type: t.type, value: t.value.trim() })),
  };
}

/** Which configuration switch (`allowed_updates`) a field path belongs to. */
function switchOf(path: string): AllowedUpdate {
  const head = path.split('.')[0]!;
  if (head === 'tax_ids') return 'tax_id';
  return head as AllowedUpdate;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `address.postal_code` → `f-address-postal_code`: an id for the field of a path. */
const idOf = (path: string) => `f-${path.replace(/\./g, '-')}`;

/**
 * The customer's details: name, email, phone, billing address, shipping address and tax
 * IDs (type and number, e.g. an EU VAT number DE123456789). Only the fields the portal
 * configuration lets customers change (`allowed_updates`) can be edited; the others are
 * shown read-only.
 *
 * A native `<form>` with labelled inputs and autocomplete tokens, so browsers fill it
 * and password managers and assistive technology understand it. Each field is checked
 * as the customer saves (required, email); an error the server finds lands on its field
 * (`address.postal_code`, `tax_ids.1.value`), marked invalid and described, with focus
 * on the first. Save sends one request with only what changed, however often it is
 * pressed, and announces "Saved"; on any error nothing typed is lost.
 *
 * @summary Edit name, email, phone, addresses and tax IDs.
 * @fires portal-profile-updated - The details were saved; `detail.customer` is the profile the server stored.
 * @csspart title - The heading.
 * @csspart form - The form.
 * @csspart group - Each group of fields (contact, billing address, shipping address, tax IDs).
 * @csspart input - Every text input and select.
 * @csspart error - A field's error message.
 * @csspart add - The "Add tax ID" button.
 * @csspart remove - A tax ID's "Remove" button.
 * @csspart save - The Save button.
 * @csspart announcement - The "Saved" confirmation.
 * @csspart message - The loading, signed-out or error message.
 * @csspart retry - The "Try again" button.
 * @cssprop [--portal-color-brand=#4f46e5] - The Save button and the focus ring.
 * @cssprop [--portal-color-brand-text] - Brand-coloured text (links) and the focus ring; defaults to the brand when it is readable on the surface, else the text colour.
 * @cssprop [--portal-color-on-danger] - Text on danger buttons; defaults to black or white, whichever contrasts with the danger colour.
 * @cssprop [--portal-color-surface=#ffffff] - Field background.
 * @cssprop [--portal-color-border=#dcdfe5] - Field borders.
 * @cssprop [--portal-color-danger=#b42318] - Field errors.
 * @cssprop [--portal-radius=8px] - Corner radius.
 */
export class PortalProfile extends LitElement {
  static override styles = [tokens, skeleton, controls, styles];
  /** The string namespaces it shows, with their English (other languages load lazily). */
  static i18n: ElementStrings = { profile };

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected store?: PortalStore;

  @state() private draft?: Draft;
  /** Field path → what is wrong with it. */
  @state() private errors: Record<string, string> = {};
  /** A problem that belongs to no one field (offline, server down…). */
  @state() private formError = '';
  @state() private saving = false;
  @state() private announcement = '';

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  readonly #profile = new ResourceController<ResourceState<Profile>>(this, () => this.#resource());
  /** The server's profile the draft was last compared with. */
  #base?: Profile;
  #focusFirstError = false;
  #focusAfterRender?: string;
  /** Each country select's options, by field path (see `#countryOptions`). */
  readonly #countryCopies = new Map<string, { lang: string; options: DocumentFragment; first: Node }>();
  /**
   * The form is first shown in the frame after its data came, not in the same one: it is
   * the heaviest part of a portal to build and lay out (two lists of ~250 countries), and
   * the sections beside it — usually above it — paint without waiting for it. Until then
   * the loading skeleton stays. `updateComplete` waits for it.
   */
  #formShown = false;
  #formDue?: Promise<void>;

  #resource() {
    return this.store?.customer;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed as Map<PropertyKey, unknown>).has('store')) {
      this.draft = undefined;
      this.#base = undefined;
      this.errors = {};
      this.formError = '';
      this.announcement = '';
    }
    const data = this.#profile.state?.data;
    if (data && data !== this.#base) {
      // New data from the server: the form follows it, unless the customer is editing.
      if (!this.draft || !this.#dirty()) this.draft = draftFrom(data);
      this.#base = data;
    }
    if (this.draft && !this.#formShown) {
      this.#formDue ??= afterNextPaint().then(() => {
        this.#formShown = true;
        this.requestUpdate();
      });
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#formShown || !this.#formDue) return done;
    await this.#formDue;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The country selects show the draft's country (their options are there only now).
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-country]')) {
      const wanted = select.dataset['country']!;
      if (select.value !== wanted) select.value = wanted;
    }
    if (this.#focusFirstError) {
      this.#focusFirstError = false;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    if (this.#focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = undefined;
    }
  }

  #dirty(): boolean {
    if (!this.draft || !this.#base) return false;
    return JSON.stringify(bodyOf(this.draft)) !== JSON.stringify(bodyOf(draftFrom(this.#base)));
  }

  #allowed(path: string): boolean {
    return this.#base?.allowed_updates.includes(switchOf(path)) ?? false;
  }

  // ── Rendering ───────────────────────────────────────────────────────────────

  protected override render() {
    const t = this.#i18n;
    const state = this.#profile.state;
    return html`
      <section aria-labelledby="title">
        <h2 id="title" part="title">${t.term('profile.title')}</h2>
        ${state ? this.#renderState(state) : html`<p part="message" class="message">${t.term('profile.signedOut')}</p>`}
      </section>
    `;
  }

  #renderState(state: ResourceState<Profile>) {
    const t = this.#i18n;
    if (!this.draft || !this.#base || !this.#formShown) {
      if (state.status === 'error' && !this.draft) {
        const canRetry = state.error?.kind !== 'expired' && state.error?.kind !== 'unauthenticated';
        return html`<div part="message" class="message error" role="alert">
          <span>${t.errorMessage(state.error)}</span>
          ${canRetry
            ? html`<button part="retry" type="button" @click=${() => void this.#resource()?.load()}>${t.term('action.retry')}</button>`
            : nothing}
        </div>`;
      }
      return html`<div class="skeleton" aria-busy="true">
        <span class="visually-hidden">${t.term('profile.loading')}</span>
        ${[0, 1, 2].map(() => html`<div class="bone" aria-hidden="true"></div>`)}
      </div>`;
    }
    const d = this.draft;
    const anyAllowed = this.#base.allowed_updates.length > 0;
    const errorCount = Object.keys(this.errors).length;
    return html`
      ${anyAllowed ? nothing : html`<p class="note">${t.term('profile.allReadOnly')}</p>`}
      <form part="form" novalidate @submit=${this.#save} @input=${this.#onInput} @change=${this.#onInput} aria-labelledby="title">
        <fieldset part="group">
          <legend>${t.term('profile.contact')}</legend>
          <div class="fields">
            ${this.#text('name', 'profile.name', d.name, { autocomplete: 'name', required: true })}
            ${this.#text('email', 'profile.email', d.email, { autocomplete: 'email', type: 'email', required: true })}
            ${this.#text('phone', 'profile.phone', d.phone, { autocomplete: 'tel', type: 'tel', hint: t.term('profile.phoneHint') })}
          </div>
        </fieldset>
        ${this.#addressGroup('address', t.term('profile.billing'), d.address, 'billing')}
        ${this.#shippingGroup(d)} ${this.#taxGroup(d)}
        <div class="footer">
          ${anyAllowed
            ? html`<button
                part="save"
                class="primary"
                type="submit"
                aria-disabled=${this.saving ? 'true' : 'false'}
                aria-busy=${this.saving ? 'true' : 'false'}
              >
                ${this.saving ? t.term('profile.saving') : t.term('profile.save')}
              </button>`
            : nothing}
          <div role="status" part="announcement" class="announcement">
            ${this.announcement ? html`<p class="notice">${this.announcement}</p>` : nothing}
          </div>
        </div>
        ${this.formError || errorCount
          ? html`<p class="form-error" role="alert">${this.formError || t.term('profile.checkFields', errorCount)}</p>`
          : nothing}
      </form>
    `;
  }

  /** One labelled input for `path`, read-only when its field may not be changed. */
  #text(
    path: string,
    labelKey: TermKey,
    value: string,
    options: { autocomplete: string; type?: string; required?: boolean; hint?: string; label?: string },
  ): TemplateResult {
    const id = idOf(path);
    const label = options.label ?? this.#i18n.term(labelKey as 'profile.name');
    const allowed = this.#allowed(path);
    const error = this.errors[path];
    const described = [error ? `${id}-error` : '', options.hint ? `${id}-hint` : '', allowed ? '' : `${id}-locked`].filter(Boolean).join(' ');
    return html`
      <div class="field" data-field=${path}>
        <label for=${id}>${label}</label>
        <input
          part="input"
          id=${id}
          name=${path}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete}
          .value=${live(value)}
          ?readonly=${!allowed}
          ?required=${options.required && allowed}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          spellcheck="false"
        />
        ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
        ${allowed ? nothing : html`<span class="hint" id="${id}-locked">${this.#i18n.term('profile.readOnly')}</span>`}
        ${error ? html`<span part="error" class="field-error" id="${id}-error">${error}</span>` : nothing}
      </div>
    `;
  }

  #country(path: string, value: string, autocomplete: string): TemplateResult {
    const t = this.#i18n;
    const id = idOf(path);
    const list = countries(t.lang);
    const allowed = this.#allowed(path);
    const error = this.errors[path];
    const label = t.term('profile.country');
    if (!allowed) {
      const name = list.find((c) => c.code === value)?.name ?? value;
      return html`<div class="field" data-field=${path}>
        <label for=${id}>${label}</label>
        <input part="input" id=${id} name=${path} readonly .value=${live(name)} aria-describedby=${allowed ? nothing : `${id}-locked`} />
        ${allowed ? nothing : html`<span class="hint" id="${id}-locked">${t.term('profile.readOnly')}</span>`}
      </div>`;
    }
    return html`
      <div class="field" data-field=${path}>
        <label for=${id}>${label}</label>
        <select
          part="input"
          id=${id}
          name=${path}
          data-country=${value}
          autocomplete=${autocomplete}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
        >
          <option value="">${t.term('profile.chooseCountry')}</option>
          ${this.#countryOptions(path, t.lang)}
        </select>
        ${error ? html`<span part="error" class="field-error" id="${id}-error">${error}</span>` : nothing}
      </div>
    `;
  }

  /** A country select's options: its own copy, kept while the language stays and the options stay in the select. */
  #countryOptions(path: string, lang: string): DocumentFragment {
    const copy = this.#countryCopies.get(path);
    const inPlace = copy && (copy.first.parentNode === copy.options || copy.first.parentNode instanceof HTMLSelectElement);
    if (copy && copy.lang === lang && inPlace) return copy.options;
    const options = countryOptions(lang).cloneNode(true) as DocumentFragment;
    this.#countryCopies.set(path, { lang, options, first: options.firstChild! });
    return options;
  }

  #addressFields(prefix: string, a: AddressDraft, section: 'billing' | 'shipping') {
    return html`
      ${this.#text(`${prefix}.line1`, 'profile.line1', a.line1, { autocomplete: `${section} address-line1` })}
      ${this.#text(`${prefix}.line2`, 'profile.line2', a.line2, { autocomplete: `${section} address-line2` })}
      ${this.#text(`${prefix}.city`, 'profile.city', a.city, { autocomplete: `${section} address-level2` })}
      ${this.#text(`${prefix}.state`, 'profile.state', a.state, { autocomplete: `${section} address-level1` })}
      ${this.#text(`${prefix}.postal_code`, 'profile.postalCode', a.postal_code, { autocomplete: `${section} postal-code` })}
      ${this.#country(`${prefix}.country`, a.country, `${section} country`)}
    `;
  }

  #addressGroup(prefix: 'address', legend: string, a: AddressDraft, section: 'billing') {
    const editable = this.#allowed(prefix);
    return html`
      <fieldset part="group">
        <legend>${legend}</legend>
        ${editable ? html`<p class="hint">${this.#i18n.term('profile.addressHint')}</p>` : nothing}
        <div class="fields address">${this.#addressFields(prefix, a, section)}</div>
      </fieldset>
    `;
  }

  #shippingGroup(d: Draft) {
    const t = this.#i18n;
    const editable = this.#allowed('shipping');
    return html`
      <fieldset part="group">
        <legend>${t.term('profile.shipping')}</legend>
        ${editable ? html`<p class="hint">${t.term('profile.addressHint')}</p>` : nothing}
        <div class="fields address">
          ${this.#text('shipping.name', 'profile.shippingName', d.shipping.name, { autocomplete: 'shipping name' })}
          ${this.#text('shipping.phone', 'profile.shippingPhone', d.shipping.phone, { autocomplete: 'shipping tel', type: 'tel' })}
          ${this.#addressFields('shipping.address', d.shipping.address, 'shipping')}
        </div>
      </fieldset>
    `;
  }

  #taxGroup(d: Draft) {
    const t = this.#i18n;
    const editable = this.#allowed('tax_ids');
    const groupError = this.errors['tax_ids'];
    return html`
      <fieldset part="group" class="tax-ids">
        <legend>${t.term('profile.taxIds')}</legend>
        <p class="hint">${t.term('profile.taxIds.hint')}</p>
        ${this.#allowed('tax_ids') ? nothing : html`<p class="hint">${t.term('profile.readOnly')}</p>`}
        ${d.tax_ids.length === 0 ? html`<p class="empty">${t.term('profile.taxIds.none')}</p>` : nothing}
        <ol class="tax-list">
          ${repeat(
            d.tax_ids,
            (row) => row.key,
            (row, i) => this.#taxRow(row, i, editable),
          )}
        </ol>
        ${groupError ? html`<p part="error" class="field-error" id="f-tax_ids-error">${groupError}</p>` : nothing}
        ${editable && d.tax_ids.length < MAX_TAX_IDS
          ? html`<button
              part="add"
              type="button"
              class="secondary"
              data-add-tax
              aria-describedby=${groupError ? 'f-tax_ids-error' : nothing}
              @click=${this.#addTaxId}
            >
              ${t.term('profile.taxAdd')}
            </button>`
          : nothing}
      </fieldset>
    `;
  }

  #taxRow(row: TaxIdDraft, i: number, editable: boolean) {
    const t = this.#i18n;
    const typePath = `tax_ids.${i}.type`;
    const valuePath = `tax_ids.${i}.value`;
    const typeId = `tax-${row.key}-type`;
    const valueId = `tax-${row.key}-value`;
    const typeError = this.errors[typePath];
    const valueError = this.errors[valuePath];
    const hintId = `${valueId}-hint`;
    return html`
      <li class="tax-row" data-tax-row=${i}>
        <fieldset class="tax-fields">
          <legend class="visually-hidden">${t.term('profile.taxId', i + 1)}</legend>
          <div class="field">
            <label for=${typeId}>${t.term('profile.taxType')}</label>
            ${editable
              ? html`<select
                  part="input"
                  id=${typeId}
                  name=${typePath}
                  aria-invalid=${typeError ? 'true' : 'false'}
                  aria-describedby=${typeError ? `${typeId}-error` : nothing}
                >
                  ${TAX_ID_TYPE_NAMES.map(
                    (type) => html`<option value=${type} ?selected=${type === row.type}>${t.term(`profile.taxType.${type}` as const)}</option>`,
                  )}
                </select>`
              : html`<input part="input" id=${typeId} name=${typePath} readonly .value=${live(t.term(`profile.taxType.${row.type}` as const))} />`}
            ${typeError ? html`<span part="error" class="field-error" id="${typeId}-error">${typeError}</span>` : nothing}
          </div>
          <div class="field">
            <label for=${valueId}>${t.term('profile.taxValue')}</label>
            <input
              part="input"
              id=${valueId}
              name=${valuePath}
              autocomplete="off"
              spellcheck="false"
              .value=${live(row.value)}
              ?readonly=${!editable}
              ?required=${editable}
              aria-invalid=${valueError ? 'true' : 'false'}
              aria-describedby=${[valueError ? `${valueId}-error` : '', hintId].filter(Boolean).join(' ')}
            />
            <span class="hint" id=${hintId}>${t.term('profile.taxExample', TAX_ID_TYPES[row.type])}</span>
            ${valueError ? html`<span part="error" class="field-error" id="${valueId}-error">${valueError}</span>` : nothing}
          </div>
          ${editable
            ? html`<button part="remove" type="button" class="quiet" data-remove-tax=${i} @click=${() => this.#removeTaxId(i)}>
                ${t.term('profile.taxRemove')}<span class="visually-hidden"> ${t.term('profile.taxId', i + 1)}</span>
              </button>`
            : nothing}
        </fieldset>
      </li>
    `;
  }

  // ── Editing ─────────────────────────────────────────────────────────────────

  #onInput = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const path = target.name;
    if (!path || !this.draft || target.hasAttribute('readonly')) return;
    // \`change\` follows \`input\` (and fires again when a field loses focus): only a new value counts.
    const next = this.#set(this.draft, path, target.value);
    if (JSON.stringify(next) === JSON.stringify(this.draft)) return;
    this.draft = next;
    this.announcement = '';
    if (this.errors[path] || (path.startsWith('tax_ids.') && this.errors['tax_ids'])) {
      const { [path]: _, tax_ids: __, ...rest } = this.errors;
      this.errors = path.startsWith('tax_ids.') ? rest : { ...rest, ...(this.errors['tax_ids'] ? { tax_ids: this.errors['tax_ids'] } : {}) };
    }
    if (Object.keys(this.errors).length === 0) this.formError = '';
  };

  /** The draft with the value at `path` (e.g. `shipping.address.city`, `tax_ids.1.value`) replaced. */
  #set(draft: Draft, path: string, value: string): Draft {
    const next = structuredClone(draft);
    const keys = path.split('.');
    let node: Record<string, unknown> = next as unknown as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    const last = keys.at(-1)!;
    if (typeof node[last] === 'string') node[last] = value;
    return next;
  }

  #addTaxId = () => {
    if (!this.draft || this.draft.tax_ids.length >= MAX_TAX_IDS) return;
    const key = ++taxKeys;
    this.draft = { ...this.draft, tax_ids: [...this.draft.tax_ids, { key, type: 'eu_vat', value: '' }] };
    this.announcement = '';
    this.#focusAfterRender = `#tax-${key}-type`;
  };

  #removeTaxId(index: number) {
    if (!this.draft) return;
    const rows = this.draft.tax_ids.filter((_, i) => i !== index);
    this.draft = { ...this.draft, tax_ids: rows };
    // Row errors are by position: the rows after the removed one moved up.
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([path]) => !path.startsWith('tax_ids')));
    this.announcement = this.#i18n.term('profile.taxRemoved', index + 1);
    const next = rows[index] ?? rows[index - 1];
    this.#focusAfterRender = next ? `[data-remove-tax="${rows.indexOf(next)}"]` : '[data-add-tax]';
  }

  // ── Saving ──────────────────────────────────────────────────────────────────

  /** Per-field checks before anything is sent: required fields, the email's form. */
  #validate(d: Draft): Record<string, string> {
    const t = this.#i18n;
    const errors: Record<string, string> = {};
    const required = (path: string, value: string, label: TermKey) => {
      if (this.#allowed(path) && !value.trim()) errors[path] = t.term('profile.required', t.term(label as 'profile.name'));
    };
    required('name', d.name, 'profile.name');
    required('email', d.email, 'profile.email');
    if (!errors['email'] && this.#allowed('email') && !EMAIL.test(d.email.trim())) errors['email'] = t.term('profile.invalidEmail');
    const address = (prefix: string, a: AddressDraft) => {
      required(`${prefix}.line1`, a.line1, 'profile.line1');
      required(`${prefix}.city`, a.city, 'profile.city');
      required(`${prefix}.country`, a.country, 'profile.country');
    };
    if (!blank(d.address)) address('address', d.address);
    const s = d.shipping;
    if (s.name.trim() || s.phone.trim() || !blank(s.address)) {
      required('shipping.name', s.name, 'profile.shippingName');
      address('shipping.address', s.address);
    }
    d.tax_ids.forEach((row, i) => required(`tax_ids.${i}.value`, row.value, 'profile.taxValue'));
    return errors;
  }

  /** Only the allowed fields that differ from what the server has. */
  #changes(d: Draft): UpdateRequest {
    const now = bodyOf(d);
    const before = bodyOf(draftFrom(this.#base!));
    const body: Record<string, unknown> = {};
    for (const key of Object.keys(now) as Array<keyof UpdateRequest>) {
      if (!this.#allowed(key)) continue;
      if (JSON.stringify(now[key]) !== JSON.stringify(before[key])) body[key] = now[key];
    }
    return body as UpdateRequest;
  }

  #save = async (event: Event) => {
    event.preventDefault();
    const store = this.store;
    const draft = this.draft;
    if (!store || !draft || !this.#base || this.saving) return; // one request, however often Save is pressed
    const t = this.#i18n;
    this.announcement = '';
    this.formError = '';
    const errors = this.#validate(draft);
    this.errors = errors;
    if (Object.keys(errors).length) {
      this.#focusFirstError = true;
      return;
    }
    const body = this.#changes(draft);
    if (Object.keys(body).length === 0) {
      this.announcement = t.term('profile.unchanged');
      return;
    }
    if (!store.canMutate) {
      this.formError = `${t.term('error.offline')} ${t.term('profile.notSaved')}`;
      return;
    }
    this.saving = true;
    try {
      const profile = await store.mutate((signal) => store.client.call('post', '/v1/customer', { body, signal }), { affects: [] });
      if (this.store !== store) return;
      // What the customer typed while it saved stays; otherwise the form shows what the server stored.
      const typedSince = JSON.stringify(bodyOf(this.draft!)) !== JSON.stringify(bodyOf(draft));
      this.#base = profile;
      if (!typedSince) this.draft = draftFrom(profile);
      this.#resource()?.put(profile);
      this.errors = {};
      this.announcement = t.term('profile.saved');
      emit(this, 'portal-profile-updated', { customer: profile });
    } catch (error) {
      if (this.store !== store) return;
      this.#placeError(error); // the draft stays as typed
    } finally {
      this.saving = false;
    }
  };

  /** A server error on the field it names (`address.postal_code`, `tax_ids.1.value`…), else for the whole form. */
  #placeError(error: unknown): void {
    const t = this.#i18n;
    const portalError = error instanceof PortalError ? error : undefined;
    const param = portalError?.kind === 'validation' ? portalError.details.param : undefined;
    const field = param ? this.#fieldFor(param) : undefined;
    if (portalError && param && field) {
      const label = this.renderRoot.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent?.trim() ?? param;
      const detail = /^Invalid [\w.]+: (.+)$/.exec(portalError.message)?.[1];
      const message = detail ? t.term('profile.invalidField', label, detail) : portalError.message;
      const isAdd = field.hasAttribute('data-add-tax');
      this.errors = { [isAdd ? 'tax_ids' : field.getAttribute('name')!]: message };
      this.#focusAfterRender = isAdd ? '[data-add-tax]' : `#${CSS.escape(field.id)}`;
      return;
    }
    const message =
      portalError?.kind === 'validation' || portalError?.kind === 'conflict' || portalError?.kind === 'not_found'
        ? portalError.message
        : t.errorMessage(portalError);
    this.formError = `${message} ${t.term('profile.notSaved')}`;
  }

  /** The input a server error's `param` points at: that path, or the first field under it. */
  #fieldFor(param: string): HTMLElement | undefined {
    const fields = [...this.renderRoot.querySelectorAll<HTMLElement>('input[name], select[name]')];
    const exact = fields.find((f) => f.getAttribute('name') === param);
    if (exact) return exact;
    return fields.find((f) => f.getAttribute('name')!.startsWith(`${param}.`)) ?? (param === 'tax_ids' ? this.renderRoot.querySelector<HTMLElement>('[data-add-tax]') ?? undefined : undefined);
  }
}
