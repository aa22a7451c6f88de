/**
 * Storage of an organization's channel rules (table `channel_rules`): read in order, replaced as a
 * whole. Rules are parsed with zod on the way in and on the way out, so a stored rule that no longer
 * fits the schema fails loudly instead of classifying silently wrong.
 */
import { z } from "zod";
import type { Queryable } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import { type ChannelRule, channelRuleSchema } from "./channel-rules.ts";

/** The organization's rules, in evaluation order. */
export async function readChannelRules(db: Queryable, organizationId: number): Promise<ChannelRule[]> {
  const rows = await db.query<{ position: number; rule: unknown }>(
    "SELECT position, rule FROM channel_rules WHERE organization_id = $1 ORDER BY position",
    [organizationId],
  );
  return rows.map((r) => {
    const parsed = channelRuleSchema.safeParse(typeof r.rule === "string" ? JSON.parse(r.rule) : r.rule);
    if (!parsed.success) {
      throw new AppError(
        "internal",
        `stored channel rule ${r.position} is invalid: ${z.prettifyError(parsed.error)}`,
      );
    }
    return parsed.data;
  });
}

/** Replace the organization's rules with `rules` (call inside a transaction). */
export async function replaceChannelRules(
  db: Queryable,
  organizationId: number,
  rules: readonly ChannelRule[],
): Promise<void> {
  await db.query("DELETE FROM channel_rules WHERE organization_id = $1", [organizationId]);
  if (rules.length === 0) return;
  const values = rules.map((_, i) => `($1, $${2 * i + 2}, $${2 * i + 3}::jsonb)`).join(", ");
  const params: unknown[] = [organizationId];
  for (const [i, rule] of rules.entries()) params.push(i, JSON.stringify(rule));
  await db.query(`INSERT INTO channel_rules (organization_id, position, rule) VALUES ${values}`, params);
}
