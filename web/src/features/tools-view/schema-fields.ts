/**
 * The arguments of a tool, read from its JSON Schema into rows a person can scan: name, type,
 * required or not, description, and the limits the schema sets. The raw schema is shown beside
 * the table, so anything this summary leaves out is still visible.
 */

/** One argument of a tool. */
export interface SchemaField {
  name: string;
  /** `string`, `number`, `"a" | "b"`, `string[]`, `string | null` … or `any` when the schema does not say. */
  type: string;
  required: boolean;
  description?: string;
  /** The limits the schema sets, in words: `1-100 characters`, `≥ 0`, `default 3` … */
  constraints: string[];
}

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The arguments of an object schema, in declaration order; none for anything else. */
export function schemaFields(schema: unknown): SchemaField[] {
  if (!isSchema(schema) || !isSchema(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
  return Object.entries(schema.properties).map(([name, property]) => {
    const field = isSchema(property) ? property : {};
    return {
      name,
      type: typeOf(field),
      required: required.has(name),
      ...(typeof field.description === 'string' ? { description: field.description } : {}),
      constraints: constraintsOf(field),
    };
  });
}

/** A schema's type in TypeScript-like words. */
export function typeOf(schema: Schema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(union)) return union.map((s) => (isSchema(s) ? typeOf(s) : 'any')).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.map(String).join(' | ');
  if (schema.type === 'array') return `${isSchema(schema.items) ? wrap(typeOf(schema.items)) : 'any'}[]`;
  if (schema.type === 'integer') return 'integer';
  return typeof schema.type === 'string' ? schema.type : 'any';
}

/** zod writes ±2^53-1 as the bounds of every integer: that is "an integer", not a limit worth showing. */
const bound = (value: unknown) => (typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);

const wrap = (type: string) => (type.includes(' | ') ? `(${type})` : type);

function constraintsOf(schema: Schema): string[] {
  const out: string[] = [];
  const range = (min: unknown, max: unknown, unit: string) => {
    if (typeof min === 'number' && typeof max === 'number') out.push(`${min}-${max}${unit}`);
    else if (typeof min === 'number') out.push(`at least ${min}${unit}`);
    else if (typeof max === 'number') out.push(`at most ${max}${unit}`);
  };
  range(schema.minLength, schema.maxLength, ' characters');
  range(schema.minItems, schema.maxItems, ' items');
  range(bound(schema.minimum), bound(schema.maximum), '');
  if (typeof schema.exclusiveMinimum === 'number') out.push(`> ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === 'number') out.push(`< ${schema.exclusiveMaximum}`);
  if (typeof schema.pattern === 'string') out.push(`matches ${schema.pattern}`);
  if (typeof schema.format === 'string') out.push(`format ${schema.format}`);
  if ('default' in schema) out.push(`default ${JSON.stringify(schema.default)}`);
  return out;
}
