/// <reference types="vite/client" />
import { LOCALES } from '../src/i18n/locales.js';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';

/*
 * The Custom Elements Manifest that `custom-elements-manifest analyze` writes: the docs'
 * descriptions and their tables of properties, attributes, CSS custom properties and
 * parts. A glob rather than an import so that Storybook still starts without it.
 */
const manifests = import.meta.glob<object>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('portal-kit: no dist/custom-elements.json; run `npm run analyze` for the API tables in Docs.');

/**
 * Wraps every story in the toolbar's language, direction and theme. A new language
 * mounts the story afresh, since the elements read it when they render.
 */
const withPortalFrame: Decorator = (story, { globals }) => {
  const locale = String(globals['locale']);
  return html`${keyed(
    locale,
    html`<div
      lang=${locale}
      dir=${globals['direction']}
      data-theme=${globals['theme']}
      style=${globals['theme'] === 'dark' ? 'color-scheme: dark; --portal-color-scheme: dark; background: #0e1014; padding: 16px' : ''}
    >
      ${story()}
    </div>`,
  )}`;
};

const preview: Preview = {
  decorators: [withPortalFrame],
  globalTypes: {
    locale: {
      description: 'Language of the portal elements (the `lang` they sit in)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Every language the kit speaks, named in itself, and the pseudo-locale.
        items: [
          ...LOCALES.map((locale) => ({ value: locale, right: locale, title: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale })),
          { value: 'en-XA', right: 'en-XA', title: 'Pseudo-locale (accented, 40 % longer)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (the `dir` the elements sit in)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (the `data-theme` the elements sit in)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr', theme: 'light' },
  parameters: {
    layout: 'padded',
    // "Show code" shows the story's markup, without the toolbar's wrapper around it.
    docs: { source: { excludeDecorators: true } },
  },
};

export default preview;
