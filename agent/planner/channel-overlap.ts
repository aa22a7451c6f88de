/**
 * left16c: two channels in one customer's journey: "how many affiliate buyers also came in
 * direct", "journeys that include both email and paid social", "overlap between display and
 * organic shoppers". The journeys tool reads a path's first and last touch, not every channel in
 * between, so the nearest answer is the journeys that began on one channel and ended on the other,
 * both ways (two first-vs-last reads), led by a note that says so. Without it the question was read
 * as the two channels' sessions and orders added together, a figure about neither overlap.
 */
import { normalize } from "./normalize.ts";
import { channelNames } from "./path-ends.ts";
import type { Plan, PlannerContext } from "./types.ts";

/** Words that ask for customers or journeys holding both channels. */
const BOTH =
  /\b(?:also (?:came|come|comes|visited|visit|visits|touched|touch|used|use|had|have|has|clicked|click|went|go|arrived|saw|see|interacted|came in|bought|buy|ordered|engaged)|(?:paths?|journeys?) (?:that |which )?(?:include|includes|including|contain|contains|containing|have|has|had|with|touch|touched) both|overlap(?:s|ping)? (?:between|of|with)|both (?:channels|of them)|(?:touched|used|saw|came through|had) both)\b/;

/** The channels the words name, in the order they appear, each once. */
function namedChannels(text: string, ctx: PlannerContext): string[] {
  const found: { key: string; at: number }[] = [];
  let rest = ` ${text} `;
  for (const [name, key] of channelNames(ctx.dimensionValues)) {
    const re = new RegExp(`(?<=[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[^a-z])`);
    const m = re.exec(rest);
    if (!m) continue;
    if (!found.some((f) => f.key === key)) found.push({ key, at: m.index });
    rest = `${rest.slice(0, m.index)}${" ".repeat(name.length)}${rest.slice(m.index + name.length)}`;
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.key);
}

/** Period words the question holds, kept for the journeys read ("last quarter", "in september"). */
function periodWords(text: string): string {
  const m =
    /\b(?:(?:in|during|for|over|since|this|last|past|previous) [a-z0-9 ]{2,24}?|ytd|year to date|q[1-4](?: 20\d\d)?)$/.exec(
      text.replace(/[?.!]+$/, "").trim(),
    );
  return m ? ` ${m[0]}` : "";
}

/**
 * Both ways of a two-channel journey as first-vs-last reads, or undefined when the question does
 * not ask for customers or journeys with both of two named channels.
 * @example channelOverlapPlan("how many email buyers also came in direct", ctx, replan)?.calls.length // 2
 */
export function channelOverlapPlan(
  question: string,
  ctx: PlannerContext,
  replan: (q: string, c: PlannerContext) => Plan,
): Plan | undefined {
  const text = normalize(question).toLowerCase();
  if (!BOTH.test(text)) return undefined;
  const channels = namedChannels(text, ctx);
  if (channels.length !== 2) return undefined;
  const [a, b] = channels as [string, string];
  const when = periodWords(text);
  const read = (x: string, y: string) =>
    replan(`paths that start with ${words(x)} and end in ${words(y)}${when}`, ctx);
  const there = read(a, b);
  const back = read(b, a);
  if (there.kind !== "tool_calls" || back.kind !== "tool_calls") return undefined;
  if (there.calls[0]?.name !== "journeys" || back.calls[0]?.name !== "journeys") return undefined;
  return {
    ...there,
    calls: [...there.calls, ...back.calls],
    notes: [
      `The journeys here record where each path began and where it ended (its last touch before the order), not every channel in between, so I can't count every customer who touched both ${words(a)} and ${words(b)}. The nearest: journeys that began on one and ended on the other, both ways.`,
    ],
  };
}

const words = (key: string) => key.replace(/_/g, " ");
