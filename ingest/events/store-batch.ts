/**
 * Writes one batch of parsed tracking events in one transaction: consent records, customers (by
 * external id), the events themselves (once per event id), and the touchpoints and conversions the
 * analytics read. Everything derived is written only for events stored for the first time, so a
 * replayed batch adds nothing.
 *
 * Security note: values travel as array parameters (unnest); identifiers are our own constants.
 */
import type { Database, Queryable } from "../../db/database.ts";
import { ensureChannels } from "../adapters/import-platform-export.ts";
import { readChannelRules } from "../channels/rules-store.ts";
import { createImportJob, finishImportJob } from "../import/jobs.ts";
import type { CampaignRef, MappedTouch } from "./channel.ts";
import type { TrackedEvent } from "./event-schema.ts";
import { mapTrackedTouch } from "./map-touch.ts";
import { linkedSubjects, stitchIdentities } from "./stitch.ts";
import { isTouch, originJson, touchOrigin } from "./touch-origin.ts";

/** The job kind of the attribution refresh a tracking batch asks for (`import_jobs.kind`). */
export const EVENTS_JOB_KIND = "tracked_events";

/** What happened to a batch's valid events. */
export interface BatchOutcome {
  /** Events stored now (first time their id was seen). */
  stored: number;
  /** Events whose id was already stored (a replay): nothing was written for them. */
  duplicates: number;
  /** Events without analytics consent: not stored. */
  noConsent: number;
  /** Events from a bot user agent: not stored. */
  bots: number;
  /** Consent choices recorded now. */
  consentRecorded: number;
  touchpoints: number;
  conversions: number;
  /** Order events whose order id the organization already had (e.g. from a shop import): one order. */
  ordersAlreadyKnown: number;
  /** Anonymous ids joined to a known customer now (identity stitching). */
  identitiesLinked: number;
  /** Anonymous customers whose rows moved to the known customer now. */
  customersMerged: number;
  /** Customers queued for an attribution refresh (their touches or orders changed). */
  customersQueued: number;
  /** The job to schedule on the refresher (null when nothing attribution reads changed). */
  refreshJobId: number | null;
}

/** The customer's external id: the site's own id, or the anonymous id in its own namespace. */
export function subjectOf(e: Pick<TrackedEvent, "customerId" | "anonymousId">): string {
  return e.customerId ?? `anon:${e.anonymousId}`;
}

interface Row {
  event: TrackedEvent;
  subject: string;
  touch: MappedTouch | undefined;
  attribution: string | null;
}

/**
 * Store `events` (already validated) for `organizationId`. `userAgent` is the request's, used for
 * events that do not carry their own.
 */
export async function storeEventBatch(
  db: Database,
  organizationId: number,
  events: readonly TrackedEvent[],
  opts: { userAgent?: string; isBot: (ua: string | undefined) => boolean },
): Promise<BatchOutcome> {
  const out: BatchOutcome = {
    stored: 0,
    duplicates: 0,
    noConsent: 0,
    bots: 0,
    consentRecorded: 0,
    touchpoints: 0,
    conversions: 0,
    ordersAlreadyKnown: 0,
    identitiesLinked: 0,
    customersMerged: 0,
    customersQueued: 0,
    refreshJobId: null,
  };
  const consents: TrackedEvent[] = [];
  const kept: TrackedEvent[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (opts.isBot(e.userAgent ?? opts.userAgent)) out.bots++;
    else if (e.type === "consent") consents.push(e);
    else if (!e.consent.analytics) out.noConsent++;
    else if (seen.has(e.eventId)) out.duplicates++;
    else {
      seen.add(e.eventId);
      kept.push(e);
    }
  }
  return db.transaction(async (tx) => {
    out.consentRecorded = await insertConsents(tx, organizationId, consents);
    // A consent event is a record, not a tracked event: a replayed one counts as a duplicate.
    out.duplicates += consents.length - out.consentRecorded;
    if (kept.length === 0) return out;
    const campaigns = await campaignIndex(tx, organizationId);
    const rules = await readChannelRules(tx, organizationId);
    const anonymousOnly = kept.flatMap((e) => (!e.customerId && e.anonymousId ? [e.anonymousId] : []));
    const linked = await linkedSubjects(tx, organizationId, [...new Set(anonymousOnly)]);
    const rows: Row[] = kept.map((event) => {
      const origin = touchOrigin(event);
      const tags = originJson(origin);
      return {
        event,
        subject:
          (event.anonymousId && !event.customerId && linked.get(event.anonymousId)) || subjectOf(event),
        touch: isTouch(event, origin) ? mapTrackedTouch(origin, campaigns, rules) : undefined,
        attribution: tags ? JSON.stringify(tags) : null,
      };
    });
    // GA4 groups the demo's channel list never needed (organic social, ...) get their channel row.
    await ensureChannels(
      tx,
      organizationId,
      rows.flatMap((r) => (r.touch ? [r.touch.channel] : [])),
    );
    const customerIds = await upsertCustomers(tx, organizationId, rows);
    const inserted = await insertEvents(tx, organizationId, rows, customerIds);
    out.stored = inserted.size;
    out.duplicates += rows.length - inserted.size;
    const fresh = rows.filter((r) => inserted.has(r.event.eventId));
    out.touchpoints = await insertTouchpoints(tx, organizationId, fresh, customerIds, inserted);
    const orders = fresh.filter((r) => r.event.order);
    out.conversions = await insertConversions(tx, organizationId, orders, customerIds);
    out.ordersAlreadyKnown = orders.length - out.conversions;
    const stitched = await stitchIdentities(tx, organizationId, kept, customerIds);
    out.identitiesLinked = stitched.linked;
    out.customersMerged = stitched.merged;
    // Whose attribution changed: customers with a new touch or order, and every customer an
    // anonymous one merged into (their journeys grew). Queued in this transaction, so a crash
    // before the refresh loses nothing (the next refresh finds them), as the import does.
    const touched = new Set<number>(stitched.movedTo.values());
    for (const r of fresh) {
      if (!(r.event.order || r.touch)) continue;
      const id = customerIds.get(r.subject)!;
      touched.add(stitched.movedTo.get(id) ?? id);
    }
    if (touched.size > 0) {
      await tx.query(
        `INSERT INTO refresh_queue (organization_id, customer_id)
         SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING`,
        [organizationId, [...touched]],
      );
      out.customersQueued = touched.size;
      out.refreshJobId = await createImportJob(tx, {
        organizationId,
        kind: EVENTS_JOB_KIND,
        source: "http:events",
        maxErrors: 0,
      });
      await finishImportJob(tx, organizationId, out.refreshJobId, "succeeded", null, "pending");
    }
    return out;
  });
}

async function campaignIndex(tx: Queryable, organizationId: number): Promise<Map<string, CampaignRef>> {
  const rows = await tx.query<{ id: number; name: string; channel: string; platform: string }>(
    "SELECT id, name, channel, platform FROM campaigns WHERE organization_id = $1",
    [organizationId],
  );
  return new Map(
    rows.map((r) => [r.name.trim().toLowerCase(), { id: r.id, channel: r.channel, platform: r.platform }]),
  );
}

async function insertConsents(tx: Queryable, organizationId: number, events: readonly TrackedEvent[]) {
  if (events.length === 0) return 0;
  const rows = await tx.query(
    `INSERT INTO consent_records (organization_id, subject_id, event_id, analytics, marketing, ts)
     SELECT $1, u.subject_id, u.event_id, u.analytics, u.marketing, u.ts
     FROM unnest($2::text[], $3::text[], $4::boolean[], $5::boolean[], $6::timestamptz[])
       AS u(subject_id, event_id, analytics, marketing, ts)
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [
      organizationId,
      events.map(subjectOf),
      events.map((e) => e.eventId),
      events.map((e) => e.consent.analytics),
      events.map((e) => e.consent.marketing ?? false),
      events.map((e) => e.ts),
    ],
  );
  return rows.length;
}

/** Customers by external id (created on first sight); returns external id -> internal id. */
async function upsertCustomers(tx: Queryable, organizationId: number, rows: readonly Row[]) {
  const firstSeen = new Map<string, string>();
  for (const r of rows) {
    const prev = firstSeen.get(r.subject);
    if (prev === undefined || Date.parse(r.event.ts) < Date.parse(prev)) firstSeen.set(r.subject, r.event.ts);
  }
  const subjects = [...firstSeen.keys()];
  await tx.query(
    `INSERT INTO customers (organization_id, id, external_id, first_seen_at)
     SELECT $1, nextval('tracked_row_ids'), u.external_id, u.first_seen_at
     FROM unnest($2::text[], $3::timestamptz[]) AS u(external_id, first_seen_at)
     ON CONFLICT (organization_id, external_id) DO UPDATE SET first_seen_at = excluded.first_seen_at
       WHERE excluded.first_seen_at < customers.first_seen_at`,
    [organizationId, subjects, subjects.map((s) => firstSeen.get(s)!)],
  );
  const found = await tx.query<{ id: number; externalId: string }>(
    `SELECT id, external_id AS "externalId" FROM customers WHERE organization_id = $1 AND external_id = ANY($2::text[])`,
    [organizationId, subjects],
  );
  return new Map(found.map((r) => [r.externalId, r.id]));
}

/** Insert the events; returns the ids stored now with their touchpoint id (null when not a touch). */
async function insertEvents(
  tx: Queryable,
  organizationId: number,
  rows: readonly Row[],
  customerIds: ReadonlyMap<string, number>,
): Promise<Map<string, number | null>> {
  const inserted = await tx.query<{ eventId: string; touchpointId: number | null }>(
    `INSERT INTO tracked_events (organization_id, event_id, type, customer_id, anonymous_id, ts, url,
       referrer, attribution, touchpoint_id, order_id)
     SELECT $1, u.event_id, u.type, u.customer_id, u.anonymous_id, u.ts, u.url, u.referrer,
       u.attribution::jsonb, CASE WHEN u.is_touch THEN nextval('tracked_row_ids') END, u.order_id
     FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[], $6::timestamptz[], $7::text[],
       $8::text[], $9::text[], $10::boolean[], $11::text[])
       AS u(event_id, type, customer_id, anonymous_id, ts, url, referrer, attribution, is_touch, order_id)
     ON CONFLICT (organization_id, event_id) DO NOTHING
     RETURNING event_id AS "eventId", touchpoint_id AS "touchpointId"`,
    [
      organizationId,
      rows.map((r) => r.event.eventId),
      rows.map((r) => r.event.type),
      rows.map((r) => customerIds.get(r.subject)!),
      rows.map((r) => r.event.anonymousId ?? null),
      rows.map((r) => r.event.ts),
      rows.map((r) => r.event.url ?? null),
      rows.map((r) => r.event.referrer ?? null),
      rows.map((r) => r.attribution),
      rows.map((r) => r.touch !== undefined),
      rows.map((r) => r.event.order?.orderId ?? null),
    ],
  );
  return new Map(inserted.map((r) => [r.eventId, r.touchpointId === null ? null : Number(r.touchpointId)]));
}

async function insertTouchpoints(
  tx: Queryable,
  organizationId: number,
  rows: readonly Row[],
  customerIds: ReadonlyMap<string, number>,
  ids: ReadonlyMap<string, number | null>,
): Promise<number> {
  const touches = rows.filter((r) => r.touch && ids.get(r.event.eventId) != null);
  if (touches.length === 0) return 0;
  await tx.query(
    `INSERT INTO touchpoints (organization_id, id, customer_id, ts, channel, platform, campaign_id, source, medium)
     SELECT $1, u.id, u.customer_id, u.ts, u.channel, u.platform, u.campaign_id, u.source, u.medium
     FROM unnest($2::bigint[], $3::bigint[], $4::timestamptz[], $5::text[], $6::text[], $7::int[],
       $8::text[], $9::text[]) AS u(id, customer_id, ts, channel, platform, campaign_id, source, medium)`,
    [
      organizationId,
      touches.map((r) => ids.get(r.event.eventId)!),
      touches.map((r) => customerIds.get(r.subject)!),
      touches.map((r) => r.event.ts),
      touches.map((r) => r.touch!.channel),
      touches.map((r) => r.touch!.platform),
      touches.map((r) => r.touch!.campaignId),
      touches.map((r) => r.touch!.source),
      touches.map((r) => r.touch!.medium),
    ],
  );
  return touches.length;
}

/**
 * Orders as conversions. The order id is the key per organization, so an order the shop import
 * already wrote (or a second event for it) is the same order and is not counted twice.
 */
async function insertConversions(
  tx: Queryable,
  organizationId: number,
  rows: readonly Row[],
  customerIds: ReadonlyMap<string, number>,
): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx.query(
    `INSERT INTO conversions (organization_id, order_id, customer_id, ts, revenue, currency, is_new_customer)
     SELECT $1, u.order_id, u.customer_id, u.ts, u.revenue, u.currency,
       row_number() OVER (PARTITION BY u.customer_id ORDER BY u.ts, u.order_id) = 1
       AND NOT EXISTS (SELECT 1 FROM conversions c
         WHERE c.organization_id = $1 AND c.customer_id = u.customer_id AND c.ts < u.ts)
     FROM unnest($2::text[], $3::bigint[], $4::timestamptz[], $5::numeric[], $6::text[])
       AS u(order_id, customer_id, ts, revenue, currency)
     ON CONFLICT (organization_id, order_id) DO NOTHING
     RETURNING order_id`,
    [
      organizationId,
      rows.map((r) => r.event.order!.orderId),
      rows.map((r) => customerIds.get(r.subject)!),
      rows.map((r) => r.event.ts),
      rows.map((r) => r.event.order!.revenue.toFixed(2)),
      rows.map((r) => r.event.order!.currency),
    ],
  );
  return inserted.length;
}
