/**
 * An organization's own channel rules: evaluated in order before GA4's defaults, first match wins.
 * A rule matches on any of source, medium and campaign (all that it names must match; it must name
 * at least one), case-insensitively, by exact value, prefix, suffix or substring. Rules are plain
 * string operations, never user-supplied regular expressions, so no rule can make classification
 * slow (no catastrophic backtracking on hostile input).
 */
import { z } from "zod";
import { CHANNEL_KEY_LIST } from "./channel-keys.ts";

const matcher = z
  .object({
    op: z.enum(["exact", "prefix", "suffix", "contains"], {
      error: "expected one of: exact, prefix, suffix, contains",
    }),
    value: z.string().trim().min(1, "expected a non-empty value").max(200, "expected at most 200 characters"),
  })
  .strict();

/** One organization rule, as stored and as PUT on /api/v1/channel-rules. */
export const channelRuleSchema = z
  .object({
    source: matcher
      .optional()
      .describe("Matches utm_source (or the source derived from a click id or referrer)."),
    medium: matcher.optional().describe("Matches utm_medium, e.g. { op: 'exact', value: 'newsletter' }."),
    campaign: matcher.optional().describe("Matches utm_campaign."),
    channel: z.enum(CHANNEL_KEY_LIST, { error: `expected one of: ${CHANNEL_KEY_LIST.join(", ")}` }),
    platform: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,64}$/, "expected a platform key such as meta_ads")
      .nullable()
      .optional()
      .describe("The platform to record, e.g. 'meta_ads'; omitted: derived from the source."),
  })
  .strict()
  .refine((r) => r.source || r.medium || r.campaign, {
    message: "expected at least one of source, medium, campaign",
  });

export type ChannelRule = z.infer<typeof channelRuleSchema>;
export type Matcher = z.infer<typeof matcher>;

/** The whole rule list of one organization (PUT replaces it). */
export const channelRuleListSchema = z
  .object({ rules: z.array(channelRuleSchema).max(500, "expected at most 500 rules") })
  .strict();

/** True when `value` satisfies `m` (case-insensitive). */
export function matches(m: Matcher, value: string): boolean {
  const v = value.toLowerCase();
  const w = m.value.toLowerCase();
  switch (m.op) {
    case "exact":
      return v === w;
    case "prefix":
      return v.startsWith(w);
    case "suffix":
      return v.endsWith(w);
    case "contains":
      return v.includes(w);
  }
}

/** The index of the first rule that matches, or -1. */
export function firstMatchingRule(
  rules: readonly ChannelRule[],
  s: { source: string; medium: string; campaign: string },
): number {
  return rules.findIndex(
    (r) =>
      (!r.source || matches(r.source, s.source)) &&
      (!r.medium || matches(r.medium, s.medium)) &&
      (!r.campaign || matches(r.campaign, s.campaign)),
  );
}
