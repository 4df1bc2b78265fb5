/**
 * Plurals for the locale bundles, through cached Intl.PluralRules. Only bundles import
 * this module (English needs no plural rules), so it ships with them, lazily.
 */
const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * The plural form of `count` in `locale`, with `#` replaced by the localized number:
 * `plural('pl', 3, { one: '# faktura', few: '# faktury', many: '# faktur', other: '# faktury' })`.
 */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  let number = numbers.get(locale);
  if (!number) numbers.set(locale, (number = new Intl.NumberFormat(locale)));
  const form = (count === 0 ? forms.zero : undefined) ?? forms[rule.select(count)] ?? forms.other;
  return form.replaceAll('#', number.format(count));
}
