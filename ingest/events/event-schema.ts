/**
 * The tracking endpoint's event model (zod). A batch is parsed in two steps: the envelope (an
 * array of at most MAX_EVENTS_PER_BATCH items) and then each event on its own, so one bad event is
 * reported by its index and field while the good ones are stored.
 */
import { z } from "zod";
import { safeText } from "../../lib/safe-text.ts";

/** Most events one request may carry. */
export const MAX_EVENTS_PER_BATCH = 1000;

const id = (what: string) => safeText({ max: 128, min: 1, trim: true }).describe(what);
const tag = safeText({ max: 256, trim: true });
const link = safeText({ max: 2048, trim: true }).refine((s) => URL.canParse(s), "expected an absolute URL");

/**
 * Event kinds: a page view, an explicit marketing touch, an order (a conversion), a consent choice,
 * and `identify` (the site names the customer behind an anonymous id: identity stitching).
 */
export const EVENT_TYPES = ["page", "touchpoint", "order", "consent", "identify"] as const;

/** One tracked event. */
export const trackedEventSchema = z
  .object({
    eventId: id("Unique per event (a UUID the site generates); a replay with the same id is ignored."),
    type: z.enum(EVENT_TYPES, { error: `expected one of: ${EVENT_TYPES.join(", ")}` }),
    ts: z.iso.datetime({ offset: true, error: "expected an ISO 8601 time, e.g. 2026-11-02T10:15:00Z" }),
    anonymousId: id("The browser's anonymous id (first-party cookie).").optional(),
    customerId: id("The id the site knows a signed-in customer by (its external id).").optional(),
    consent: z
      .object({
        analytics: z.boolean({ error: "expected true or false" }),
        marketing: z.boolean({ error: "expected true or false" }).optional(),
      })
      .strict(),
    url: link.optional().describe("The page URL; UTM parameters and click ids are read from it too."),
    referrer: link.optional(),
    userAgent: safeText({ max: 1024 }).optional().describe("The browser's user agent (bots are dropped)."),
    sessionStart: z
      .boolean()
      .optional()
      .describe("A page view that starts a visit: a touch even without UTM tags or referrer (direct)."),
    utm: z
      .object({
        source: tag.optional(),
        medium: tag.optional(),
        campaign: tag.optional(),
        term: tag.optional(),
        content: tag.optional(),
      })
      .strict()
      .optional(),
    clickIds: z
      .object({ gclid: tag.optional(), fbclid: tag.optional(), ttclid: tag.optional() })
      .strict()
      .optional(),
    order: z
      .object({
        orderId: id("The shop's order id: the same id from an import is the same order."),
        revenue: z.number({ error: "expected a number" }).finite().nonnegative().max(1e11),
        currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code, e.g. USD"),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!e.anonymousId && !e.customerId) {
      ctx.addIssue({ code: "custom", path: ["anonymousId"], message: "expected anonymousId or customerId" });
    }
    if (e.type === "identify" && !(e.anonymousId && e.customerId)) {
      ctx.addIssue({
        code: "custom",
        path: [e.anonymousId ? "customerId" : "anonymousId"],
        message: "an identify event needs both anonymousId and customerId",
      });
    }
    if (e.type === "order" && !e.order) {
      ctx.addIssue({
        code: "custom",
        path: ["order"],
        message: "an order event needs order {orderId, revenue, currency}",
      });
    }
    if (e.type !== "order" && e.order) {
      ctx.addIssue({ code: "custom", path: ["order"], message: "only an order event carries an order" });
    }
  });
export type TrackedEvent = z.infer<typeof trackedEventSchema>;

/** The request body: events are checked one by one afterwards. */
export const eventBatchSchema = z
  .object({
    events: z
      .array(z.unknown())
      .min(1, "at least one event is required")
      .max(MAX_EVENTS_PER_BATCH, `at most ${MAX_EVENTS_PER_BATCH} events per request`),
  })
  .strict();

/** One refused event: its position in the batch, the field and what was expected. */
export interface RejectedEvent {
  index: number;
  eventId?: string;
  field: string;
  message: string;
}

/**
 * Parse each item; the valid events keep their batch index.
 * @example parseEvents([{}]).rejected[0] // { index: 0, field: "eventId", message: "..." }
 */
export function parseEvents(items: readonly unknown[]): {
  valid: { index: number; event: TrackedEvent }[];
  rejected: RejectedEvent[];
} {
  const valid: { index: number; event: TrackedEvent }[] = [];
  const rejected: RejectedEvent[] = [];
  items.forEach((item, index) => {
    const r = trackedEventSchema.safeParse(item);
    if (r.success) {
      valid.push({ index, event: r.data });
      return;
    }
    const eventId =
      typeof item === "object" && item !== null && typeof (item as { eventId?: unknown }).eventId === "string"
        ? ((item as { eventId: string }).eventId.slice(0, 128) as string)
        : undefined;
    // Every issue of the event, so a caller fixes them in one round.
    for (const issue of r.error.issues.slice(0, 5)) {
      rejected.push({
        index,
        ...(eventId ? { eventId } : {}),
        field: issue.path.length ? issue.path.map(String).join(".") : "(event)",
        message: issue.message,
      });
    }
  });
  return { valid, rejected };
}
