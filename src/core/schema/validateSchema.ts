import type { Issue, IssuePath } from '../issue';
import { ISTIO_GATEWAY_SCHEMA, type JsonSchema, type JsonType } from './istioGateway.schema';

/** The codes of what the schema finds. */
export const SCHEMA_CODES = ['schema/type', 'schema/enum', 'schema/required', 'schema/unknown-field', 'schema/unknown-fields-more'] as const;

export type SchemaCode = (typeof SCHEMA_CODES)[number];

/**
 * Checks a plain value against the JSON Schema subset the IstioGateway schema uses: type, enum,
 * properties, required, additionalProperties, items and local $ref. An interpreter, not a code
 * generator, so it runs under the page's Content-Security-Policy (no eval).
 */

const TYPE_WORDS: Record<JsonType, string> = {
  object: 'a map of keys',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
};

function pathText(path: IssuePath): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

function typeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

function describeValue(value: unknown): string {
  const type = typeOf(value);
  if (type === 'string') return `the string ${JSON.stringify(value).slice(0, 40)}`;
  if (type === 'integer' || type === 'number') return `the number ${String(value)}`;
  if (type === 'boolean') return String(value);
  if (type === 'null') return 'empty';
  return TYPE_WORDS[type];
}

function accepts(types: readonly JsonType[], actual: JsonType): boolean {
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** Edit distance, for "did you mean" (only ever on short key names). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

function suggestion(key: string, known: readonly string[]): string {
  const limit = Math.max(1, Math.floor(key.length / 5));
  const close = known
    // The edit distance is at least the difference in length: most names need no computing.
    .filter((name) => Math.abs(name.length - key.length) <= limit)
    .map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) }))
    .filter((candidate) => candidate.d <= limit)
    .sort((a, b) => a.d - b.d)[0];
  return close ? ` Did you mean ${close.name}?` : '';
}

/*
 * Severities. Errors, each refused before the gateway exists: a value of the wrong type (ASM's controller decodes
 * the resource into Alibaba's typed Go API, aliyun/alibabacloud-servicemesh-api istiogateway_types.go, and Kubernetes
 * checks CRD fields against their structural schema); a value outside an enum (the Go API's kubebuilder enums on
 * gatewayType and serviceType; Kubernetes' own validation of externalTrafficPolicy, dnsPolicy, toleration operators and
 * effects, label-selector operators; the API versions and kind the CRD serves); a missing required field (every object
 * names its apiVersion, kind and metadata.name; a Service port its port; an anti-affinity term its topologyKey; a
 * preferred term its weight). An unknown field is a warning: ASM ignores it, so what it was meant to do does not happen.
 */

/** Unknown keys named one by one in a map; beyond this they are counted in one finding. */
export const MAX_UNKNOWN_PER_MAP = 50;

class Checker {
  readonly issues: Issue<never, SchemaCode>[] = [];

  constructor(private readonly root: JsonSchema) {}

  private resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 16; hops += 1) {
      const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
      const target = name === undefined ? undefined : this.root.definitions?.[name];
      if (!target) return {};
      current = target;
    }
    return current;
  }

  check(value: unknown, given: JsonSchema, path: IssuePath): void {
    const schema = this.resolve(given);
    const where = pathText(path) || 'The document';
    const actual = typeOf(value);
    if (schema.type !== undefined) {
      const types: readonly JsonType[] = typeof schema.type === 'string' ? [schema.type] : schema.type;
      if (!accepts(types, actual)) {
        this.issues.push({
          code: 'schema/type',
          severity: 'error',
          message: `${where} should be ${types.map((type) => TYPE_WORDS[type]).join(' or ')}, not ${describeValue(value)}.`,
          path,
        });
        return;
      }
    }
    if (schema.enum && !schema.enum.includes(value as string | number | boolean)) {
      this.issues.push({
        code: 'schema/enum',
        severity: 'error',
        message: `${where} must be one of ${schema.enum.join(', ')}; it is ${describeValue(value)}.`,
        path,
      });
      return;
    }
    if (actual === 'array' && schema.items && Array.isArray(value)) {
      value.forEach((item: unknown, i) => this.check(item, schema.items ?? {}, [...path, i]));
    }
    if (actual === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value))
      this.checkObject(value as Record<string, unknown>, schema, path);
  }

  private checkObject(value: Record<string, unknown>, schema: JsonSchema, path: IssuePath): void {
    const properties = schema.properties ?? {};
    for (const key of schema.required ?? []) {
      if (!(key in value)) {
        this.issues.push({ code: 'schema/required', severity: 'error', message: `${pathText([...path, key])} is required.`, path: [...path, key] });
      }
    }
    const unknown: string[] = [];
    for (const [key, item] of Object.entries(value)) {
      const property = properties[key];
      if (property) this.check(item, property, [...path, key]);
      else if (schema.additionalProperties === false) {
        unknown.push(key);
        if (unknown.length > MAX_UNKNOWN_PER_MAP) continue;
        this.issues.push({
          code: 'schema/unknown-field',
          severity: 'warning',
          message: `${key} is not a field of ${pathText(path) || 'an IstioGateway'} in the ASM API, so ASM ignores it.${suggestion(key, Object.keys(properties))}`,
          path: [...path, key],
          mark: 'key',
        });
      } else if (typeof schema.additionalProperties === 'object') this.check(item, schema.additionalProperties, [...path, key]);
    }
    // A pasted file with thousands of unknown keys: the first are named, the rest counted once.
    if (unknown.length > MAX_UNKNOWN_PER_MAP) {
      const rest = unknown.length - MAX_UNKNOWN_PER_MAP;
      this.issues.push({
        code: 'schema/unknown-fields-more',
        severity: 'warning',
        message: `${rest} more keys of ${pathText(path) || 'the IstioGateway'} are not fields in the ASM API either (${unknown.slice(MAX_UNKNOWN_PER_MAP, MAX_UNKNOWN_PER_MAP + 3).join(', ')}, …); ASM ignores them.`,
        path: [...path, unknown[MAX_UNKNOWN_PER_MAP] ?? ''],
        mark: 'key',
      });
    }
  }
}

/** Schema problems of a plain value (the document's data), as Issues with paths. */
export function validateSchema(value: unknown, schema: JsonSchema = ISTIO_GATEWAY_SCHEMA): Issue<never, SchemaCode>[] {
  const checker = new Checker(schema);
  checker.check(value, schema, []);
  return checker.issues;
}
