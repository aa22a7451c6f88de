import { funnelInput } from "../../tools/funnel/definition.ts";
import { createFunnel } from "../../tools/funnel/execute.ts";
import { toolRouter } from "./tool-route.ts";

/**
 * POST / {period, byChannel?, channel?} : the funnel tool's result as JSON (step counts, step
 * rates, the biggest drop, abandonment, per channel when asked), with the step definitions and the
 * SQL in `provenance`.
 */
export const funnelRouter = toolRouter(funnelInput, createFunnel);
