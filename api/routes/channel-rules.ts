import { Router } from "express";
import { z } from "zod";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { CHANNEL_DEFINITIONS } from "../../ingest/channels/channel-keys.ts";
import { channelRuleListSchema, channelRuleSchema } from "../../ingest/channels/channel-rules.ts";
import { readChannelRules, replaceChannelRules } from "../../ingest/channels/rules-store.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, tenantOf } from "../tenant.ts";

/** GET and PUT /api/v1/channel-rules response (documented in /openapi.json). */
export const channelRulesResponse = z.object({
  organization: z.string(),
  rules: z.array(channelRuleSchema).describe("Evaluated in order before GA4's default channel grouping."),
  channels: z
    .array(z.object({ key: z.string(), label: z.string(), isPaid: z.boolean(), ga4Group: z.string() }))
    .describe("The channel keys a rule may assign."),
});

/**
 * /api/v1/channel-rules: the organization's own source/medium/campaign -> channel rules (admin).
 * GET lists them; PUT replaces the whole list (order matters: the first matching rule wins), in one
 * transaction with an audit entry.
 */
export function channelRulesRouter(deps: AppDeps): Router {
  const router = Router();
  const body = (slug: string, rules: unknown[]) => ({
    organization: slug,
    rules,
    channels: CHANNEL_DEFINITIONS,
  });

  router.get("/", async (_req, res) => {
    const t = tenantOf(res);
    requireRole(t, ["admin"]);
    res.json(body(t.slug, await readChannelRules(deps.db, t.organizationId)));
  });

  router.put("/", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, ["admin"]);
    const { rules } = channelRuleListSchema.parse(req.body ?? {});
    await deps.db.transaction(async (tx) => {
      await replaceChannelRules(tx, t.organizationId, rules);
      await recordAudit(tx, {
        organizationId: t.organizationId,
        actor: `key:${t.keyId}`,
        action: "channel_rules.replace",
        details: { rules: rules.length },
      });
    });
    res.json(body(t.slug, rules));
  });

  return router;
}
