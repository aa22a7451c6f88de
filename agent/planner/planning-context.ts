/**
 * fix21c: a sentence saying what the asker is working on ("I'm starting to plan BF26.", "we're
 * prepping next year's media plan", "planning season here") beside a question about past results
 * ("what worked best over black friday last year?"). It asks nothing: read as part of the question,
 * its words ("starting", "plan") were unknown and the whole message was declined. It is left out
 * when another sentence asks and that ask is no plan itself ("how much should we set aside", "which
 * channel should get more" keep it: the period planned for is in it).
 */

/** What the asker is doing, said as its own sentence: a plan being made, no question in it. */
const PURPOSE =
  /^(?:(?:so|fyi|btw|context|background|for context|just so you know)\s+)?(?:(?:i|we)\s*(?:m|re|am|are|ve|have)?\s+)?(?:just\s+|now\s+|currently\s+|already\s+)?(?:(?:starting|started|beginning|getting ready|about|trying|looking|going|need|have|want|wanting|hoping)\s+to\s+(?:start\s+)?(?:plan|prep|prepare|map out|put together|draft|build|budget for|think about|work on|scope)|(?:planning|prepping|preparing|mapping out|drafting|budgeting|scoping)(?:\s+(?:for|out))?|(?:working on|thinking about|putting together|building)\s+(?:the|our|my|next|this)\b|(?:it s|its|it is)\s+(?:planning|budget|budgeting)\s+season)\b[^?]{0,60}$/;

/** An ask that is itself a plan: the sentence about planning holds its period, so it stays. */
const PLAN_ASK =
  /\b(?:should|budget|budgets|invest|investment|allocate|set aside|earmark|need to spend|how much (?:to|will|would|do|should)|forecast|project|expect|target|goal)\b/;

const simple = (s: string) =>
  s
    .toLowerCase()
    .replace(/['\u2019]/g, " ")
    .replace(/[^a-z0-9%$ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * The question without a sentence about the plan being made, when another sentence asks.
 * @example dropPlanningContext("What won over bf25? We're prepping next year's calendar.") // "What won over bf25?"
 */
export function dropPlanningContext(question: string): string {
  const parts = question
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length < 2) return question;
  const kept = parts.filter((s) => !PURPOSE.test(simple(s)));
  if (!kept.length || kept.length === parts.length) return question;
  const ask = kept.join(" ");
  return PLAN_ASK.test(simple(ask)) ? question : ask;
}
