/**
 * A small JSON Schema checker for the portal API's responses (the subset the
 * contract's OpenAPI 3.1 document uses). Unknown extra fields are allowed, so a newer
 * server can add fields without breaking an older kit; everything the kit reads must
 * be there with the right type.
 */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

const patterns = new Map<string, RegExp>();

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * The first problem with `value`, as `path: what is wrong`, or undefined when it fits.
 */
export function check(
  schema: JsonSchema,
  value: unknown,
  components: Record<string, JsonSchema>,
  path = '$',
): string | undefined {
  if (schema.$ref) {
    const target = components[schema.$ref.replace('#/components/schemas/', '')];
    return target ? check(target, value, components, path) : `${path}: unknown schema ${schema.$ref}`;
  }
  if (schema.allOf) {
    for (const part of schema.allOf) {
      const problem = check(part, value, components, path);
      if (problem) return problem;
    }
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && !alternatives.some((alt) => !check(alt, value, components, path))) {
    return `${path}: matches none of the allowed shapes`;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      return `${path}: expected ${types.join(' or ')}, got ${actual}`;
    }
  }
  if (schema.const !== undefined && value !== schema.const) return `${path}: expected ${JSON.stringify(schema.const)}`;
  if (schema.enum && !schema.enum.includes(value)) return `${path}: not one of ${schema.enum.join(', ')}`;
  if (typeof value === 'string') {
    if (schema.pattern) {
      let re = patterns.get(schema.pattern);
      if (!re) patterns.set(schema.pattern, (re = new RegExp(schema.pattern, 'u')));
      if (!re.test(value)) return `${path}: does not match ${schema.pattern}`;
    }
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) return `${path}: not a timestamp`;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `${path}: below ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${path}: above ${schema.maximum}`;
  }
  if (Array.isArray(value) && schema.items) {
    for (let i = 0; i < value.length; i++) {
      const problem = check(schema.items, value[i], components, `${path}[${i}]`);
      if (problem) return problem;
    }
  }
  if (typeOf(value) === 'object' && (schema.properties || schema.required)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) return `${path}.${key}: missing`;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in record) {
        const problem = check(sub, record[key], components, `${path}.${key}`);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}
