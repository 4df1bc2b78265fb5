import type { PartialTranslation } from '../i18n/locales.js';
import { addEnglish } from '../i18n/registry.js';

/**
 * A part of an element's code loaded on first use (a dialog, a form) with its English.
 * `load()` asks for it once — again after a failure, so the next press retries — and adds
 * its `english` to the strings when it arrives (explicitly: the package is marked free of
 * side effects). `prefetch()` asks quietly, for when the customer heads for what needs it
 * (pointer over, focus on); a press that needs it says so if it cannot load.
 */
export function lazyChunk<M extends { english: PartialTranslation }>(importChunk: () => Promise<M>) {
  let pending: Promise<M> | undefined;
  const load = (): Promise<M> =>
    (pending ??= importChunk().then(
      (module) => {
        addEnglish(module.english);
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return { load, prefetch: (): void => void load().catch(() => undefined) };
}
