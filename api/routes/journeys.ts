import { journeysInput } from "../../tools/journeys/definition.ts";
import { createJourneys } from "../../tools/journeys/execute.ts";
import { toolRouter } from "./tool-route.ts";

/**
 * POST / {analysis, period?, collapseRepeats?, limit?, customerId?} : the journeys tool's result as
 * JSON (top paths, path lengths, time to convert, assists, or one customer's timeline), with the
 * journey rules, the resolved period and the SQL in `provenance`.
 */
export const journeysRouter = toolRouter(journeysInput, createJourneys);
