/** The grounded-number verifier: every figure in an answer must come from a tool result. */
export { extractNumbers, type NumberKind, type TextNumber } from "./extract-numbers.ts";
export { collectGroundNumbers, type GroundingSet, PAIR_LIMIT, SIBLING_LIMIT } from "./ground-numbers.ts";
export { groundable } from "./groundable.ts";
export { type VerifyOptions, type VerifyResult, verifyAnswer } from "./verify-answer.ts";
