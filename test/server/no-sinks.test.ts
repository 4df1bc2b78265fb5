/**
 * The kit never turns a string into markup or code: `npm test` fails when src/ uses an
 * HTML or JavaScript injection sink.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const SINKS = /\b(unsafeHTML|unsafeSVG|unsafeStatic|insertAdjacentHTML|createContextualFragment)\b|\.(innerHTML|outerHTML)\s*=|\beval\s*\(|\bnew\s+Function\s*\(|document\.write\s*\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

describe('injection sinks', () => {
  it('has none in the kit’s source', () => {
    const found = files(src).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: file.slice(src.length), line: i + 1, text: line }))
        .filter(({ text }) => SINKS.test(text) && !/^\s*(\*|\/\/)/.test(text)),
    );
    assert.deepEqual(found, [], found.map((f) => `src/${f.file}:${f.line}: ${f.text.trim()}`).join('\n'));
  });

  it('would notice one', () => {
    assert.ok(SINKS.test('el.innerHTML = text'));
    assert.ok(SINKS.test("html`${unsafeHTML(x)}`"));
    assert.ok(SINKS.test('new Function("a", body)'));
    assert.ok(!SINKS.test('const innerHTMLish = 1'));
  });
});
