import type { AgentAnswer } from "../contract.ts";
import type { ValueLabels } from "./value-labels.ts";

/** What a successful tool result contributes to the answer. */
export interface Presentation {
  /** Deterministic text from a template: every number in it is grounded in the tool result. */
  text: string;
  data: AgentAnswer["data"];
  chart?: Record<string, unknown>;
  provenance: Record<string, unknown>;
}

/** Per-request facts presenters need (never the organization's identity beyond its settings). */
export interface PresentContext {
  currency: string;
  timeZone: string;
  /** Channel and platform labels by stored value, so answers read "Paid Search", not `paid_search`. */
  valueLabels?: ValueLabels;
  /** The question being answered, for presenters whose text depends on what was asked (targets). */
  question?: string;
}

/** Turns one tool's successful data into a presentation. */
export type Presenter = (data: unknown, args: Record<string, unknown>, ctx: PresentContext) => Presentation;
