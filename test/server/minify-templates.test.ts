/**
 * The build's template minifier (scripts/vite/minify-templates.ts): what it removes from lit `html` and `css`
 * templates, and what it must leave alone because CSS would read it differently.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { minifyCssChunks, minifyHtmlChunks, minifyLitTemplates } from '../../scripts/vite/minify-templates.js';

/** Minifies one template without interpolations. */
const min = (text: string) => {
  const out = minifyCssChunks([text]);
  assert.equal(out.length, 1);
  return out[0];
};

describe('minifyCssChunks', () => {
  it('drops comments and collapses white space', () => {
    assert.equal(min('\n  /* a comment */\n  :host {\n    display: block;\n    /* another */\n    color: red;\n  }\n'), ':host{display:block;color:red}');
    assert.equal(min('a{margin:0   1px\n\t2px}'), 'a{margin:0 1px 2px}');
    assert.equal(min('a { color: red !important; }'), 'a{color:red!important}');
  });

  it('keeps the spaces that are descendant combinators', () => {
    assert.equal(min('a :is(.b) { color: red }'), 'a :is(.b){color:red}');
    assert.equal(min('.list  >  li   .x ,\n .y::after { content: none }'), '.list > li .x,.y::after{content:none}');
    assert.equal(min(':host(:dir(rtl)) .nav a[aria-current=\'true\'] {}'), ":host(:dir(rtl)) .nav a[aria-current='true']{}");
  });

  it('keeps the spaces calc() needs, and media queries’ `and (`', () => {
    assert.equal(min('a { inline-size: calc(100vw - 2 * var(--x)); margin: calc( 1px + 2px ) }'), 'a{inline-size:calc(100vw - 2 * var(--x));margin:calc(1px + 2px)}');
    assert.equal(min('@media (min-width: 30rem) and (forced-colors: active) { a { b: c } }'), '@media (min-width:30rem) and (forced-colors:active){a{b:c}}');
  });

  it('leaves strings and url() exactly as written', () => {
    assert.equal(min("a::after { content: '  a ; b {  } /* c */ ' }"), "a::after{content:'  a ; b {  } /* c */ '}");
    assert.equal(min('a { content: "it\\\\" s ,  " ; b: c }'), 'a{content:"it\\\\" s ,  ";b:c}');
    assert.equal(min("a { grid-template-areas:\n  'x  y'\n  'z  z'; }"), "a{grid-template-areas:'x  y' 'z  z'}");
    assert.equal(min('a { background: url( a b.png ) no-repeat , url("c ; d") }'), 'a{background:url( a b.png ) no-repeat,url("c ; d")}');
  });

  it('keeps nested at-rules, :host(…) and ::slotted(…) working', () => {
    const source = `
      @layer portal-kit {
        :host([theme='dark']) { color-scheme: dark; }
        @media (forced-colors: active) {
          :host { --_brand: LinkText; }
          ::slotted( [slot='empty'] ) { color: CanvasText; }
        }
      }
      @container (max-width: 540px) { thead { position: absolute } }`;
    assert.equal(
      min(source),
      "@layer portal-kit{:host([theme='dark']){color-scheme:dark}@media (forced-colors:active){:host{--_brand:LinkText}::slotted([slot='empty']){color:CanvasText}}}@container (max-width:540px){thead{position:absolute}}",
    );
  });

  it('leaves ${…} interpolations where they were, and the spaces that separate them', () => {
    assert.deepEqual(minifyCssChunks(['\n  a {\n    margin: ', ' ', ';\n    color: ', ' ;\n  }\n  ', ' b { c: d }\n']), ['a{margin:', ' ', ';color:', '}', ' b{c:d}']);
    // One inside a string stays inside it, spaces and all.
    assert.deepEqual(minifyCssChunks(["a::after { content: '  ", "  ' }"]), ["a::after{content:'  ", "  '}"]);
    // One inside a comment: nothing is changed rather than drop it.
    assert.deepEqual(minifyCssChunks(['a { /* ', ' */ b: c }']), ['a { /* ', ' */ b: c }']);
  });

  it('keeps CSS escapes and the JS escapes of the template', () => {
    assert.equal(min('.a\\\\: b { x: y }'), '.a\\\\: b{x:y}'); // CSS `.a\: b`: a class "a:" then a descendant
    assert.equal(min('a { content: \\`x\\` } /* \\`code\\` */'), 'a{content:\\`x\\`}');
    // A comment between two parts of one compound selector must not become a space.
    assert.equal(min('.a/* x */.b { c: d }'), '.a/**/.b{c:d}');
  });
});

describe('minifyHtmlChunks', () => {
  it('turns each run of white space with a line break into one space, and leaves other spaces', () => {
    assert.deepEqual(minifyHtmlChunks(['\n      <p class="a\n        b">\n        ', '\n      </p>\n    ']), [' <p class="a b"> ', ' </p> ']);
    assert.deepEqual(minifyHtmlChunks(['<span>a</span>  <span>b</span>', ' x \t\n\t y']), ['<span>a</span>  <span>b</span>', ' x y']);
    assert.deepEqual(minifyHtmlChunks(['a\\\n  b']), ['a\\\n  b'], 'a line continuation stays');
  });
});

describe('minifyLitTemplates', () => {
  it('rewrites only lit’s css and html tags (under any local name), not other templates', () => {
    const code = [
      "import { css as style, html as h } from 'lit';",
      "import { css, html } from './not-lit.js';",
      'export const a = style`\n  a {\n    color: ${x} ;\n  }\n`;',
      'export const b = css`\n  a { color: red }\n`;',
      'export const c = h`<p>  keep   me  </p>\n  <p>${y}\n  </p>`;',
      'export const d = html`<p>\n  not lit\n</p>`;',
    ].join('\n');
    const out = minifyLitTemplates(code, 'x.ts')!;
    assert.ok(out.includes('style`a{color:${x}}`'), out);
    assert.ok(out.includes('css`\n  a { color: red }\n`'), out);
    assert.ok(out.includes('h`<p>  keep   me  </p> <p>${y} </p>`'), out);
    assert.ok(out.includes('html`<p>\n  not lit\n</p>`'), out);
    assert.equal(minifyLitTemplates("import { html } from 'lit';\nhtml`a  b`;", 'y.ts'), undefined);
  });

  it('shrinks every template module in src/, leaves valid TypeScript, and is idempotent', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));
    let sheets = 0;
    for (const file of files(src)) {
      const code = readFileSync(file, 'utf8');
      const out = minifyLitTemplates(code, file);
      if (out === undefined) continue;
      sheets++;
      assert.ok(out.length < code.length, file);
      const parsed = ts.createSourceFile(file, out, ts.ScriptTarget.Latest, true);
      assert.equal((parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length, 0, `${file} no longer parses`);
      assert.equal(minifyLitTemplates(out, file), undefined, `${file}: a second pass changed it`);
    }
    assert.ok(sheets >= 20, `only ${sheets} files with templates found`);
  });
});
