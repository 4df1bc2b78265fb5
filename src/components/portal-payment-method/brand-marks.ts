/**
 * Small marks by which a customer recognises a payment method: card brands, a bank,
 * and the wallets. Drawn inline (lit `svg` templates, no image requests), coloured from
 * the `--_mark-…` tokens, and decorative: the method's name is always in the text
 * beside the mark, so the mark itself is hidden from assistive technology.
 */
import { css, html, svg, type TemplateResult } from 'lit';
import type { Schemas } from '../../state/api-client.js';

type PaymentMethod = Schemas['PaymentMethod'];

export type MarkKind =
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'card'
  | 'bank'
  | 'paypal'
  | 'amazon_pay'
  | 'cashapp'
  | 'link'
  | 'boleto';

const BANK_TYPES = new Set(['us_bank_account', 'au_becs_debit', 'sepa_debit', 'bacs_debit', 'acss_debit']);

/** Which mark a method shows: its card brand, a bank for the debits, or its wallet's. */
export function markFor(method: Pick<PaymentMethod, 'type'> & { card?: { brand: string } }): MarkKind {
  if (method.type === 'card') {
    const brand = method.card?.brand;
    return brand === 'visa' || brand === 'mastercard' || brand === 'amex' || brand === 'discover' ? brand : 'card';
  }
  if (BANK_TYPES.has(method.type)) return 'bank';
  if (method.type === 'paypal' || method.type === 'amazon_pay' || method.type === 'cashapp' || method.type === 'link' || method.type === 'boleto') {
    return method.type;
  }
  return 'card';
}

/** The mark for the brand/type names a subscription's payment-method summary carries. */
export function markForSummary(type: string, brand: string | null): MarkKind {
  return markFor({ type, card: brand ? { brand } : undefined } as Pick<PaymentMethod, 'type'>);
}

const word = (x: number, text: string, cls: string, size = 8, extra = '') =>
  svg`<text x=${x} y="16.5" class=${`word ${cls}`} font-size=${size} text-anchor="middle" font-style=${extra || 'normal'}>${text}</text>`;

const drawings: Record<MarkKind, () => ReturnType<typeof svg>> = {
  visa: () => svg`<rect width="40" height="26" rx="4" class="visa"></rect>${word(20, 'VISA', 'on', 10, 'italic')}`,
  mastercard: () => svg`
    <rect width="40" height="26" rx="4" class="ink-bg"></rect>
    <circle cx="16" cy="13" r="7" class="mc-red"></circle>
    <circle cx="24" cy="13" r="7" class="mc-yellow"></circle>
    <path d="M20 7.26A7 7 0 0 1 20 18.74A7 7 0 0 1 20 7.26Z" class="mc-overlap"></path>`,
  amex: () => svg`<rect width="40" height="26" rx="4" class="amex"></rect>${word(20, 'AMEX', 'on', 9)}`,
  discover: () => svg`
    <rect x="0.5" y="0.5" width="39" height="25" rx="3.5" class="paper"></rect>
    <text x="4" y="15" class="word ink" font-size="6.4">DISC</text>
    <circle cx="22.4" cy="12.8" r="3" class="discover"></circle>
    <text x="25.8" y="15" class="word ink" font-size="6.4">VER</text>
    <path d="M22 25.5H39.5V14Q34 22 22 25.5Z" class="discover"></path>`,
  card: () => svg`
    <rect width="40" height="26" rx="4" class="neutral"></rect>
    <rect y="5" width="40" height="4" class="ink"></rect>
    <rect x="5" y="14" width="8" height="6" rx="1.2" class="chip"></rect>
    <rect x="17" y="16" width="18" height="2" rx="1" class="muted"></rect>`,
  bank: () => svg`
    <rect width="40" height="26" rx="4" class="neutral"></rect>
    <path d="M20 4L30 9H10Z" class="ink"></path>
    <rect x="12" y="10.5" width="2.4" height="8" class="ink"></rect>
    <rect x="18.8" y="10.5" width="2.4" height="8" class="ink"></rect>
    <rect x="25.6" y="10.5" width="2.4" height="8" class="ink"></rect>
    <rect x="10" y="19.5" width="20" height="2.5" class="ink"></rect>`,
  paypal: () => svg`
    <rect x="0.5" y="0.5" width="39" height="25" rx="3.5" class="paper"></rect>
    <text x="4" y="16.5" class="word paypal-navy" font-size="9" font-style="italic">Pay</text>
    <text x="20.5" y="16.5" class="word paypal-blue" font-size="9" font-style="italic">Pal</text>`,
  amazon_pay: () => svg`
    <rect width="40" height="26" rx="4" class="amazon"></rect>
    <text x="20" y="14" class="word on" font-size="9" text-anchor="middle">pay</text>
    <path d="M11 17.5Q20 22 29 17.5" class="amazon-smile" fill="none" stroke-width="1.8" stroke-linecap="round"></path>
    <path d="M26.6 16.4L29.4 17.3L28.3 20" class="amazon-smile" fill="none" stroke-width="1.5" stroke-linecap="round"></path>`,
  cashapp: () => svg`<rect width="40" height="26" rx="4" class="cashapp"></rect>${word(20, '$', 'on', 15)}`,
  link: () => svg`<rect width="40" height="26" rx="4" class="link"></rect>${word(20, 'link', 'ink', 10)}`,
  boleto: () => svg`
    <rect x="0.5" y="0.5" width="39" height="25" rx="3.5" class="paper"></rect>
    ${[5, 7.5, 9, 12, 14.5, 16, 19, 21.5, 23, 26, 28.5, 30, 33].map(
      (x, i) => svg`<rect x=${x} y="5" width=${i % 3 === 0 ? 1.6 : 0.8} height="16" class="ink"></rect>`,
    )}`,
};

/** The mark for `kind`, 40×26, hidden from assistive technology (its name is in the text beside it). */
export function paymentMark(kind: MarkKind): TemplateResult {
  return html`<svg class="mark" part="mark" data-mark=${kind} viewBox="0 0 40 26" aria-hidden="true" focusable="false">
    ${drawings[kind]()}
  </svg>`;
}

export const markStyles = css`
  .mark {
    /* The brands' colours, each a public token (--portal-color-mark-visa, …) like the kit's others. */
    --_mark-on: var(--portal-color-mark-on, #ffffff);
    --_mark-ink: var(--portal-color-mark-ink, #1a1c22);
    --_mark-chip: var(--portal-color-mark-chip, #c9a84c);
    --_mark-visa: var(--portal-color-mark-visa, #1a1f71);
    --_mark-mastercard-red: var(--portal-color-mark-mastercard-red, #eb001b);
    --_mark-mastercard-yellow: var(--portal-color-mark-mastercard-yellow, #f79e1b);
    --_mark-mastercard-overlap: var(--portal-color-mark-mastercard-overlap, #ff5f00);
    --_mark-amex: var(--portal-color-mark-amex, #2e77bc);
    --_mark-discover: var(--portal-color-mark-discover, #ff6000);
    --_mark-paypal-navy: var(--portal-color-mark-paypal-navy, #003087);
    --_mark-paypal-blue: var(--portal-color-mark-paypal-blue, #009cde);
    --_mark-amazon: var(--portal-color-mark-amazon, #232f3e);
    --_mark-amazon-smile: var(--portal-color-mark-amazon-smile, #ff9900);
    --_mark-cashapp: var(--portal-color-mark-cashapp, #00d632);
    --_mark-link: var(--portal-color-mark-link, #00d66f);
    inline-size: 40px;
    block-size: 26px;
    flex: none;
    border-radius: 4px;
  }
  .mark .word {
    font-family: Arial, Helvetica, sans-serif;
    font-weight: 700;
  }
  .mark .on {
    fill: var(--_mark-on);
  }
  .mark .ink {
    fill: var(--_mark-ink);
  }
  .mark .ink-bg {
    fill: var(--_mark-ink);
  }
  .mark .paper {
    fill: var(--_mark-on);
    stroke: var(--_border);
  }
  .mark .neutral {
    fill: var(--_neutral-bg);
  }
  .mark .muted {
    fill: var(--_text-muted);
  }
  .mark .chip {
    fill: var(--_mark-chip);
  }
  .mark .visa {
    fill: var(--_mark-visa);
  }
  .mark .mc-red {
    fill: var(--_mark-mastercard-red);
  }
  .mark .mc-yellow {
    fill: var(--_mark-mastercard-yellow);
  }
  .mark .mc-overlap {
    fill: var(--_mark-mastercard-overlap);
  }
  .mark .amex {
    fill: var(--_mark-amex);
  }
  .mark .discover {
    fill: var(--_mark-discover);
  }
  .mark .paypal-navy {
    fill: var(--_mark-paypal-navy);
  }
  .mark .paypal-blue {
    fill: var(--_mark-paypal-blue);
  }
  .mark .amazon {
    fill: var(--_mark-amazon);
  }
  .mark .amazon-smile {
    stroke: var(--_mark-amazon-smile);
  }
  .mark .cashapp {
    fill: var(--_mark-cashapp);
  }
  .mark .link {
    fill: var(--_mark-link);
  }
  @media (forced-colors: active) {
    .mark {
      forced-color-adjust: none;
    }
  }
`;
