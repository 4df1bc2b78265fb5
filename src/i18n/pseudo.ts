/**
 * The pseudo-locale: every letter accented and each string about 40 % longer, so
 * stories and tests show what would be clipped or would overflow in a long language.
 * The registry imports it dynamically, only when en-XA is asked for.
 */
import type { PartialTranslation } from './locales.js';

const ACCENTS: Record<string, string> = {
  a: 'à', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Accents letters and pads by 40 %, leaving digits, punctuation and placeholders readable. */
export function pseudo(text: string): string {
  const accented = [...text].map((ch) => ACCENTS[ch] ?? ch).join('');
  const letters = text.replace(/[^A-Za-z]/g, '').length;
  const pad = Math.ceil(letters * 0.4);
  return pad > 0 ? `${accented} ${'·'.repeat(pad)}` : accented;
}

/** A bundle with every term pseudo-localized (its functions wrapped). */
export function pseudoLocalize(bundle: PartialTranslation): PartialTranslation {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(bundle)) {
    out[key] = typeof value === 'function' ? (...args: unknown[]) => pseudo((value as (...a: unknown[]) => string)(...args)) : pseudo(String(value));
  }
  return out as PartialTranslation;
}
