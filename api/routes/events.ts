import { Router } from "express";
import { isBotUserAgent } from "../../ingest/events/bots.ts";
import { eventBatchSchema, parseEvents, type RejectedEvent } from "../../ingest/events/event-schema.ts";
import { storeEventBatch } from "../../ingest/events/store-batch.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, tenantOf } from "../tenant.ts";

/**
 * POST /api/v1/events: a batch of up to 1,000 tracking events (page views, touchpoints, orders,
 * consent choices). Each event is validated on its own: a bad one is reported by its index and
 * field, the good ones are stored. Stored once per event id, so a replayed batch adds nothing.
 * A write key (role `writer`) or an admin key may send.
 */
export function eventsRouter(deps: AppDeps): Router {
  const router = Router();
  router.post("/", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, ["writer", "admin"]);
    const batch = eventBatchSchema.parse(req.body ?? {});
    const { valid, rejected } = parseEvents(batch.events);
    // Amounts are summed in the organization's currency; conversion needs a rate table first.
    const accepted = valid.filter(({ index, event }) => {
      if (!event.order || event.order.currency === tenant.currency) return true;
      rejected.push({
        index,
        eventId: event.eventId,
        field: "order.currency",
        message: `expected the organization's currency ${tenant.currency}, got ${event.order.currency}`,
      });
      return false;
    });
    const outcome = await storeEventBatch(
      deps.db,
      tenant.organizationId,
      accepted.map((v) => v.event),
      { userAgent: req.get("user-agent"), isBot: isBotUserAgent },
    );
    res.json({
      received: batch.events.length,
      ...outcome,
      rejected: rejected.sort((a: RejectedEvent, b: RejectedEvent) => a.index - b.index),
    });
  });
  return router;
}
