/**
 * The local planner: a deterministic semantic parser from marketers' questions to typed tool
 * calls (private mode, and the fallback when the LLM is down). Start at planQuestion.
 */
export {
  LocalPlannerChatModel,
  type LocalPlannerChatModelFields,
  type PlannerContextBase,
} from "./chat-model.ts";
export { frameFromCall } from "./frame-from-calls.ts";
export { CAPABILITIES, planQuestion } from "./plan.ts";
export { extractTime, todayIn } from "./time.ts";
export type {
  ClarifyOption,
  DimensionValue,
  Frame,
  Intent,
  Plan,
  PlannedCall,
  PlannerContext,
  ValueDimension,
} from "./types.ts";
