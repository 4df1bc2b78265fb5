/**
 * The bundles are complete and faithful: every locale has every namespace (a regional
 * one only what differs), no key English lacks, the same parameters shown as English
 * shows them, each file small enough to load lazily, and the loaders list current.
 * English is split the same way, and the kit's code takes only the namespaces it shows.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { en, english } from '../../src/i18n/en.js';
import { BASES, LOCALES, NAMESPACES, namespaceOf, type Namespace } from '../../src/i18n/locales.js';
import { loaders } from '../../src/i18n/loaders.gen.js';
import { generateLoaders } from '../../scripts/i18n.js';

const dir = new URL('../../src/i18n/locales/', import.meta.url);
const namespaces = Object.keys(NAMESPACES) as Namespace[];
const keysOf = (ns: Namespace) => Object.keys(en).filter((key) => namespaceOf(key) === ns);
type Term = string | ((...args: unknown[]) => string);

/** Unique numbers stand in for every parameter; a translation must show the ones English shows. */
const sentinel = (i: number) => 987_650 + i;
const digits = (text: string) =>
  text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/(\d)[\s.,'’\u00a0\u202f\u066c]+(?=\d)/g, '$1');
function shown(term: Term): number[] {
  if (typeof term === 'string') return [];
  const out = digits(term(...Array.from({ length: term.length }, (_, i) => sentinel(i))));
  return Array.from({ length: term.length }, (_, i) => i).filter((i) => out.includes(String(sentinel(i))));
}

async function bundle(locale: string, ns: Namespace): Promise<Record<string, Term> | undefined> {
  const file = new URL(`${locale}/${ns}.ts`, dir);
  if (!existsSync(file)) return undefined;
  return (await import(file.href)).default as Record<string, Term>;
}

describe('locale bundles', () => {
  const others = LOCALES.filter((l) => l !== 'en');

  it('has a file for every namespace of every full locale, and no stray locale', () => {
    const present = existsSync(dir) ? readdirSync(dir).filter((n) => !n.includes('.')) : [];
    for (const locale of present) assert.ok((LOCALES as readonly string[]).includes(locale), `unknown locale folder ${locale}`);
    for (const locale of others) {
      if (BASES[locale]) continue;
      for (const ns of namespaces) assert.ok(existsSync(new URL(`${locale}/${ns}.ts`, dir)), `${locale}/${ns}.ts is missing`);
    }
  });

  for (const locale of others) {
    it(`${locale}: every key English has (regional: only keys that differ), the same parameters shown`, async () => {
      const regional = BASES[locale];
      for (const ns of namespaces) {
        const strings = await bundle(locale, ns);
        if (!strings) {
          assert.ok(regional, `${locale}/${ns}.ts is missing`);
          continue;
        }
        const expected = keysOf(ns);
        const extra = Object.keys(strings).filter((k) => !expected.includes(k));
        assert.deepEqual(extra, [], `${locale}/${ns}: keys English lacks`);
        if (!regional) assert.deepEqual(expected.filter((k) => !(k in strings)), [], `${locale}/${ns}: missing keys`);
        for (const [key, term] of Object.entries(strings)) {
          const english = en[key as keyof typeof en] as Term;
          assert.equal(typeof term, typeof english, `${locale} ${key}: a ${typeof english} in English`);
          if (typeof term === 'function') {
            assert.equal(term.length, (english as (...a: unknown[]) => string).length, `${locale} ${key}: parameter count`);
            assert.deepEqual(shown(term), shown(english), `${locale} ${key}: shows other parameters than English`);
          } else {
            assert.ok(term.trim().length > 0, `${locale} ${key} is empty`);
          }
        }
      }
    });
  }

  it('translates: a full locale is not an English copy', async () => {
    for (const locale of others.filter((l) => !BASES[l])) {
      const strings = await bundle(locale, 'common');
      if (!strings) continue;
      const same = Object.entries(strings).filter(([k, v]) => typeof v === 'string' && v === en[k as keyof typeof en]);
      assert.ok(same.length <= 2, `${locale}/common: ${same.length} strings left in English: ${same.map(([k]) => k).join(', ')}`);
    }
  });

  // Issue 9's budget: 3 KB a locale bundle.
  it('keeps every bundle file within 3 KB gzipped', () => {
    if (!existsSync(dir)) return;
    for (const locale of readdirSync(dir).filter((n) => !n.includes('.'))) {
      for (const file of readdirSync(new URL(`${locale}/`, dir))) {
        const size = gzipSync(readFileSync(new URL(`${locale}/${file}`, dir))).length;
        assert.ok(size <= 3 * 1024, `${locale}/${file} is ${size} bytes gzipped`);
      }
    }
  });

  it('lists every bundle file in the generated loaders', () => {
    const committed = readFileSync(new URL('../loaders.gen.ts', dir), 'utf8');
    assert.equal(committed, generateLoaders(), 'src/i18n/loaders.gen.ts is stale: run `npm run i18n`');
    for (const [locale, files] of Object.entries(loaders)) {
      for (const ns of Object.keys(files)) assert.ok(existsSync(new URL(`${locale}/${ns}.ts`, dir)));
    }
  });
});

describe('English', () => {
  it('has one module per namespace, holding exactly that namespace’s keys', () => {
    assert.deepEqual(Object.keys(english).sort(), [...namespaces].sort());
    for (const ns of namespaces) {
      const keys = Object.keys(english[ns]);
      assert.ok(keys.length > 0, `en/${ns} is empty`);
      assert.deepEqual(keys.filter((key) => namespaceOf(key) !== ns), [], `en/${ns}: keys of another namespace`);
    }
    assert.equal(Object.keys(en).length, namespaces.reduce((n, ns) => n + Object.keys(english[ns]).length, 0), 'a key in two namespaces');
  });

  // The kit's bundles carry only the English their elements show: nothing in src/ but the
  // aggregate itself takes the aggregate's values, and no module the kit ships takes the emails'.
  it('reaches the kit only namespace by namespace, never the emails', () => {
    const src = new URL('../../src/', import.meta.url);
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('i18n/locales/'));
    assert.ok(files.length > 20);
    for (const file of files) {
      if (file === 'i18n/en.ts') continue;
      const code = readFileSync(new URL(file, src), 'utf8');
      for (const [statement] of code.matchAll(/^import[^;]*?from '[^']*\/en(\/email)?\.js';/gm)) {
        assert.match(statement, /^import type /, `${file}: ${statement}`);
      }
    }
  });
});
