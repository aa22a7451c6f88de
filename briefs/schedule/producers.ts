/**
 * What a schedule delivers is produced by an injected producer per kind (brief, report), so the
 * scheduler knows nothing about briefs or reports and tests can count deliveries of any content.
 */
import type { Queryable } from "../../db/database.ts";
import type { DeliveryMessage } from "../delivery/message.ts";
import type { ScheduleKind } from "./repository.ts";

export interface ProduceContext {
  db: Queryable;
  organizationId: number;
  timeZone: string;
  /** The fire time the run is for (the period is relative to it, in the organization's zone). */
  firedAt: Date;
  periodKey: string;
  /** The schedule's target (`{ period }` for a brief, `{ reportId }` for a saved report). */
  target: Record<string, unknown>;
}

export type Producer = (ctx: ProduceContext) => Promise<DeliveryMessage>;

/** Producers by schedule kind; a kind without one fails its runs with a clear error. */
export type Producers = Partial<Record<ScheduleKind, Producer>>;
