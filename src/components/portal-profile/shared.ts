/**
 * What `<portal-profile>` and its form (profile-form.ts, loaded when the customer heads
 * for Edit) share: the contract's types, countries by name, and what the form needs from
 * its element.
 */
import type { LocalizeController } from '../../i18n/localize.js';
import type { Schemas } from '../../state/api-client.js';
import type { PortalStore } from '../../state/store.js';

export type Profile = Schemas['CustomerProfile'];
export type Address = NonNullable<Profile['address']>;
export type AllowedUpdate = Profile['allowed_updates'][number];

/** A language's names of regions (Intl.DisplayNames), once per language; the code itself where it has none. */
const regionNames = new Map<string, Intl.DisplayNames>();
export function countryNames(lang: string): Intl.DisplayNames {
  let names = regionNames.get(lang);
  if (!names) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    }
    regionNames.set(lang, names);
  }
  return names;
}

/** A country's name in a language, from its ISO 3166-1 alpha-2 code. */
export function countryName(lang: string, code: string): string {
  try {
    return countryNames(lang).of(code) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}

/** What the form needs from the element hosting it. */
export interface FormContext {
  store(): PortalStore | undefined;
  readonly i18n: LocalizeController;
  /** The profile the server has now (the store's). */
  profile(): Profile | undefined;
  /** Says something in the element's live region ('' clears it). */
  announce(message: string): void;
  /** The form closed (canceled, or saved): the element shows the details again, focus on Edit. */
  closed(): void;
}

export type { ChunkHost as FormHost } from '../../themes/adopt-later.js';
