/**
 * Hostile values the fuzzer puts where a schema expects something else: control characters, huge
 * and odd strings, SQL fragments, extreme numbers and raw JSON tokens that JSON.stringify cannot
 * write (NaN, 1e309), wrong types and deep nesting.
 */
import type { Random } from "./random.ts";

/** A JSON fragment written verbatim into the body (for tokens JSON.stringify cannot produce). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of `value`, with RawJson fragments written verbatim. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export const SQL_FRAGMENTS = [
  "5003 OR 1=1",
  "'; DROP TABLE organizations; --",
  "1' OR '1'='1",
  "paid_search') UNION SELECT key_hash FROM api_keys --",
  "$1",
  "%_\\",
  "::text",
  "pg_sleep(10)",
  "1; SELECT pg_sleep(10)",
] as const;

const CONTROL_STRINGS = [
  "abc\u0000def",
  "\u0000",
  "roas\u0000",
  "line\u0001feed",
  "tab\tinside",
  "new\nline",
  "bell\u0007",
  "esc\u001b[31mred",
  "del\u007f",
  "c1\u0085next",
  "lone \ud800 surrogate",
  "\udfff",
  "zero\u200bwidth",
  "rtl\u202eoverride",
] as const;

/** A string meant to break something: huge, control characters, SQL, odd Unicode, path tricks. */
export function hostileString(r: Random): string {
  switch (r.int(0, 9)) {
    case 0:
      return "x".repeat(r.pick([257, 4001, 100_000, 500_000]));
    case 1:
    case 2:
      return r.pick(CONTROL_STRINGS);
    case 3:
    case 4:
      return r.pick(SQL_FRAGMENTS);
    case 5:
      return r.pick(["", " ", "   \n\t ", "null", "undefined", "NaN", "Infinity", "-1", "1e309"]);
    case 6:
      return r.pick([
        "../../etc/passwd",
        "%ff",
        "%00",
        "a/b",
        "\\\\server\\share",
        "#{env.SECRET}",
        "{{7*7}}",
      ]);
    case 7:
      return r.pick(["😀".repeat(50), "é".repeat(300), "\u0301".repeat(100), "ß", "İ", "ﬀ"]);
    case 8:
      return `${r.pick(["roas", "channel", "spend", "campaign"])}${r.pick(["", " ", "_", "'", '"'])}`;
    default:
      return r.pick(["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"]);
  }
}

/** A number at the edge of what JSON or PostgreSQL can hold, or a raw token that is not JSON at all. */
export function hostileNumber(r: Random): number | RawJson {
  return r.pick<number | RawJson>([
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2_147_483_648,
    -2_147_483_649,
    5e-324,
    -0,
    0,
    -1,
    0.5,
    1e21,
    new RawJson("1e309"),
    new RawJson("-1e309"),
    new RawJson("NaN"),
    new RawJson("Infinity"),
    new RawJson("0x10"),
    new RawJson("1_000"),
    new RawJson("00012"),
  ]);
}

/** A value of any type, for a field that expects another one. */
export function wrongType(r: Random): unknown {
  switch (r.int(0, 8)) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return hostileNumber(r);
    case 3:
      return hostileString(r);
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return [hostileString(r), hostileNumber(r)];
    case 7:
      return new RawJson('{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}');
    default:
      return nested(r.pick([50, 500, 5000]));
  }
}

/** Arrays nested `depth` deep (JSON.parse and zod both recurse). */
function nested(depth: number): RawJson {
  return new RawJson(`${"[".repeat(depth)}${"]".repeat(depth)}`);
}
