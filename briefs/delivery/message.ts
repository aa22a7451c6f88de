/** What a producer hands to delivery: one message rendered per destination kind. */
export interface DeliveryMessage {
  /** One line: "Weekly brief: Acme Outdoor, 2026-10-26 to 2026-11-01". */
  title: string;
  /** Plain text (Slack mrkdwn-safe, e-mail body). */
  text: string;
  /** The structured content (the answer contract's data and sections), sent as JSON to webhooks. */
  data: unknown;
  /** A link back into the chat web app, when there is a question to continue with. */
  link?: string;
}

/** Everything a sender knows about the delivery it makes. */
export interface DeliveryContext {
  organizationId: number;
  /** `delivery_runs.id`: receivers dedupe on it (sent as `X-Delivery-Id`). */
  runId: number;
  source: "schedule" | "alert";
  sourceId: number;
  periodKey: string;
}

/** One destination's outcome; an attempt row is written from it. */
export interface SendResult {
  ok: boolean;
  httpStatus?: number;
  error?: string;
}
