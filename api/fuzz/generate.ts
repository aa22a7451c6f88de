/**
 * Plausible values from the JSON Schemas in /openapi.json: the generator follows types, enums,
 * bounds and required properties, and fills strings from a vocabulary of real catalog keys, dates
 * and dimension values (chosen by the property's name), so many generated requests get past
 * validation and exercise the database and the core. `mutate` then breaks one spot of such a value.
 */
import { hostileNumber, hostileString, RawJson, SQL_FRAGMENTS, wrongType } from "./hostile.ts";
import type { Random } from "./random.ts";

/** A JSON Schema node as zod's toJSONSchema writes it (the subset the generator reads). */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** Words that make generated requests meaningful: real keys of this service's catalog and data. */
export interface Vocabulary {
  metrics: string[];
  dimensions: string[];
  values: Array<string | number>;
  questions: string[];
}

const DATES = [
  "2026-10-01",
  "2026-10-31",
  "2026-09-01",
  "2026-09-30",
  "2025-01-01",
  "2026-02-29",
  "2026-13-45",
];

/** A plausible string for a property, by what its name suggests. */
function wordFor(name: string, vocab: Vocabulary, r: Random): string {
  const n = name.toLowerCase();
  if (/^(from|to|date|firstdate)$/.test(n)) return r.pick(DATES);
  if (n === "question") return r.pick(vocab.questions);
  if (/metric|formula/.test(n)) return r.pick(vocab.metrics);
  if (/dimension|field|^by$/.test(n)) return r.pick(vocab.dimensions);
  if (/value|channel|path|locked|q$|query|search|label|synonym/.test(n)) return String(r.pick(vocab.values));
  if (n === "threadid") return r.pick(["thread-1", "does-not-exist", "a".repeat(100)]);
  return r.pick([...vocab.metrics, ...vocab.dimensions, "x"]);
}

/** Resolve a local `$ref` (`#/$defs/name`) against the root schema. */
function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace(/^#\/\$defs\//, "");
  return root.$defs?.[name] ?? {};
}

/** A value `schema` probably accepts. `name` is the property it is for (guides strings). */
export function generate(
  schema: JsonSchema,
  ctx: { root: JsonSchema; vocab: Vocabulary; r: Random; name?: string; depth?: number },
): unknown {
  const s = resolve(schema, ctx.root);
  const { r } = ctx;
  const depth = ctx.depth ?? 0;
  const child = (sub: JsonSchema, name?: string) => generate(sub, { ...ctx, name, depth: depth + 1 });
  if (s.const !== undefined) return s.const;
  if (s.enum) return r.pick(s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union) return child(r.pick(union), ctx.name);
  const type = Array.isArray(s.type) ? r.pick(s.type) : s.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(s.properties ?? {})) {
        const required = s.required?.includes(key) ?? false;
        if (required || (depth < 4 && r.chance(0.4))) out[key] = child(sub, key);
      }
      if (s.additionalProperties && typeof s.additionalProperties === "object" && r.chance(0.5))
        out[String(r.pick(ctx.vocab.values))] = child(s.additionalProperties);
      return out;
    }
    case "array": {
      const min = s.minItems ?? 0;
      const max = Math.min(s.maxItems ?? 4, min + 3);
      return Array.from({ length: r.int(min, Math.max(min, max)) }, () => child(s.items ?? {}, ctx.name));
    }
    case "string": {
      const word = wordFor(ctx.name ?? "", ctx.vocab, r);
      return word.slice(0, s.maxLength ?? word.length);
    }
    case "integer":
    case "number": {
      const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 0);
      const high = s.maximum ?? low + 100_000;
      const v = low + r.next() * (high - low);
      return type === "integer" ? Math.round(v) : Math.round(v * 100) / 100;
    }
    case "boolean":
      return r.chance(0.5);
    case "null":
      return null;
    default:
      return r.pick(["x", 1, true, null]);
  }
}

/** Every path (object keys and array indexes) inside a JSON value, the root included. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out = [at];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...at, i]));
  } else if (value && typeof value === "object" && !(value instanceof RawJson))
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

/** A replacement for a value: hostile of the same kind, another type, or a huge collection of it. */
function hostileFor(current: unknown, r: Random): unknown {
  const roll = r.int(0, 9);
  if (roll <= 3) return typeof current === "number" ? hostileNumber(r) : hostileString(r);
  if (roll <= 6) return wrongType(r);
  if (roll === 7) return r.pick(SQL_FRAGMENTS);
  if (roll === 8) return Array.from({ length: r.pick([501, 5000, 20_000]) }, () => current);
  return typeof current === "string" ? current.repeat(r.pick([2, 100, 10_000])) : hostileNumber(r);
}

/**
 * A copy of `value` with one spot broken: a leaf replaced by a hostile value, a property removed
 * or added, or the whole value replaced.
 */
export function mutate(value: unknown, r: Random): unknown {
  const all = paths(value);
  const path = r.pick(all);
  if (path.length === 0) return r.chance(0.5) ? wrongType(r) : hostileFor(value, r);
  const copy = structuredCopy(value);
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const action = r.int(0, 9);
  if (action === 0 && !Array.isArray(parent)) delete parent[last];
  else if (action === 1 && !Array.isArray(parent))
    // defineProperty, so a key such as "__proto__" becomes an own property that is serialized.
    Object.defineProperty(parent, hostileString(r).slice(0, 100), {
      value: wrongType(r),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else parent[last] = hostileFor(parent[last], r);
  return copy;
}

/** Deep copy that keeps RawJson fragments. */
function structuredCopy(value: unknown): unknown {
  if (value instanceof RawJson || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(structuredCopy);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCopy(v)]));
}
