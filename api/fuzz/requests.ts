/**
 * The fuzz workload: requests for every operation in /openapi.json, generated from its schemas and
 * then broken in one way each (a hostile value in the body or query, another content type, a
 * Content-Encoding the body is not in, a raw body that is not JSON, a bad path segment, a missing
 * or wrong key, a method the route lacks). Deterministic for a seed.
 */
import { gzipSync } from "node:zlib";
import { generate, type JsonSchema, mutate, type Vocabulary } from "./generate.ts";
import { hostileString, toJson } from "./hostile.ts";
import { createRandom, type Random } from "./random.ts";

/** One request to send. */
export interface FuzzRequest {
  /** `METHOD /openapi/path`, for counting per operation. */
  operation: string;
  /** How the request was made hostile (`valid` when it was not). */
  kind: string;
  method: string;
  /** Path with query string, percent-encoded as sent. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: "query" | "path"; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  security?: unknown[];
}

/** What the workload needs besides the document: keys to authenticate with and real words. */
export interface WorkloadContext {
  keys: { admin: string; analyst: string; viewer: string };
  vocab: Vocabulary;
  /** A custom metric key that exists, for /catalog/metrics/{key}. */
  customMetricKey: string;
}

const KINDS = [
  ["valid", 18],
  ["mutated", 42],
  ["content-type", 8],
  ["encoding", 8],
  ["raw-body", 8],
  ["path", 6],
  ["auth", 4],
  ["method", 3],
  ["query", 3],
] as const;

function pickKind(r: Random): string {
  const total = KINDS.reduce((s, [, w]) => s + w, 0);
  let roll = r.int(1, total);
  for (const [kind, w] of KINDS) {
    roll -= w;
    if (roll <= 0) return kind;
  }
  return "valid";
}

const BAD_SEGMENTS = [
  "%ff",
  "%E0%A4%A",
  "%00",
  "%",
  "..",
  "%2e%2e",
  "a%2Fb",
  "x".repeat(2000),
  "%C0%AF",
  "%uD800",
];
const CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/json; charset=utf-7",
  "application/json; charset=latin1",
  "application/jsonx",
  "*/*",
  "",
];
const ENCODINGS = ["gzip", "deflate", "br", "zstd", "compress", "foo", "gzip, gzip", "identity", "GZIP"];
const RAW_BODIES = [
  "",
  "{",
  "NaN",
  "null",
  "[]",
  '"a string"',
  '{"a":1}{"b":2}',
  "\ufeff{}",
  `{"x":"${"\\u0000".repeat(1000)}"}`,
  `[${"1,".repeat(300_000)}1]`,
  `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
  "\u0000\u0001\u0002",
];

/** Fill `{name}` path parameters. */
function fillPath(template: string, value: (name: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => value(name));
}

/** Query parameters generated from their schemas, as strings. */
function queryParams(
  op: OpenApiOperation,
  ctx: WorkloadContext,
  r: Random,
  hostile: boolean,
): URLSearchParams {
  const out = new URLSearchParams();
  const params = (op.parameters ?? []).filter((p) => p.in === "query");
  const broken = hostile && params.length ? r.pick(params).name : undefined;
  for (const p of params) {
    if (!p.required && p.name !== broken && !r.chance(0.4)) continue;
    const v = generate(p.schema, { root: p.schema, vocab: ctx.vocab, r, name: p.name });
    if (p.name === broken) {
      if (r.chance(0.2)) out.append(p.name, String(v));
      out.append(p.name, r.chance(0.5) ? hostileString(r) : toJson(mutate(v, r)));
    } else out.append(p.name, typeof v === "string" ? v : toJson(v));
  }
  return out;
}

/** One request for operation `method path` of the document, broken in the way `kind` says. */
function requestFor(
  path: string,
  method: string,
  op: OpenApiOperation,
  kind: string,
  ctx: WorkloadContext,
  r: Random,
): FuzzRequest {
  const operation = `${method.toUpperCase()} ${path}`;
  const headers: Record<string, string> = {};
  if (op.security?.length) {
    headers.authorization = `Bearer ${r.chance(0.85) ? ctx.keys.admin : r.pick([ctx.keys.analyst, ctx.keys.viewer])}`;
  }
  let urlPath = fillPath(path, () => (r.chance(0.7) ? ctx.customMetricKey : r.pick(["nope", "roas"])));
  const query = queryParams(op, ctx, r, kind === "mutated" || kind === "query");
  let body: Buffer | undefined;
  const schema = op.requestBody?.content["application/json"].schema;
  if (schema) {
    const value = generate(schema, { root: schema, vocab: ctx.vocab, r });
    body = Buffer.from(toJson(kind === "mutated" ? mutate(value, r) : value));
    headers["content-type"] = "application/json";
  }
  let m = method.toUpperCase();
  switch (kind) {
    case "content-type": {
      body ??= Buffer.from(r.pick(['{"question":"hi"}', "question=hi", "<q>hi</q>"]));
      const type = r.pick(CONTENT_TYPES);
      if (type) headers["content-type"] = type;
      else delete headers["content-type"];
      break;
    }
    case "encoding": {
      body ??= Buffer.from("{}");
      const encoding = r.pick(ENCODINGS);
      headers["content-encoding"] = encoding;
      if (encoding === "gzip" && r.chance(0.5)) body = gzipSync(body);
      headers["content-type"] = "application/json";
      break;
    }
    case "raw-body":
      body = Buffer.from(r.pick(RAW_BODIES));
      headers["content-type"] = r.pick([
        "application/json",
        "application/json; charset=utf-8",
        "application/merge-patch+json",
      ]);
      break;
    case "path": {
      const segment = r.pick(BAD_SEGMENTS);
      urlPath = path.includes("{")
        ? fillPath(path, () => segment)
        : r.chance(0.5)
          ? `${urlPath}/${segment}`
          : urlPath.replace(/\/([^/]+)$/, `/$1${segment}`);
      break;
    }
    case "auth":
      headers.authorization = r.pick([
        "",
        "Bearer",
        "Bearer x",
        "Basic YTpi",
        `Bearer ${ctx.keys.admin}x`,
        "Bearer %00",
      ]);
      break;
    case "method":
      m = r.pick(["PUT", "PATCH", "DELETE", "POST", "GET", "OPTIONS"]);
      break;
    case "query":
      urlPath += r.pick([
        "?%ff=1",
        "?metric=%ff",
        "?a=%00",
        "?metric[]=x&metric[]=y",
        `?q=${"%41".repeat(3000)}`,
      ]);
      break;
  }
  const qs = query.toString();
  if (qs && !urlPath.includes("?")) urlPath += `?${qs}`;
  if (body && (m === "GET" || m === "HEAD" || m === "OPTIONS")) body = undefined;
  return { operation, kind, method: m, path: urlPath, headers, body };
}

/**
 * `count` requests spread evenly over the document's operations (round robin, so every operation
 * gets its share), each of a kind drawn with fixed weights from `seed` (or all `valid`).
 * @example buildWorkload(doc, ctx, { count: 100, seed: 7 }).length // 100
 */
export function buildWorkload(
  doc: { paths: Record<string, Record<string, OpenApiOperation>> },
  ctx: WorkloadContext,
  opts: { count: number; seed: number; onlyValid?: boolean },
): FuzzRequest[] {
  const r = createRandom(opts.seed);
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return Array.from({ length: opts.count }, (_, i) => {
    const { path, method, op } = ops[i % ops.length]!;
    return requestFor(path, method, op, opts.onlyValid ? "valid" : pickKind(r), ctx, r);
  });
}
