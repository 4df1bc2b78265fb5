/**
 * A Vite plugin that minifies the static text of lit's `html` and `css` tagged templates
 * at build time.
 *
 * `html`: each run of white space that holds a line break (the source's indentation)
 * becomes one space, which HTML renders the same way (the kit's templates have no `<pre>`,
 * no `white-space: pre` and no text in a `<textarea>`); other spaces stay as written.
 *
 * `css`: comments go, runs of white space become one space, and no space is kept around
 * `{ } ; ,`, after `:` and `(`, or before `)` and `!important`; a `;` before `}` goes too.
 * Only where CSS reads the same either way: `a :is(b)` (a descendant) and
 * `calc(1px + 2px)` keep their spaces; strings, `url(…)` and `${…}` interpolations are
 * left exactly as written. The templates are found with the TypeScript compiler's parser
 * (tags imported as `css` from 'lit'), not by pattern-matching the file.
 *
 * Used by the library and bundle builds (vite.config.ts); the dev server and the
 * component tests see the source as written.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

/** One source character of a template's raw text, with the character it stands for in CSS. */
interface Unit {
  /** As written in the source (`\\`, `` \` ``, `\u00e9`, …); `null` marks an interpolation. */
  raw: string | null;
  /** The character the CSS parser sees ('' for a line continuation). */
  char: string;
  /** Inside a string, `url(…)` or an escape: never punctuation. */
  quoted?: true;
}

const HOLE: Unit = { raw: null, char: '' };
/** No space is needed on either side of these. */
const TIGHT = new Set(['{', '}', ';', ',']);
const SPACE = /\s/;

/** The template's raw text as units: JS escapes decoded, each unit keeping its source text. */
function units(raw: string): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw[i] !== '\\') {
      out.push({ raw: raw[i]!, char: raw[i]! });
      i++;
      continue;
    }
    // A JS escape: `\\`, `` \` ``, `\n`, `\u{…}`, a line continuation…
    const m = /^\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/.exec(raw.slice(i))!;
    const body = m[1]!;
    let char: string;
    if ((body[0] === 'u' || body[0] === 'x') && body.length > 1) char = String.fromCodePoint(parseInt(body.replace(/[ux{}]/g, ''), 16));
    else if (body === '\n' || body === '\r\n' || body === '\r' || body === '\u2028' || body === '\u2029') char = '';
    else char = ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[body] ?? body;
    out.push({ raw: m[0], char });
    i += m[0].length;
  }
  return out;
}

/**
 * Minifies one `css` template given as its raw text chunks (the text between
 * interpolations, as written in the source), and returns the chunks to write back —
 * as many as were given. When a comment would swallow an interpolation it returns
 * the chunks untouched.
 */
export function minifyCssChunks(chunks: readonly string[]): string[] {
  const input: Unit[] = [];
  chunks.forEach((chunk, i) => {
    if (i > 0) input.push(HOLE);
    input.push(...units(chunk));
  });

  const out: Unit[] = [];
  /** A space is owed before the next unit kept, unless that unit needs none. */
  let space = false;
  let comment = false;
  const last = () => out[out.length - 1];
  /** Copies a unit as written: part of a string, an escape or a url. */
  const copy = (unit: Unit) => out.push(unit.raw === null ? unit : { ...unit, quoted: true });
  /** The unit's character as punctuation, or '' when it is part of a word. */
  const punct = (unit: Unit | undefined) => (unit && !unit.quoted ? unit.char : '');
  const emit = (unit: Unit) => {
    const prev = last();
    const before = punct(prev);
    if (space && prev && !TIGHT.has(before) && before !== '(' && before !== ':' && !TIGHT.has(unit.char) && unit.char !== ')' && unit.char !== '!') {
      out.push({ raw: ' ', char: ' ' });
    } else if (comment && !space && prev && isWord(prev) && isWord(unit)) {
      // `.a/**/.b` is one compound selector: keep the two apart without making a combinator.
      out.push({ raw: '/**/', char: '' });
    }
    // `;}`: the last declaration needs no semicolon.
    if (unit.char === '}' && before === ';') out.pop();
    out.push(unit);
    space = false;
    comment = false;
  };
  const isWord = (u: Unit) => u.raw === null || u.quoted || !(SPACE.test(u.char) || TIGHT.has(u.char) || '():'.includes(u.char));

  for (let i = 0; i < input.length; ) {
    const u = input[i]!;
    const next = input[i + 1];
    if (u.raw === null) {
      emit(u);
      i++;
    } else if (u.char === '') {
      i++; // a line continuation
    } else if (u.char === '/' && next?.char === '*') {
      let stop = i + 2;
      while (stop < input.length && !(input[stop]!.char === '*' && input[stop + 1]?.char === '/')) {
        if (input[stop]!.raw === null) return [...chunks]; // an interpolation inside a comment: leave it all be
        stop++;
      }
      stop = Math.min(stop + 2, input.length);
      comment = true;
      i = stop;
    } else if (SPACE.test(u.char)) {
      space = out.length > 0;
      i++;
    } else if (u.char === '"' || u.char === "'") {
      // A string, as written (interpolations included), up to its closing quote; a `\` escapes the next character.
      emit(u);
      let j = i + 1;
      for (; j < input.length; j++) {
        const v = input[j]!;
        copy(v);
        if (v.char === '\\' && j + 1 < input.length) copy(input[++j]!);
        else if (v.raw !== null && (v.char === u.char || v.char === '\n')) {
          j++;
          break;
        }
      }
      i = j;
    } else if (u.char === '\\') {
      // A CSS escape outside a string: it and what it escapes (a hex escape takes one space after it) are part of a word.
      emit({ ...u, quoted: true });
      let j = i + 1;
      let hex = 0;
      while (j < input.length && input[j]!.raw !== null && hex < 6 && /[0-9a-fA-F]/.test(input[j]!.char)) {
        copy(input[j++]!);
        hex++;
      }
      if (hex === 0 && j < input.length && input[j]!.raw !== null) copy(input[j++]!);
      else if (hex > 0 && j < input.length && input[j]!.raw !== null && SPACE.test(input[j]!.char)) copy(input[j++]!);
      i = j;
    } else if (u.char === '(' && /url$/i.test(out.slice(-3).map((v) => v.char).join('')) && !space) {
      // An unquoted url(…) keeps its text as written.
      emit(u);
      let j = i + 1;
      while (j < input.length && (input[j]!.char !== ')' || input[j]!.raw === null)) copy(input[j++]!);
      i = j;
    } else {
      emit(u);
      i++;
    }
  }

  const result: string[] = [''];
  for (const unit of out) {
    if (unit.raw === null) result.push('');
    else result[result.length - 1] += unit.raw;
  }
  return result.length === chunks.length ? result : [...chunks];
}

/**
 * Minifies one `html` template given as its raw text chunks: each run of white space with
 * a line break in it becomes one space (not one after a `\`, a line continuation).
 */
export function minifyHtmlChunks(chunks: readonly string[]): string[] {
  return chunks.map((chunk) => chunk.replace(/(?<!\\)[ \t\r]*\n[ \t\r\n]*/g, ' '));
}

/** The local names `tag` (`css`, `html`) is imported under from 'lit' in this file. */
function litTags(source: ts.SourceFile, tag: 'css' | 'html'): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || statement.moduleSpecifier.text !== 'lit') continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      if ((element.propertyName ?? element.name).text === tag && !element.isTypeOnly) names.add(element.name.text);
    }
  }
  return names;
}

/**
 * Minifies every lit `html` and `css` tagged template in a module's source; `undefined`
 * when there is nothing to change.
 */
export function minifyLitTemplates(code: string, fileName = 'module.ts'): string | undefined {
  if (!(code.includes('css`') || code.includes('html`')) || !code.includes('lit')) return undefined;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const minifiers = new Map<string, (chunks: readonly string[]) => string[]>();
  for (const name of litTags(source, 'css')) minifiers.set(name, minifyCssChunks);
  for (const name of litTags(source, 'html')) minifiers.set(name, minifyHtmlChunks);
  if (minifiers.size === 0) return undefined;

  /** [start, end) of each static piece of text, in source order. */
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    const minify = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? minifiers.get(node.tag.text) : undefined;
    if (minify && ts.isTaggedTemplateExpression(node)) {
      const template = node.template;
      // Each piece runs from after its opening `` ` `` or `}` to before its `${` or closing `` ` ``.
      const pieces: [number, number][] = ts.isNoSubstitutionTemplateLiteral(template)
        ? [[template.getStart(source) + 1, template.end - 1]]
        : [
            [template.head.getStart(source) + 1, template.head.end - 2],
            ...template.templateSpans.map(({ literal }): [number, number] => [
              literal.getStart(source) + 1,
              literal.end - (ts.isTemplateTail(literal) ? 1 : 2),
            ]),
          ];
      const minified = minify(pieces.map(([start, end]) => code.slice(start, end)));
      pieces.forEach(([start, end], i) => edits.push({ start, end, text: minified[i]! }));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  let out = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out === code ? undefined : out;
}

/** The plugin: minifies `html` and `css` templates in the kit's own TypeScript, for builds only. */
export function minifyTemplates(): Plugin {
  return {
    name: 'portal-kit:minify-templates',
    apply: 'build',
    enforce: 'pre',
    transform: {
      // Only modules of ours that may hold a template reach the handler.
      filter: { id: { include: /\.[cm]?[jt]sx?(\?|$)/, exclude: /\/node_modules\// }, code: /(css|html)`/ },
      handler(code, id) {
        const out = minifyLitTemplates(code, id.split('?')[0]);
        // Only text inside templates changes; no source map is made (the builds ship none).
        return out === undefined ? null : { code: out, map: null };
      },
    },
  };
}
