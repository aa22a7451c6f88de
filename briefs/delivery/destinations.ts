/**
 * Where a schedule or an alert delivers: a signed webhook, a Slack channel (through the
 * organization's Slack installation) or e-mail addresses (through SMTP_URL). Parsed with zod at
 * the API; stored as JSON on the schedule or rule.
 */
import { z } from "zod";

export const webhookDestination = z
  .object({
    type: z.literal("webhook"),
    url: z
      .string()
      .max(2000)
      .url("expected an http(s) URL")
      .refine((u) => /^https?:\/\//i.test(u), "expected an http or https URL")
      .describe("Receiver URL, e.g. https://hooks.example.com/briefs"),
    secret: z
      .string()
      .min(16, "expected at least 16 characters")
      .max(200)
      .optional()
      .describe("HMAC-SHA256 signing secret; generated (and shown once) when omitted"),
  })
  .strict();

export const slackDestination = z
  .object({
    type: z.literal("slack"),
    channel: z
      .string()
      .regex(/^[CGD][A-Z0-9]{2,}$|^#[a-z0-9._-]{1,80}$/, "expected a channel id (C0123ABC) or #name")
      .describe("Slack channel id or #name, e.g. C0123ABC"),
  })
  .strict();

export const emailDestination = z
  .object({
    type: z.literal("email"),
    to: z.array(z.string().email("expected an e-mail address").max(254)).min(1).max(20),
  })
  .strict();

export const destinationSchema = z.discriminatedUnion("type", [
  webhookDestination,
  slackDestination,
  emailDestination,
]);
export type Destination = z.infer<typeof destinationSchema>;

/** A stored destination: webhooks always carry their secret. */
export type StoredDestination =
  | (z.infer<typeof webhookDestination> & { secret: string })
  | z.infer<typeof slackDestination>
  | z.infer<typeof emailDestination>;

export const destinationsInput = z
  .array(destinationSchema)
  .min(1, "expected at least one destination")
  .max(10);

/** A destination as the API shows it after creation: never the webhook secret. */
export function publicDestination(d: StoredDestination): Record<string, unknown> {
  if (d.type === "webhook") return { type: d.type, url: d.url, secret: "(set)" };
  return { ...d };
}

/** A short label for logs and the attempts table (no secrets, no full e-mail addresses). */
export function destinationLabel(d: StoredDestination): string {
  if (d.type === "webhook") return `webhook ${new URL(d.url).host}`;
  if (d.type === "slack") return `slack ${d.channel}`;
  return `email (${d.to.length} recipient${d.to.length === 1 ? "" : "s"})`;
}

/**
 * Give every webhook a signing secret (a random one when none was given). Returns the stored
 * destinations and the secrets to show once, by destination index.
 */
export function withSecrets(
  input: readonly Destination[],
  random: () => string,
): { stored: StoredDestination[]; secrets: { destination: number; secret: string }[] } {
  const secrets: { destination: number; secret: string }[] = [];
  const stored = input.map((d, i): StoredDestination => {
    if (d.type !== "webhook") return d;
    const secret = d.secret ?? random();
    secrets.push({ destination: i, secret });
    return { ...d, secret };
  });
  return { stored, secrets };
}
