/**
 * The kit's check of the portal API's responses, against the compact shapes
 * `npm run contract` writes from the server's schemas (contract-schemas.gen.ts).
 * Unknown extra fields are allowed, so a newer server can add fields without breaking
 * an older kit; everything the kit reads must be there with the right type.
 *
 * A type is a short string: `s` string, `i` integer, `n` number (integers too), `b`
 * boolean, `o` object, `z` null, `t` timestamp (a string `Date.parse` reads), `c`
 * currency (three lowercase letters), `*` anything; `=a|b` one of these strings; `[T` an
 * array of T; `T?` T or null; `#4` the table's shape 4, which is a type or
 * - `{T a ?b,U c`: an object whose fields a, c (and b, when present) are a T, a U;
 * - `&T U`: all of these types; `|T U`: any of them; `~[…]`: one of these JSON values;
 * - `@type card:T bank:U`: an object whose `type` is `card` (then it is a T) or `bank`.
 */
import { table } from './contract-schemas.gen.js';

const NAMES: Record<string, string> = { s: 'string', i: 'integer', n: 'number', b: 'boolean', o: 'object', z: 'null', t: 'timestamp', c: 'currency code' };

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

/**
 * The first problem with `value`, as `path: what is wrong` (`$.data[3].amount: expected
 * integer, got string`), or undefined when it has type `type`.
 */
export function check(type: string, value: unknown, path = '$'): string | undefined {
  const record = value as Record<string, unknown>;
  const got = typeOf(value);
  const expected = (what: string, shown = got) => `${path}: expected ${what}, got ${shown}`;
  const oneOf = (values: unknown[]) =>
    values.includes(value) ? undefined : expected(values.map((v) => JSON.stringify(v)).join(' or '), typeof value === 'object' ? got : JSON.stringify(value));
  const first = (checks: Array<() => string | undefined>) => {
    for (const run of checks) {
      const problem = run();
      if (problem) return problem;
    }
  };
  const nullable = type.endsWith('?');
  if (nullable) {
    if (value === null) return undefined;
    type = type.slice(0, -1);
  }
  const code = type[0]!;
  const rest = type.slice(1);
  const parts = rest.split(' ');
  switch (code) {
    case '#':
      return check(table[+rest]!, value, path);
    case '[':
      return Array.isArray(value) ? first(value.map((item, i) => () => check(rest, item, `${path}[${i}]`))) : expected('array');
    case '=':
      return oneOf(rest.split('|'));
    case '~':
      return oneOf(JSON.parse(rest));
    case '&':
      return first(parts.map((part) => () => check(part, value, path)));
    case '|':
      return parts.some((part) => !check(part, value, path)) ? undefined : `${path}: matches none of the allowed shapes`;
    case '{':
      if (got !== 'object') return expected('object');
      return first(
        rest.split(',').flatMap((group) => {
          const [fieldType, ...names] = group.split(' ');
          return names.map((name) => () => {
            const field = name.replace('?', '');
            if (Object.hasOwn(record, field)) return check(fieldType!, record[field], `${path}.${field}`);
            if (field === name) return `${path}.${field}: missing`;
          });
        }),
      );
    case '@': {
      // The field names the shape; a value naming none is reported at the field.
      const [field, ...branches] = parts;
      const pairs = branches.map((branch) => branch.split(':'));
      return check(`{=${pairs.map(([tag]) => tag).join('|')} ${field}`, value, path) ?? check(pairs.find(([tag]) => tag === record[field!])![1]!, value, path);
    }
  }
  if (code === '*' || NAMES[code] === got || (code === 'n' && got === 'integer')) return undefined;
  // Formats the formatters would throw on: an unreadable date, a currency that is none.
  const format = typeof value === 'string' && (code === 't' || code === 'c');
  if (format && (code === 't' ? !Number.isNaN(Date.parse(value)) : /^[a-z]{3}$/.test(value))) return undefined;
  return expected(NAMES[code]! + (nullable ? ' or null' : ''), format ? JSON.stringify(value) : got);
}
