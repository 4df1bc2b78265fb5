/**
 * `<portal-profile>`'s form — every field, its checks, the server's errors on their fields,
 * tax IDs added and removed, Save and Cancel — with its styles and English: one chunk,
 * loaded when the customer first heads for Edit, not with the page. `PortalProfile` adds
 * `english` to the strings when the chunk arrives (no module side effects: the package is
 * marked side-effect free).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../../events.js';
import type { TermKey } from '../../i18n/en.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { Schemas } from '../../state/api-client.js';
import { COUNTRY_CODES } from '../../state/countries.gen.js';
import { PortalError } from '../../state/errors.js';
import { adoptLater } from '../../themes/adopt-later.js';
import { formStyles } from './profile-form.styles.js';
import { countryName, countryNames, type Address, type AllowedUpdate, type FormContext, type FormHost, type Profile } from './shared.js';

export { default as english } from '../../i18n/en/profileForm.js';

type UpdateRequest = Schemas['UpdateCustomerRequest'];
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

/** Countries by name in a language: Intl.DisplayNames, sorted by that language's collation; once per language. */
const countryLists = new Map<string, Array<{ code: string; name: string }>>();
function countries(lang: string): Array<{ code: string; name: string }> {
  let list = countryLists.get(lang);
  if (!list) {
    const names = countryNames(lang);
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
 * The form, in place of the details while the customer edits them: a native `<form>`
 * with labelled inputs and autocomplete tokens, so browsers fill it and password managers
 * and assistive technology understand it. Fields the configuration does not let the
 * customer change are read-only, saying whom to ask. Each field is checked as the customer
 * saves (required, email); an error the server finds lands on its field
 * (`address.postal_code`, `tax_ids.1.value`), marked invalid and described, with focus on
 * the first. Save sends one request with only what changed, however often it is pressed;
 * on any error nothing typed is lost. Cancel drops the draft and sends nothing.
 */
export class ProfileForm implements ReactiveController {
  /** What the customer is editing; undefined while the form is closed. */
  #draft?: Draft;
  /** The server's profile the draft was last compared with. */
  #base?: Profile;
  /** Field path → what is wrong with it. */
  #errors: Record<string, string> = {};
  /** A problem that belongs to no one field (offline, server down…). */
  #formError = '';
  #saving = false;
  #focusFirstError = false;
  #focusAfterRender?: string;
  /** Each country select's options, by field path (see `#countryOptions`). */
  readonly #countryCopies = new Map<string, { lang: string; options: DocumentFragment; first: Node }>();

  constructor(
    private readonly host: FormHost,
    private readonly ctx: FormContext,
  ) {
    host.addController(this);
    adoptLater(host, formStyles); // the form's own styles come with its code, after the element's
  }

  get isOpen(): boolean {
    return this.#draft !== undefined;
  }

  get #t(): LocalizeController {
    return this.ctx.i18n;
  }

  /** Opens the form on the server's profile, focus on the first field the customer may change. */
  open(): void {
    const profile = this.ctx.profile();
    if (!profile) return;
    this.#base = profile;
    this.#draft = draftFrom(profile);
    this.#errors = {};
    this.#formError = '';
    this.#focusAfterRender = 'form :is(input:not([readonly]), select)';
    this.host.requestUpdate();
  }

  /** Closes the form, dropping the draft (nothing is sent). */
  close(): void {
    if (!this.#draft) return;
    this.#draft = undefined;
    this.#base = undefined;
    this.#errors = {};
    this.#formError = '';
    this.#focusAfterRender = undefined;
    this.#focusFirstError = false;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const data = this.ctx.profile();
    if (this.#draft && data && data !== this.#base) {
      // New data from the server: the form follows it, unless the customer has changed something.
      if (!this.#dirty()) this.#draft = draftFrom(data);
      this.#base = data;
    }
  }

  hostUpdated(): void {
    if (!this.#draft) return;
    const root = this.host.renderRoot;
    // The country selects show the draft's country (their options are there only now).
    for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-country]')) {
      const wanted = select.dataset['country']!;
      if (select.value !== wanted) select.value = wanted;
    }
    if (this.#focusFirstError) {
      this.#focusFirstError = false;
      root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
    if (this.#focusAfterRender) {
      root.querySelector<HTMLElement>(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = undefined;
    }
  }

  #dirty(): boolean {
    if (!this.#draft || !this.#base) return false;
    return JSON.stringify(bodyOf(this.#draft)) !== JSON.stringify(bodyOf(draftFrom(this.#base)));
  }

  #allowed(path: string): boolean {
    return this.#base?.allowed_updates.includes(switchOf(path)) ?? false;
  }

  #update(): void {
    this.host.requestUpdate();
  }

  // ── Rendering ───────────────────────────────────────────────────────────────

  render(): TemplateResult | typeof nothing {
    const d = this.#draft;
    if (!d) return nothing;
    const t = this.#t;
    const errorCount = Object.keys(this.#errors).length;
    return html`
      <form part="form" novalidate @submit=${this.#save} @input=${this.#onInput} @change=${this.#onInput} aria-labelledby="title">
        <fieldset part="group">
          <legend>${t.term('profileForm.contact')}</legend>
          <div class="fields">
            ${this.#text('name', 'profile.name', d.name, { autocomplete: 'name', required: true })}
            ${this.#text('email', 'profile.email', d.email, { autocomplete: 'email', type: 'email', required: true })}
            ${this.#text('phone', 'profileForm.phone', d.phone, { autocomplete: 'tel', type: 'tel', hint: t.term('profileForm.phoneHint') })}
          </div>
        </fieldset>
        ${this.#addressGroup(d.address)} ${this.#shippingGroup(d)} ${this.#taxGroup(d)}
        <div class="footer">
          <button
            part="save"
            class="primary"
            type="submit"
            aria-disabled=${this.#saving ? 'true' : 'false'}
            aria-busy=${this.#saving ? 'true' : 'false'}
          >
            ${this.#saving ? t.term('profileForm.saving') : t.term('profileForm.save')}
          </button>
          <button part="cancel" type="button" aria-disabled=${this.#saving ? 'true' : 'false'} @click=${this.#cancel}>
            ${t.term('profileForm.cancel')}
          </button>
        </div>
        ${this.#formError || errorCount
          ? html`<p class="form-error" role="alert">${this.#formError || t.term('profileForm.checkFields', errorCount)}</p>`
          : nothing}
      </form>
    `;
  }

  /** One labelled input for `path`, read-only when its field may not be changed. */
  #text(path: string, labelKey: TermKey, value: string, options: { autocomplete: string; type?: string; required?: boolean; hint?: string }): TemplateResult {
    const id = idOf(path);
    const allowed = this.#allowed(path);
    const error = this.#errors[path];
    const described = [error ? `${id}-error` : '', options.hint ? `${id}-hint` : '', allowed ? '' : `${id}-locked`].filter(Boolean).join(' ');
    return html`
      <div class="field" data-field=${path}>
        <label for=${id}>${this.#t.term(labelKey as 'profile.name')}</label>
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
        ${allowed ? nothing : html`<span class="hint" id="${id}-locked">${this.#t.term('profileForm.readOnly')}</span>`}
        ${error ? html`<span part="error" class="field-error" id="${id}-error">${error}</span>` : nothing}
      </div>
    `;
  }

  #country(path: string, value: string, autocomplete: string): TemplateResult {
    const t = this.#t;
    const id = idOf(path);
    const error = this.#errors[path];
    const label = t.term('profileForm.country');
    if (!this.#allowed(path)) {
      const name = value ? countryName(t.lang, value) : '';
      return html`<div class="field" data-field=${path}>
        <label for=${id}>${label}</label>
        <input part="input" id=${id} name=${path} readonly .value=${live(name)} aria-describedby="${id}-locked" />
        <span class="hint" id="${id}-locked">${t.term('profileForm.readOnly')}</span>
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
          <option value="">${t.term('profileForm.chooseCountry')}</option>
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
      ${this.#text(`${prefix}.line1`, 'profileForm.line1', a.line1, { autocomplete: `${section} address-line1` })}
      ${this.#text(`${prefix}.line2`, 'profileForm.line2', a.line2, { autocomplete: `${section} address-line2` })}
      ${this.#text(`${prefix}.city`, 'profileForm.city', a.city, { autocomplete: `${section} address-level2` })}
      ${this.#text(`${prefix}.state`, 'profileForm.state', a.state, { autocomplete: `${section} address-level1` })}
      ${this.#text(`${prefix}.postal_code`, 'profileForm.postalCode', a.postal_code, { autocomplete: `${section} postal-code` })}
      ${this.#country(`${prefix}.country`, a.country, `${section} country`)}
    `;
  }

  #addressGroup(a: AddressDraft) {
    const t = this.#t;
    return html`
      <fieldset part="group">
        <legend>${t.term('profile.billing')}</legend>
        ${this.#allowed('address') ? html`<p class="hint">${t.term('profileForm.addressHint')}</p>` : nothing}
        <div class="fields address">${this.#addressFields('address', a, 'billing')}</div>
      </fieldset>
    `;
  }

  #shippingGroup(d: Draft) {
    const t = this.#t;
    return html`
      <fieldset part="group">
        <legend>${t.term('profile.shipping')}</legend>
        ${this.#allowed('shipping') ? html`<p class="hint">${t.term('profileForm.addressHint')}</p>` : nothing}
        <div class="fields address">
          ${this.#text('shipping.name', 'profileForm.shippingName', d.shipping.name, { autocomplete: 'shipping name' })}
          ${this.#text('shipping.phone', 'profileForm.shippingPhone', d.shipping.phone, { autocomplete: 'shipping tel', type: 'tel' })}
          ${this.#addressFields('shipping.address', d.shipping.address, 'shipping')}
        </div>
      </fieldset>
    `;
  }

  #taxGroup(d: Draft) {
    const t = this.#t;
    const editable = this.#allowed('tax_ids');
    const groupError = this.#errors['tax_ids'];
    return html`
      <fieldset part="group" class="tax-ids">
        <legend>${t.term('profile.taxIds')}</legend>
        <p class="hint">${t.term('profileForm.taxIds.hint')}</p>
        ${editable ? nothing : html`<p class="hint">${t.term('profileForm.readOnly')}</p>`}
        ${d.tax_ids.length === 0 ? html`<p class="empty">${t.term('profileForm.taxIds.none')}</p>` : nothing}
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
              ${t.term('profileForm.taxAdd')}
            </button>`
          : nothing}
      </fieldset>
    `;
  }

  #taxRow(row: TaxIdDraft, i: number, editable: boolean) {
    const t = this.#t;
    const typePath = `tax_ids.${i}.type`;
    const valuePath = `tax_ids.${i}.value`;
    const typeId = `tax-${row.key}-type`;
    const valueId = `tax-${row.key}-value`;
    const typeError = this.#errors[typePath];
    const valueError = this.#errors[valuePath];
    const hintId = `${valueId}-hint`;
    return html`
      <li class="tax-row" data-tax-row=${i}>
        <fieldset class="tax-fields">
          <legend class="visually-hidden">${t.term('profileForm.taxId', i + 1)}</legend>
          <div class="field">
            <label for=${typeId}>${t.term('profileForm.taxType')}</label>
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
            <label for=${valueId}>${t.term('profileForm.taxValue')}</label>
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
            <span class="hint" id=${hintId}>${t.term('profileForm.taxExample', TAX_ID_TYPES[row.type])}</span>
            ${valueError ? html`<span part="error" class="field-error" id="${valueId}-error">${valueError}</span>` : nothing}
          </div>
          ${editable
            ? html`<button part="remove" type="button" class="quiet" data-remove-tax=${i} @click=${() => this.#removeTaxId(i)}>
                ${t.term('profileForm.taxRemove')}<span class="visually-hidden"> ${t.term('profileForm.taxId', i + 1)}</span>
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
    if (!path || !this.#draft || target.hasAttribute('readonly')) return;
    // `change` follows `input` (and fires again when a field loses focus): only a new value counts.
    const next = this.#set(this.#draft, path, target.value);
    if (JSON.stringify(next) === JSON.stringify(this.#draft)) return;
    this.#draft = next;
    this.ctx.announce('');
    const errors = this.#errors;
    if (errors[path] || (path.startsWith('tax_ids.') && errors['tax_ids'])) {
      const { [path]: _, tax_ids: __, ...rest } = errors;
      this.#errors = path.startsWith('tax_ids.') ? rest : { ...rest, ...(errors['tax_ids'] ? { tax_ids: errors['tax_ids'] } : {}) };
    }
    if (Object.keys(this.#errors).length === 0) this.#formError = '';
    this.#update();
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
    if (!this.#draft || this.#draft.tax_ids.length >= MAX_TAX_IDS) return;
    const key = ++taxKeys;
    this.#draft = { ...this.#draft, tax_ids: [...this.#draft.tax_ids, { key, type: 'eu_vat', value: '' }] };
    this.ctx.announce('');
    this.#focusAfterRender = `#tax-${key}-type`;
    this.#update();
  };

  #removeTaxId(index: number) {
    if (!this.#draft) return;
    const rows = this.#draft.tax_ids.filter((_, i) => i !== index);
    this.#draft = { ...this.#draft, tax_ids: rows };
    // Row errors are by position: the rows after the removed one moved up.
    this.#errors = Object.fromEntries(Object.entries(this.#errors).filter(([path]) => !path.startsWith('tax_ids')));
    this.ctx.announce(this.#t.term('profileForm.taxRemoved', index + 1));
    const next = rows[index] ?? rows[index - 1];
    this.#focusAfterRender = next ? `[data-remove-tax="${rows.indexOf(next)}"]` : '[data-add-tax]';
    this.#update();
  }

  /** Cancel: the draft goes, nothing is sent (ignored while a save runs). */
  #cancel = () => {
    if (this.#saving) return;
    this.ctx.announce('');
    this.close();
    this.ctx.closed();
  };

  // ── Saving ──────────────────────────────────────────────────────────────────

  /** Per-field checks before anything is sent: required fields, the email's form. */
  #validate(d: Draft): Record<string, string> {
    const t = this.#t;
    const errors: Record<string, string> = {};
    const required = (path: string, value: string, label: TermKey) => {
      if (this.#allowed(path) && !value.trim()) errors[path] = t.term('profileForm.required', t.term(label as 'profile.name'));
    };
    required('name', d.name, 'profile.name');
    required('email', d.email, 'profile.email');
    if (!errors['email'] && this.#allowed('email') && !EMAIL.test(d.email.trim())) errors['email'] = t.term('profileForm.invalidEmail');
    const address = (prefix: string, a: AddressDraft) => {
      required(`${prefix}.line1`, a.line1, 'profileForm.line1');
      required(`${prefix}.city`, a.city, 'profileForm.city');
      required(`${prefix}.country`, a.country, 'profileForm.country');
    };
    if (!blank(d.address)) address('address', d.address);
    const s = d.shipping;
    if (s.name.trim() || s.phone.trim() || !blank(s.address)) {
      required('shipping.name', s.name, 'profileForm.shippingName');
      address('shipping.address', s.address);
    }
    d.tax_ids.forEach((row, i) => required(`tax_ids.${i}.value`, row.value, 'profileForm.taxValue'));
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
    const store = this.ctx.store();
    const draft = this.#draft;
    if (!store || !draft || !this.#base || this.#saving) return; // one request, however often Save is pressed
    const t = this.#t;
    this.ctx.announce('');
    this.#formError = '';
    const errors = this.#validate(draft);
    this.#errors = errors;
    if (Object.keys(errors).length) {
      this.#focusFirstError = true;
      this.#update();
      return;
    }
    const body = this.#changes(draft);
    if (Object.keys(body).length === 0) {
      this.ctx.announce(t.term('profileForm.unchanged'));
      this.#update();
      return;
    }
    if (!store.canMutate) {
      this.#formError = `${t.term('error.offline')} ${t.term('profileForm.notSaved')}`;
      this.#update();
      return;
    }
    this.#saving = true;
    this.#update();
    try {
      const profile = await store.mutate((signal) => store.client.call('post', '/v1/customer', { body, signal }), { affects: [] });
      if (this.ctx.store() !== store || !this.#draft) return;
      // What the customer typed while it saved stays, in the form; otherwise the form closes on what the server stored.
      const typedSince = JSON.stringify(bodyOf(this.#draft)) !== JSON.stringify(bodyOf(draft));
      this.#base = profile;
      this.#errors = {};
      store.customer.put(profile);
      emit(this.host, 'portal-profile-updated', { customer: profile });
      this.ctx.announce(t.term('profile.saved'));
      if (!typedSince) {
        this.close();
        this.ctx.closed();
      }
    } catch (error) {
      if (this.ctx.store() !== store) return;
      this.#placeError(error); // the draft stays as typed
    } finally {
      this.#saving = false;
      this.#update();
    }
  };

  /** A server error on the field it names (`address.postal_code`, `tax_ids.1.value`…), else for the whole form. */
  #placeError(error: unknown): void {
    const t = this.#t;
    const portalError = error instanceof PortalError ? error : undefined;
    const param = portalError?.kind === 'validation' ? portalError.details.param : undefined;
    const field = param ? this.#fieldFor(param) : undefined;
    if (portalError && param && field) {
      const label = this.host.renderRoot.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent?.trim() ?? param;
      const detail = /^Invalid [\w.]+: (.+)$/.exec(portalError.message)?.[1];
      const message = detail ? t.term('profileForm.invalidField', label, detail) : portalError.message;
      const isAdd = field.hasAttribute('data-add-tax');
      this.#errors = { [isAdd ? 'tax_ids' : field.getAttribute('name')!]: message };
      this.#focusAfterRender = isAdd ? '[data-add-tax]' : `#${CSS.escape(field.id)}`;
      return;
    }
    const message =
      portalError?.kind === 'validation' || portalError?.kind === 'conflict' || portalError?.kind === 'not_found'
        ? portalError.message
        : t.errorMessage(portalError);
    this.#formError = `${message} ${t.term('profileForm.notSaved')}`;
  }

  /** The input a server error's `param` points at: that path, or the first field under it. */
  #fieldFor(param: string): HTMLElement | undefined {
    const root = this.host.renderRoot;
    const fields = [...root.querySelectorAll<HTMLElement>('input[name], select[name]')];
    const exact = fields.find((f) => f.getAttribute('name') === param);
    if (exact) return exact;
    return fields.find((f) => f.getAttribute('name')!.startsWith(`${param}.`)) ?? (param === 'tax_ids' ? (root.querySelector<HTMLElement>('[data-add-tax]') ?? undefined) : undefined);
  }
}
