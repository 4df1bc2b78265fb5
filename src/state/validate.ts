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

/** Where a value sits (`$.data[3]`), worked out only when there is a problem to report. */
type Path = () => string;
/** A type, read once: the first problem with a value, or undefined. */
type Checker = (value: unknown, path: Path) => string | undefined;

/** Each type string read once (a session's responses repeat a few dozen of them). */
const compiled: Record<string, Checker> = Object.create(null);

/**
 * The first problem with `value`, as `path: what is wrong` (`$.data[3].amount: expected
 * integer, got string`), or undefined when it has type `type`.
 */
export const check = (type: string, value: unknown, path = '$'): string | undefined => compile(type)(value, () => path);

function compile(type: string): Checker {
  if (!compiled[type] && type.endsWith('?')) {
    const inner = read(type.slice(0, -1), ' or null');
    compiled[type] = (value, path) => (value === null ? undefined : inner(value, path));
  }
  return (compiled[type] ??= read(type));
}

const expected = (path: Path, what: string, shown: string) => `${path()}: expected ${what}, got ${shown}`;

/** A type without its `?` (`orNull`: it had one, which a scalar's message says). */
function read(type: string, orNull = ''): Checker {
  const code = type[0]!;
  const rest = type.slice(1);
  const parts = rest.split(' ');
  const oneOf = (values: unknown[]): Checker => {
    const what = values.map((v) => JSON.stringify(v)).join(' or ');
    return (value, path) => (values.includes(value) ? undefined : expected(path, what, typeof value === 'object' ? typeOf(value) : JSON.stringify(value)));
  };
  switch (code) {
    case '#': {
      // Read when first used: shapes refer to each other.
      let shape: Checker | undefined;
      return (value, path) => (shape ??= compile(table[+rest]!))(value, path);
    }
    case '[': {
      const item = compile(rest);
      return (value, path) => {
        if (!Array.isArray(value)) return expected(path, 'array', typeOf(value));
        for (let i = 0, problem; i < value.length; i++) if ((problem = item(value[i], () => `${path()}[${i}]`))) return problem;
      };
    }
    case '=':
      return oneOf(rest.split('|'));
    case '~':
      return oneOf(JSON.parse(rest) as unknown[]);
    case '&':
    case '|': {
      const members = parts.map(compile);
      return code === '&'
        ? (value, path) => members.reduce<string | undefined>((problem, member) => problem ?? member(value, path), undefined)
        : (value, path) => (members.some((member) => !member(value, path)) ? undefined : `${path()}: matches none of the allowed shapes`);
    }
    case '{': {
      const fields = rest.split(',').flatMap((group) => {
        const [fieldType, ...names] = group.split(' ');
        return names.map((name) => [name.replace('?', ''), name, compile(fieldType!)] as const);
      });
      return (value, path) => {
        if (typeOf(value) !== 'object') return expected(path, 'object', typeOf(value));
        for (const [field, name, checker] of fields) {
          const problem = Object.hasOwn(value as object, field)
            ? checker((value as Record<string, unknown>)[field], () => `${path()}.${field}`)
            : field === name && `${path()}.${field}: missing`;
          if (problem) return problem;
        }
      };
    }
    case '@': {
      // The field names the shape; a value naming none is reported at the field.
      const [field, ...branches] = parts;
      const pairs = branches.map((branch) => branch.split(':'));
      const tag = compile(`{=${pairs.map(([name]) => name).join('|')} ${field}`);
      return (value, path) => tag(value, path) ?? compile(pairs.find(([name]) => name === (value as Record<string, unknown>)[field!])![1]!)(value, path);
    }
  }
  return (value, path) => {
    const got = typeOf(value);
    if (code === '*' || NAMES[code] === got || (code === 'n' && got === 'integer')) return;
    // Formats the formatters would throw on: an unreadable date, a currency that is none.
    const format = typeof value === 'string' && (code === 't' || code === 'c');
    if (format && (code === 't' ? !Number.isNaN(Date.parse(value)) : /^[a-z]{3}$/.test(value))) return;
    return expected(path, NAMES[code]! + orNull, format ? JSON.stringify(value) : got);
  };
}
