/**
 * The brief producer: a scheduled brief is the same deterministic brief as `POST /agents/brief`
 * (briefs/build-brief.ts), built at the run's fire time for the schedule's period, so every figure
 * in the delivery is the core's and the narrative is the checked template.
 */
import type { Database } from "../../db/database.ts";
import { buildBrief } from "../build-brief.ts";
import type { DeliveryMessage } from "../delivery/message.ts";
import { briefPeriodSchema } from "../period.ts";
import type { ProduceContext, Producer } from "./producers.ts";

const PERIOD_WORDS: Record<string, string> = { last_week: "last week", last_month: "last month" };

/** A producer of the full brief; `appUrl` is the web app's base URL for the link into the chat. */
export function briefProducer(db: Database, appUrl: string): Producer {
  return async (ctx: ProduceContext): Promise<DeliveryMessage> => {
    const period = briefPeriodSchema.parse(ctx.target.period ?? { preset: "last_week" });
    const brief = await buildBrief({ db, now: ctx.firedAt }, { organizationId: ctx.organizationId, period });
    const preset = "preset" in period ? period.preset : undefined;
    const question = `what moved ${preset ? PERIOD_WORDS[preset] : "in this period"} and why?`;
    const kind = preset === "last_month" ? "Monthly" : preset === "last_week" ? "Weekly" : "Custom";
    return {
      title: `${kind} brief: ${brief.organization.name}, ${brief.period.from} to ${brief.period.to}`,
      text: brief.narrative,
      data: {
        period: brief.period,
        sections: brief.sections,
        notes: brief.notes,
        provenance: brief.provenance,
      },
      link: `${appUrl.replace(/\/$/, "")}/?q=${encodeURIComponent(question)}`,
    };
  };
}
