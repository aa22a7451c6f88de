import { Router } from "express";
import { z } from "zod";
import { isBotUserAgent } from "../../ingest/events/bots.ts";
import { eventBatchSchema, parseEvents, type RejectedEvent } from "../../ingest/events/event-schema.ts";
import { storeEventBatch } from "../../ingest/events/store-batch.ts";
import { sharedRefresher } from "../../ingest/refresh/refresher.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, tenantOf } from "../tenant.ts";

/** `?wait=refresh` answers after the attribution refresh the batch queued. */
export const eventsQuery = z
  .object({
    wait: z
      .enum(["store", "refresh"])
      .default("store")
      .describe("Answer once stored, or after the attribution refresh too."),
  })
  .strict();

/**
 * POST /api/v1/events: a batch of up to 1,000 tracking events (page views, touchpoints, orders,
 * consent choices). Each event is validated on its own: a bad one is reported by its index and
 * field, the good ones are stored. Stored once per event id, so a replayed batch adds nothing.
 * A write key (role `writer`) or an admin key may send.
 *
 * A batch that adds touches or orders (or joins an anonymous id to a customer) queues those
 * customers for an attribution refresh in its own transaction and the shared refresher runs it in
 * the background (`refreshJobId`, progress at `GET /api/v1/import/jobs/:id`): tracked orders get
 * credit without a manual refresh. `?wait=refresh` answers after it (scripts and tests).
 */
export function eventsRouter(deps: AppDeps): Router {
  const router = Router();
  const refresher = sharedRefresher({ db: deps.db, embedder: deps.embedder, logger: deps.logger });
  router.post("/", async (req, res) => {
    const tenant = tenantOf(res);
    requireRole(tenant, ["writer", "admin"]);
    const { wait } = eventsQuery.parse(req.query);
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
    const refresh =
      outcome.refreshJobId === null
        ? undefined
        : refresher.schedule(tenant.organizationId, outcome.refreshJobId, { dataDriven: "deferred" });
    if (wait === "refresh") await refresh;
    res.json({
      received: batch.events.length,
      ...outcome,
      rejected: rejected.sort((a: RejectedEvent, b: RejectedEvent) => a.index - b.index),
    });
  });
  return router;
}
