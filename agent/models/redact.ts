/**
 * Redact secrets from a model provider's error text before it is logged. Providers echo the
 * request back in errors (OpenAI: "Incorrect API key provided: sk-proj-abc…"), proxies echo the
 * Authorization header. Callers never see these texts at all (they get "model unavailable"); this
 * is for the operator's log. The patterns are the logger's own (lib/redact.ts).
 */
import { REDACTED, redactSecrets } from "../../lib/redact.ts";

export { redactSecrets };

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
