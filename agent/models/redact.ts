/**
 * Redact secrets from a model provider's error text before it is logged. Providers echo the
 * request back in errors (OpenAI: "Incorrect API key provided: sk-proj-abc…"), proxies echo the
 * Authorization header, so anything that looks like a key is cut out. Callers never see these
 * texts at all (they get "model unavailable"); this is for the operator's log.
 */

const REDACTED = "[redacted]";

/** Patterns of secrets, most specific first. Each keeps its prefix so the log still says what it was. */
const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // "Bearer <token>" in an echoed header.
  [/\b(Bearer\s+)[^\s"',;]+/gi, `$1${REDACTED}`],
  // OpenAI-style keys: sk-..., sk-proj-..., sk-ant-... (and Slack-like xox?- tokens).
  [/\b(sk|rk|pk)-[A-Za-z0-9_-]{6,}/g, `$1-${REDACTED}`],
  [/\bxox[abprs]-[A-Za-z0-9-]{6,}/g, `xox-${REDACTED}`],
  // key=value and "key": "value" forms: api_key, apikey, api-key, access_token, secret, password, token.
  [
    /\b((?:api[_-]?key|access[_-]?token|auth[_-]?token|token|secret|password|authorization)["']?\s*[:=]\s*["']?)(?!Bearer\s|\[redacted\])[^\s"',;&]+/gi,
    `$1${REDACTED}`,
  ],
];

/**
 * The text with anything that looks like a secret replaced by "[redacted]".
 * @example redactSecrets("Incorrect API key provided: sk-proj-abc123xyz") // "Incorrect API key provided: sk-[redacted]"
 */
export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Redact `secrets` known by value (the configured API key itself, whatever its shape), then
 * anything that looks like one.
 * @example redactKnownSecrets("key abc is wrong", ["abc"]) // "key [redacted] is wrong"
 */
export function redactKnownSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return redactSecrets(out);
}
