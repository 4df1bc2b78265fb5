/**
 * The customer's profile (Stripe's customer_update: name, email, phone, address,
 * shipping, tax IDs). Every field is validated here so an error names its exact path,
 * e.g. `address.postal_code` or `tax_ids.0.value`.
 */
import { z } from '@hono/zod-openapi';

/** ISO 3166-1 alpha-2 codes (officially assigned). */
export const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Postal code formats by country; a country not listed accepts any 1–12 letters, digits, spaces or dashes. */
export const POSTAL_CODES: Record<string, { pattern: RegExp; example: string }> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '94103 or 94103-1234' },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i, example: 'K1A 0B1' },
  GB: { pattern: /^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA)$/i, example: 'SW1A 1AA' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  ES: { pattern: /^\d{5}$/, example: '28013' },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/i, example: '1012 AB' },
  BE: { pattern: /^\d{4}$/, example: '1000' },
  AT: { pattern: /^\d{4}$/, example: '1010' },
  CH: { pattern: /^\d{4}$/, example: '8001' },
  AU: { pattern: /^\d{4}$/, example: '2000' },
  JP: { pattern: /^\d{3}-?\d{4}$/, example: '100-0001' },
  IN: { pattern: /^\d{6}$/, example: '110001' },
  BR: { pattern: /^\d{5}-?\d{3}$/, example: '01310-100' },
};

/**
 * Tax ID types (a subset of Stripe's list) and their value formats. eu_vat: an EU
 * country prefix (EL for Greece, XI for Northern Ireland) then 2–13 digits or letters.
 */
export const TAX_ID_TYPES: Record<string, { pattern: RegExp; example: string }> = {
  eu_vat: {
    pattern: /^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,13}$/,
    example: 'DE123456789',
  },
  gb_vat: { pattern: /^GB(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, example: 'GB123456789' },
  us_ein: { pattern: /^\d{2}-?\d{7}$/, example: '12-3456789' },
  au_abn: { pattern: /^\d{11}$/, example: '12345678912' },
  ca_bn: { pattern: /^\d{9}$/, example: '123456789' },
  ca_gst_hst: { pattern: /^\d{9}RT\d{4}$/, example: '123456789RT0002' },
  ch_vat: { pattern: /^CHE-?\d{3}\.?\d{3}\.?\d{3} ?(MWST|TVA|IVA)$/, example: 'CHE-123.456.789 MWST' },
  no_vat: { pattern: /^\d{9}MVA$/, example: '123456789MVA' },
  nz_gst: { pattern: /^\d{8,9}$/, example: '123456789' },
  in_gst: { pattern: /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/, example: '12ABCDE3456FGZH' },
  za_vat: { pattern: /^4\d{9}$/, example: '4123456789' },
  ae_trn: { pattern: /^\d{15}$/, example: '123456789012345' },
  jp_cn: { pattern: /^\d{13}$/, example: '1234567891234' },
  sg_gst: { pattern: /^M\d{8}[0-9A-Z]$/, example: 'M12345678X' },
};
export const TAX_ID_TYPE_NAMES = Object.keys(TAX_ID_TYPES) as [string, ...string[]];

/** Single-line text: no control characters, trimmed. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters');

export const Email = z.string().trim().max(254).email('must be an email address like dana@example.com');

export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{7,20}$/, 'must be a phone number of 7–20 digits, spaces, +, - or (), like +1 415 555 0132')
  .refine((s) => (s.match(/\d/g) ?? []).length >= 7, 'must have at least 7 digits');

export const Address = z
  .object({
    line1: line(200).pipe(z.string().min(1, 'is required')),
    line2: line(200).nullable().optional(),
    city: line(100).pipe(z.string().min(1, 'is required')),
    state: line(100).nullable().optional(),
    postal_code: line(20).nullable().optional(),
    country: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .refine((s) => COUNTRIES.has(s), 'must be an ISO 3166-1 alpha-2 country code like US or DE'),
  })
  .strict()
  .superRefine((address, ctx) => {
    const format = POSTAL_CODES[address.country];
    const code = address.postal_code ?? '';
    if (format && !format.pattern.test(code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['postal_code'],
        message: code ? `is not a ${address.country} postal code (like ${format.example})` : `is required in ${address.country}`,
      });
    } else if (!format && code && !/^[0-9A-Za-z][0-9A-Za-z -]{0,11}$/.test(code)) {
      ctx.addIssue({ code: 'custom', path: ['postal_code'], message: 'is not a postal code' });
    }
  });

export const Shipping = z
  .object({
    name: line(200).pipe(z.string().min(1, 'is required')),
    phone: Phone.nullable().optional(),
    address: Address,
  })
  .strict();

export const TaxIdInput = z
  .object({
    type: z.enum(TAX_ID_TYPE_NAMES),
    value: z
      .string()
      .trim()
      .max(50)
      .transform((s) => s.toUpperCase()),
  })
  .strict()
  .superRefine((tax, ctx) => {
    const format = TAX_ID_TYPES[tax.type];
    if (format && !format.pattern.test(tax.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `is not a valid ${tax.type} number (like ${format.example})` });
    }
  });

export const TaxId = z
  .object({ id: z.string(), type: z.string().openapi({ example: 'eu_vat' }), value: z.string().openapi({ example: 'DE123456789' }) })
  .strict()
  .openapi('TaxId');

export const ALLOWED_UPDATES = ['address', 'email', 'name', 'phone', 'shipping', 'tax_id'] as const;

export const CustomerProfile = z
  .object({
    id: z.string().openapi({ example: 'cus_demo' }),
    object: z.literal('customer'),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    address: z
      .object({
        line1: z.string(),
        line2: z.string().nullable(),
        city: z.string(),
        state: z.string().nullable(),
        postal_code: z.string().nullable(),
        country: z.string(),
      })
      .strict()
      .nullable(),
    shipping: z
      .object({
        name: z.string(),
        phone: z.string().nullable(),
        address: z
          .object({
            line1: z.string(),
            line2: z.string().nullable(),
            city: z.string(),
            state: z.string().nullable(),
            postal_code: z.string().nullable(),
            country: z.string(),
          })
          .strict(),
      })
      .strict()
      .nullable(),
    tax_ids: z.array(TaxId),
    locale: z.string().nullable(),
    allowed_updates: z
      .array(z.enum(ALLOWED_UPDATES))
      .openapi({ description: 'The fields the customer may change (configuration customer_update); `tax_id` covers `tax_ids`.' }),
  })
  .strict()
  .openapi('CustomerProfile');

export const UpdateCustomerRequest = z
  .object({
    name: line(256).pipe(z.string().min(1, 'is required')).optional(),
    email: Email.optional(),
    phone: Phone.nullable().optional(),
    address: Address.nullable().optional(),
    shipping: Shipping.nullable().optional(),
    tax_ids: z.array(TaxIdInput).max(10).optional().openapi({ description: 'Replaces the whole list.' }),
  })
  .strict()
  .openapi('UpdateCustomerRequest');

export type CustomerProfileT = z.infer<typeof CustomerProfile>;
export type UpdateCustomerRequestT = z.infer<typeof UpdateCustomerRequest>;
