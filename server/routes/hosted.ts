/**
 * The demo provider's hosted pages, where a provider must host a page (card data):
 *
 * - `/hosted/setup/<setup session>`: add a card (a test-mode card form). One-time, an
 *   hour; returns to the session's return URL with `#portal_setup=<payment method id>`.
 * - `/hosted/pay/<invoice>?expires&signature&return_url`: pay an open invoice with a
 *   saved method or a new card (the invoice's `hosted_invoice_url`); returns with
 *   `#portal_paid=<invoice id>`.
 *
 * Plain HTML: no script, no external resources, a normal form POST; every text escaped;
 * a strict Content-Security-Policy whose form-action allows only this server and the
 * return URL's origin; never cached; never framed.
 */
import { hashToken, newId, newToken } from '../tokens.js';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Database } from '../db/database.js';
import {
  chargeInvoice,
  checkHostedPaySignature,
  describeMethod,
  expiryState,
  formatMoney,
  type PaymentMethodRow,
} from '../domain/charges.js';
import { configurationForCustomer } from '../domain/configuration.js';
import { enqueueEvent } from '../domain/events.js';
import { getSubscription } from '../domain/subscriptions.js';
import { ApiError } from '../errors.js';
import type { AppDeps, Env, RouteModule } from '../http.js';
import { checkReturnUrl } from '../urls.js';
import { toPaymentMethod } from './payment-methods.js';

/** The test card that the demo provider always declines. */
export const DECLINING_TEST_CARD = '4000000000000002';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Luhn checksum of a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The card brand from the number's prefix (IIN ranges). */
export function cardBrand(digits: string): string {
  const n2 = Number(digits.slice(0, 2));
  const n3 = Number(digits.slice(0, 3));
  const n4 = Number(digits.slice(0, 4));
  if (digits.startsWith('4')) return 'visa';
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return 'mastercard';
  if (n2 === 34 || n2 === 37) return 'amex';
  if (digits.startsWith('6011') || digits.startsWith('65') || (n3 >= 644 && n3 <= 649)) return 'discover';
  if (n4 >= 3528 && n4 <= 3589) return 'jcb';
  if (n2 === 36 || n2 === 38 || n2 === 39 || (n3 >= 300 && n3 <= 305)) return 'diners';
  if (n2 === 62) return 'unionpay';
  return 'unknown';
}

interface CardInput {
  card_number: string;
  expiry: string;
  cvc: string;
  name: string;
}

type FieldErrors = Partial<Record<keyof CardInput, string>>;

export interface ValidCard {
  number: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/** Validates the card form: Luhn, an expiry (MM/YY) not in the past, a 3–4 digit CVC, a name. */
export function validateCard(input: CardInput, now: number): { card: ValidCard } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = input.card_number.replace(/[\s-]/g, '');
  if (!number) errors.card_number = 'Enter the card number.';
  else if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) errors.card_number = 'This card number is not valid.';

  let expMonth = 0;
  let expYear = 0;
  const expiry = input.expiry.match(/^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/);
  if (!input.expiry.trim()) errors.expiry = 'Enter the expiry date.';
  else if (!expiry) errors.expiry = 'Enter the expiry date as MM/YY.';
  else {
    expMonth = Number(expiry[1]);
    expYear = expiry[2]!.length === 2 ? 2000 + Number(expiry[2]) : Number(expiry[2]);
    const current = new Date(now);
    if (expMonth < 1 || expMonth > 12) errors.expiry = 'The expiry month must be between 01 and 12.';
    else if (Date.UTC(expYear, expMonth, 1) <= now) errors.expiry = 'This card has expired.';
    else if (expYear > current.getUTCFullYear() + 20) errors.expiry = 'The expiry year is too far in the future.';
  }
  if (!input.cvc.trim()) errors.cvc = 'Enter the security code.';
  else if (!/^\d{3,4}$/.test(input.cvc.trim())) errors.cvc = 'The security code is 3 or 4 digits.';
  const name = input.name.trim();
  if (!name) errors.name = 'Enter the name on the card.';
  else if (name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) errors.name = 'Enter the name as printed on the card (up to 100 characters).';

  if (Object.keys(errors).length) return { errors };
  return { card: { number, brand: cardBrand(number), last4: number.slice(-4), expMonth, expYear } };
}

// ---------------------------------------------------------------------------------------
// Rendering

const STYLE = `
  *{box-sizing:border-box}
  body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#f3f4f6}
  main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
  h1{font-size:1.35rem;margin:0 0 .25rem} .merchant{color:#4b5563;margin:0 0 1rem}
  .amount{font-size:1.75rem;font-weight:700;margin:.25rem 0 1rem}
  .test{border:1px dashed #b45309;background:#fffbeb;color:#78350f;padding:.5rem .75rem;border-radius:8px;font-size:.9rem}
  .alert{border:1px solid #b91c1c;background:#fef2f2;color:#7f1d1d;padding:.5rem .75rem;border-radius:8px}
  label{display:block;font-weight:600;margin:.75rem 0 .25rem}
  input[type=text]{width:100%;padding:.6rem .7rem;font:inherit;border:1px solid #9ca3af;border-radius:8px}
  input[aria-invalid=true]{border-color:#b91c1c}
  .row{display:flex;gap:.75rem} .row>div{flex:1}
  .error{color:#b91c1c;margin:.25rem 0 0;font-size:.9rem}
  fieldset{border:1px solid #d1d5db;border-radius:8px;margin:1rem 0;padding:.5rem .75rem}
  legend{font-weight:600;padding:0 .25rem} .choice{display:flex;gap:.5rem;align-items:center;margin:.35rem 0}
  .choice label{display:inline;font-weight:400;margin:0}
  button{margin-top:1.25rem;width:100%;padding:.75rem;font:inherit;font-weight:600;color:#fff;background:#4f46e5;border:0;border-radius:8px;cursor:pointer}
  button:focus-visible,input:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
  a{color:#3730a3}
`;

interface PageOptions {
  title: string;
  body: string;
  status?: 200 | 400 | 402 | 403 | 404 | 410;
  returnOrigin?: string;
}

function page(c: Context<Env>, { title, body, status = 200, returnOrigin }: PageOptions) {
  const formAction = ["'self'", returnOrigin].filter(Boolean).join(' ');
  const html =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>`;
  // No-store, no framing, nosniff and no-referrer come from `securityHeaders()` (http.ts).
  return c.html(html, status, {
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; base-uri 'none'; frame-ancestors 'none'`,
  });
}

function messagePage(c: Context<Env>, status: PageOptions['status'], title: string, text: string, back?: string) {
  const link = back ? `<p><a href="${escapeHtml(back)}">Return to ${escapeHtml(new URL(back).host)}</a></p>` : '';
  return page(c, { status, title, body: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>${link}` });
}

const TEST_NOTE =
  '<p class="test"><strong>Test mode.</strong> No real card is charged. Use 4242 4242 4242 4242 (succeeds) or ' +
  '4000 0000 0000 0002 (declines), any future expiry date and any 3-digit security code.</p>';

function field(
  id: keyof CardInput,
  label: string,
  attrs: string,
  value: string,
  errors: FieldErrors,
): string {
  const error = errors[id];
  const described = error ? ` aria-invalid="true" aria-describedby="${id}-error"` : '';
  return (
    `<label for="${id}">${escapeHtml(label)}</label>` +
    `<input type="text" id="${id}" name="${id}" ${attrs} value="${escapeHtml(value)}"${described}>` +
    (error ? `<p class="error" id="${id}-error">${escapeHtml(error)}</p>` : '')
  );
}

/** The card fields. The card number and security code are never echoed back. */
function cardFields(values: Partial<CardInput>, errors: FieldErrors, required: boolean): string {
  const req = required ? ' required' : '';
  return (
    field('card_number', 'Card number', `inputmode="numeric" autocomplete="cc-number" maxlength="23" placeholder="1234 1234 1234 1234"${req}`, '', errors) +
    `<div class="row"><div>` +
    field('expiry', 'Expiry (MM/YY)', `inputmode="numeric" autocomplete="cc-exp" maxlength="7" placeholder="MM/YY"${req}`, values.expiry ?? '', errors) +
    `</div><div>` +
    field('cvc', 'Security code (CVC)', `inputmode="numeric" autocomplete="cc-csc" maxlength="4" placeholder="123"${req}`, '', errors) +
    `</div></div>` +
    field('name', 'Name on card', `autocomplete="cc-name" maxlength="100"${req}`, values.name ?? '', errors)
  );
}

function formValue(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.slice(0, 200) : '';
}

// ---------------------------------------------------------------------------------------
// Routes

interface SetupSessionRow {
  id: string;
  customer_id: string;
  subscription_id: string | null;
  return_url: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

class Refused extends Error {
  constructor(readonly reason: 'used' | 'paid') {
    super(reason);
  }
}

/** The return URL with a `key=value` parameter in its fragment (kept next to one already there). */
export function withFragment(url: string, key: string, value: string): string {
  const u = new URL(url);
  const existing = u.hash.replace(/^#/, '');
  u.hash = `${existing ? `${existing}&` : ''}${key}=${encodeURIComponent(value)}`;
  return u.toString();
}

async function businessName(db: Database, customerId: string): Promise<string> {
  return (await configurationForCustomer(db, customerId)).body.business_profile.name;
}

export const hostedRoutes: RouteModule = (app, deps: AppDeps) => {
  const { db, config, now } = deps;

  /** A new portal session for the customer, as POST /v1/portal-sessions would create; its token. */
  const resumeSession = async (customerId: string): Promise<string> => {
    const token = newToken('pst');
    await db.run(`INSERT INTO portal_sessions (id, token_hash, customer_id, created_at) VALUES ($1, $2, $3, $4)`, [
      newId('bps'),
      hashToken(token),
      customerId,
      now(),
    ]);
    return token;
  };
  const ownOrigin = new URL(config.publicUrl).origin;
  const limit = bodyLimit({
    maxSize: 16 * 1024,
    onError: (c) => c.text('The form is too large.', 413),
  });
  /**
   * Only this server's own pages may post the card forms: `Origin` must be ours. Under our
   * no-referrer policy a browser withholds it from our own form (`Origin: null`), so a
   * missing or `null` Origin is accepted only with `Sec-Fetch-Site: same-origin`; a
   * sandboxed frame (`null`, cross-site), another site, or a client that says neither is refused.
   */
  const fromOwnPage = (c: Context<Env>) => {
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') return origin === ownOrigin;
    return c.req.header('sec-fetch-site') === 'same-origin';
  };
  const foreignPost = (c: Context<Env>) =>
    messagePage(
      c,
      403,
      'This form was sent from another page',
      'For your security, card details are accepted only from this payment page itself. Nothing was saved or charged. ' +
        'Go back to your account and start again.',
    );
  app.use('/hosted/*', limit);

  // --- Add a payment method --------------------------------------------------------------

  const loadSetup = (id: string) =>
    /^seti_[0-9a-f]{32}$/.test(id)
      ? db.get<SetupSessionRow>(`SELECT * FROM setup_sessions WHERE id = $1`, [id])
      : Promise.resolve(undefined);

  /** The page for a setup session that cannot be used, or null when it can. */
  const unusableSetup = (c: Context<Env>, setup: SetupSessionRow | undefined) => {
    if (!setup) {
      return messagePage(c, 404, 'This link is not valid', 'Go back to your account and choose "Add a payment method" again.');
    }
    if (setup.used_at !== null) {
      return messagePage(c, 410, 'This link has already been used', 'Each link adds one payment method. Go back to your account to add another.', setup.return_url);
    }
    if (Number(setup.expires_at) <= now()) {
      return messagePage(c, 410, 'This link has expired', 'Links to add a payment method work for an hour. Go back to your account to start again.', setup.return_url);
    }
    return null;
  };

  const setupForm = async (
    c: Context<Env>,
    setup: SetupSessionRow,
    opts: { values?: Partial<CardInput>; errors?: FieldErrors; alert?: string; status?: PageOptions['status'] } = {},
  ) => {
    const business = await businessName(db, setup.customer_id);
    const alert = opts.alert ? `<p class="alert" role="alert">${escapeHtml(opts.alert)}</p>` : '';
    const errorSummary =
      !opts.alert && opts.errors && Object.keys(opts.errors).length
        ? `<p class="alert" role="alert">Check the highlighted fields.</p>`
        : '';
    const body =
      `<h1>Add a card</h1><p class="merchant">${escapeHtml(business)}</p>${TEST_NOTE}${alert}${errorSummary}` +
      `<form method="post" action="/hosted/setup/${escapeHtml(setup.id)}" novalidate>` +
      cardFields(opts.values ?? {}, opts.errors ?? {}, true) +
      `<button type="submit">Save card</button></form>` +
      `<p><a href="${escapeHtml(setup.return_url)}">Cancel and return to ${escapeHtml(new URL(setup.return_url).host)}</a></p>`;
    return page(c, { title: `Add a card – ${business}`, body, status: opts.status, returnOrigin: new URL(setup.return_url).origin });
  };

  app.get('/hosted/setup/:id', async (c) => {
    const setup = await loadSetup(c.req.param('id'));
    const refused = unusableSetup(c, setup);
    if (refused) return refused;
    return setupForm(c, setup!);
  });

  app.post('/hosted/setup/:id', async (c) => {
    if (!fromOwnPage(c)) return foreignPost(c);
    const setup = await loadSetup(c.req.param('id'));
    const refused = unusableSetup(c, setup);
    if (refused) return refused;
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const input: CardInput = {
      card_number: formValue(form, 'card_number'),
      expiry: formValue(form, 'expiry'),
      cvc: formValue(form, 'cvc'),
      name: formValue(form, 'name'),
    };
    const values = { expiry: input.expiry, name: input.name };
    const at = now();
    const checked = validateCard(input, at);
    if ('errors' in checked) return setupForm(c, setup!, { values, errors: checked.errors, status: 400 });
    if (checked.card.number === DECLINING_TEST_CARD) {
      return setupForm(c, setup!, { values, alert: 'Your card was declined. Try another card.', status: 402 });
    }
    const { card } = checked;
    let pmId: string;
    try {
      pmId = await db.transaction(async (tx) => {
        const claimed = await tx.run(
          `UPDATE setup_sessions SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1`,
          [at, setup!.id],
        );
        if (claimed !== 1) throw new Refused('used');
        const id = newId('pm');
        const hasDefault = await tx.get<{ id: string }>(
          `SELECT id FROM payment_methods WHERE customer_id = $1 AND detached_at IS NULL AND is_default = 1`,
          [setup!.customer_id],
        );
        // Added from the portal, a method becomes the default (as in Stripe's portal) unless it
        // is being added for one subscription while the customer already has a default.
        const makeDefault = !hasDefault || !setup!.subscription_id;
        if (makeDefault) await tx.run(`UPDATE payment_methods SET is_default = 0 WHERE customer_id = $1`, [setup!.customer_id]);
        const row: PaymentMethodRow = {
          id,
          customer_id: setup!.customer_id,
          type: 'card',
          details: JSON.stringify({ brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear, funding: 'credit' }),
          is_default: makeDefault ? 1 : 0,
          decline_code: null,
          created_at: at,
          detached_at: null,
        };
        await tx.run(
          `INSERT INTO payment_methods (id, customer_id, type, details, is_default, decline_code, created_at) VALUES ($1, $2, $3, $4, $5, NULL, $6)`,
          [row.id, row.customer_id, row.type, row.details, row.is_default, at],
        );
        await tx.run(`UPDATE setup_sessions SET payment_method_id = $1 WHERE id = $2`, [id, setup!.id]);
        const usedBy: string[] = [];
        if (setup!.subscription_id) {
          const sub = await tx.get<{ id: string; status: string; version: number; payment_method_id: string | null }>(
            `SELECT id, status, version, payment_method_id FROM subscriptions WHERE id = $1 AND customer_id = $2`,
            [setup!.subscription_id, setup!.customer_id],
          );
          if (sub && sub.status !== 'canceled') {
            const version = Number(sub.version) + 1;
            await tx.run(`UPDATE subscriptions SET payment_method_id = $1, version = $2, updated_at = $3 WHERE id = $4`, [id, version, at, sub.id]);
            await enqueueEvent(tx, at, 'subscription.updated', setup!.customer_id, {
              object: await getSubscription(tx, at, setup!.customer_id, sub.id),
              changes: ['payment_method'],
              previous: { payment_method: sub.payment_method_id },
            });
            usedBy.push(sub.id);
          }
        }
        await enqueueEvent(tx, at, 'payment_method.attached', setup!.customer_id, { object: toPaymentMethod(row, usedBy, at) });
        return id;
      });
    } catch (error) {
      if (error instanceof Refused) return unusableSetup(c, await loadSetup(setup!.id))!;
      throw error;
    }
    c.header('Cache-Control', 'no-store');
    // The kit keeps its session in memory only, so the page the customer returns to has
    // lost it: a new session for the same customer comes back in the fragment, where the
    // kit takes it out of the address bar at once. (A setup session is one-time and was
    // created by a signed-in portal session, so it grants nothing new.)
    const resumed = await resumeSession(setup!.customer_id);
    return c.redirect(withFragment(withFragment(setup!.return_url, 'portal_setup', pmId), 'portal_session', resumed), 303);
  });

  // --- Pay an invoice --------------------------------------------------------------------

  interface PayInvoiceRow {
    id: string;
    customer_id: string;
    number: string;
    status: string;
    currency: string;
    amount_due: number;
    total: number;
    description: string | null;
  }

  /** Checks the signed link and the return URL; the invoice, or the page that explains why not. */
  const openPayLink = async (c: Context<Env>) => {
    const id = c.req.param('id') ?? '';
    const verdict = checkHostedPaySignature(config, now(), id, c.req.query('expires'), c.req.query('signature'));
    if (verdict === 'invalid') {
      return { refused: messagePage(c, 403, 'This payment link is not valid', 'Open the invoice from your account again to pay it.') };
    }
    if (verdict === 'expired') {
      return { refused: messagePage(c, 410, 'This payment link has expired', 'Payment links work for an hour. Open the invoice from your account again to pay it.') };
    }
    let returnUrl: string;
    try {
      returnUrl = checkReturnUrl(c.req.query('return_url') ?? '', config, 'return_url').toString();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return { refused: messagePage(c, 400, 'This payment link is not valid', `Its return address is not allowed: ${error.message}`) };
    }
    const invoice = await db.get<PayInvoiceRow>(
      `SELECT id, customer_id, number, status, currency, amount_due, total, description FROM invoices WHERE id = $1`,
      [id],
    );
    if (!invoice) return { refused: messagePage(c, 404, 'No such invoice', 'Open the invoice from your account again to pay it.') };
    return { invoice, returnUrl };
  };

  const notPayable = (c: Context<Env>, invoice: PayInvoiceRow, returnUrl: string) =>
    invoice.status === 'paid'
      ? messagePage(c, 200, `Invoice ${invoice.number} is paid`, 'Nothing more is due on this invoice.', returnUrl)
      : messagePage(c, 400, `Invoice ${invoice.number} cannot be paid`, `This invoice is ${invoice.status}: nothing can be paid on it.`, returnUrl);

  const methodLabel = (m: PaymentMethodRow) =>
    describeMethod(m) + (expiryState(m, now()).expired ? ' (expired)' : '') + (Number(m.is_default) ? ' (default)' : '');

  const savedMethods = (customerId: string) =>
    db.all<PaymentMethodRow>(
      `SELECT * FROM payment_methods WHERE customer_id = $1 AND detached_at IS NULL ORDER BY is_default DESC, created_at DESC, id DESC`,
      [customerId],
    );

  const payForm = async (
    c: Context<Env>,
    invoice: PayInvoiceRow,
    returnUrl: string,
    opts: {
      values?: Partial<CardInput>;
      saveCard?: boolean;
      errors?: FieldErrors;
      alert?: string;
      status?: PageOptions['status'];
      method?: string;
    } = {},
  ) => {
    const business = await businessName(db, invoice.customer_id);
    const methods = await savedMethods(invoice.customer_id);
    const amount = formatMoney(Number(invoice.amount_due), invoice.currency);
    const selected = opts.method ?? methods[0]?.id ?? 'new';
    const alert = opts.alert ? `<p class="alert" role="alert">${escapeHtml(opts.alert)}</p>` : '';
    const errorSummary =
      !opts.alert && opts.errors && Object.keys(opts.errors).length ? `<p class="alert" role="alert">Check the highlighted fields.</p>` : '';
    const choice = (value: string, label: string) =>
      `<div class="choice"><input type="radio" name="method" id="method-${escapeHtml(value)}" value="${escapeHtml(value)}"` +
      `${value === selected ? ' checked' : ''}><label for="method-${escapeHtml(value)}">${escapeHtml(label)}</label></div>`;
    const methodChoice = methods.length
      ? `<fieldset><legend>Pay with</legend>${methods.map((m) => choice(m.id, methodLabel(m))).join('')}` +
        `${choice('new', 'A new card')}</fieldset>`
      : `<input type="hidden" name="method" value="new">`;
    const action = new URL(c.req.url);
    const body =
      `<h1>Pay invoice ${escapeHtml(invoice.number)}</h1><p class="merchant">${escapeHtml(business)}` +
      `${invoice.description ? ` · ${escapeHtml(invoice.description)}` : ''}</p>` +
      `<p>Amount due</p><p class="amount">${escapeHtml(amount)}</p>${TEST_NOTE}${alert}${errorSummary}` +
      `<form method="post" action="${escapeHtml(action.pathname + action.search)}" novalidate>${methodChoice}` +
      (methods.length ? `<fieldset><legend>New card</legend>${cardFields(opts.values ?? {}, opts.errors ?? {}, false)}` : cardFields(opts.values ?? {}, opts.errors ?? {}, true)) +
      `<div class="choice"><input type="checkbox" id="save_card" name="save_card" value="1"${opts.saveCard ? ' checked' : ''}>` +
      `<label for="save_card">Save the new card for future payments</label></div>` +
      (methods.length ? `</fieldset>` : '') +
      `<button type="submit">Pay ${escapeHtml(amount)}</button></form>` +
      `<p><a href="${escapeHtml(returnUrl)}">Cancel and return to ${escapeHtml(new URL(returnUrl).host)}</a></p>`;
    return page(c, { title: `Pay invoice ${invoice.number} – ${business}`, body, status: opts.status, returnOrigin: new URL(returnUrl).origin });
  };

  app.get('/hosted/pay/:id', async (c) => {
    const link = await openPayLink(c);
    if ('refused' in link) return link.refused;
    if (link.invoice.status !== 'open') return notPayable(c, link.invoice, link.returnUrl);
    return payForm(c, link.invoice, link.returnUrl);
  });

  app.post('/hosted/pay/:id', async (c) => {
    if (!fromOwnPage(c)) return foreignPost(c);
    const link = await openPayLink(c);
    if ('refused' in link) return link.refused;
    const { invoice, returnUrl } = link;
    if (invoice.status !== 'open') return notPayable(c, invoice, returnUrl);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const method = formValue(form, 'method') || 'new';
    const at = now();
    const saveCard = formValue(form, 'save_card') !== '';
    const values = { expiry: formValue(form, 'expiry'), name: formValue(form, 'name') };

    let outcome: Awaited<ReturnType<typeof chargeInvoice>>;
    try {
      if (method === 'new') {
        const checked = validateCard(
          { card_number: formValue(form, 'card_number'), expiry: values.expiry, cvc: formValue(form, 'cvc'), name: values.name },
          at,
        );
        if ('errors' in checked) return payForm(c, invoice, returnUrl, { values, saveCard, errors: checked.errors, status: 400, method });
        if (checked.card.number === DECLINING_TEST_CARD) {
          return payForm(c, invoice, returnUrl, { values, saveCard, alert: 'Your card was declined. Try another card.', status: 402, method });
        }
        const { card } = checked;
        outcome = await db.transaction(async (tx) => {
          const hasDefault = await tx.get<{ id: string }>(
            `SELECT id FROM payment_methods WHERE customer_id = $1 AND detached_at IS NULL AND is_default = 1`,
            [invoice.customer_id],
          );
          // A card used once is kept only as the charge's record (detached) unless the customer asked to save it.
          const row: PaymentMethodRow = {
            id: newId('pm'),
            customer_id: invoice.customer_id,
            type: 'card',
            details: JSON.stringify({ brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear, funding: 'credit' }),
            is_default: saveCard && !hasDefault ? 1 : 0,
            decline_code: null,
            created_at: at,
            detached_at: saveCard ? null : at,
          };
          await tx.run(
            `INSERT INTO payment_methods (id, customer_id, type, details, is_default, decline_code, created_at, detached_at)
             VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)`,
            [row.id, row.customer_id, row.type, row.details, row.is_default, at, row.detached_at],
          );
          const result = await chargeInvoice(tx, at, { customerId: invoice.customer_id, invoiceId: invoice.id, paymentMethod: row });
          if (result.kind === 'not_open') throw new Refused('paid'); // undoes the card too
          if (saveCard) await enqueueEvent(tx, at, 'payment_method.attached', invoice.customer_id, { object: toPaymentMethod(row, [], at) });
          return result;
        });
      } else {
        const pm = await db.get<PaymentMethodRow>(
          `SELECT * FROM payment_methods WHERE id = $1 AND customer_id = $2 AND detached_at IS NULL`,
          [method, invoice.customer_id],
        );
        if (!pm) return payForm(c, invoice, returnUrl, { values, alert: 'Choose one of the payment methods shown.', status: 400 });
        outcome = await db.transaction((tx) => chargeInvoice(tx, at, { customerId: invoice.customer_id, invoiceId: invoice.id, paymentMethod: pm }));
      }
    } catch (error) {
      if (error instanceof Refused) outcome = { kind: 'not_open', status: 'paid' };
      else if (error instanceof ApiError && error.status === 409) {
        return messagePage(c, 400, 'The payment did not go through', 'The subscription changed while paying. Nothing was charged; open the invoice again.', returnUrl);
      } else throw error;
    }
    if (outcome.kind === 'declined') {
      return payForm(c, invoice, returnUrl, { values, saveCard, alert: outcome.message, status: 402, method });
    }
    if (outcome.kind === 'not_open') {
      const current = await db.get<PayInvoiceRow>(
        `SELECT id, customer_id, number, status, currency, amount_due, total, description FROM invoices WHERE id = $1`,
        [invoice.id],
      );
      return notPayable(c, current ?? invoice, returnUrl);
    }
    c.header('Cache-Control', 'no-store');
    return c.redirect(withFragment(returnUrl, 'portal_paid', invoice.id), 303);
  });
};
