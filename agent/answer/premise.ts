/**
 * Premise checks: "why did revenue drop last week?" when revenue rose must say so first, or the
 * list of movers that follows reads as the reasons for a drop that never happened.
 */

import { sizePremiseCorrection } from "./premise-size.ts";

type Direction = "up" | "down";

const SAYS_DOWN =
  /\b(?:drop(?:ped|ping|s)?|fall(?:ing|s)?|fell|decline[ds]?|declining|decrease[ds]?|decreasing|down|lower|plunge[ds]?|plummet(?:ed|ing|s)?|tank(?:ed|ing|s)?|crash(?:ed|ing)?|dip(?:ped|s)?|shr[iu]nk|worse(?:n(?:ed)?)?|slump(?:ed)?|go(?:ne)? down|went down)\b/;
const SAYS_UP =
  /\b(?:rise[ns]?|rising|rose|increase[ds]?|increasing|up|higher|grow(?:n|s|ing)?|grew|jump(?:ed|s)?|spike[ds]?|spiking|surge[ds]?|soar(?:ed|ing)?|climb(?:ed|ing|s)?|improve[ds]?|better|go(?:ne)? up|went up)\b/;

/** The direction a question presumes ("why did X drop"), if it names exactly one. */
export function presumedDirection(question: string): Direction | undefined {
  const q = question.toLowerCase();
  const down = SAYS_DOWN.test(q);
  const up = SAYS_UP.test(q);
  if (down === up) return undefined;
  return down ? "down" : "up";
}

/**
 * The sentence that corrects a wrong premise, or undefined when the question presumed nothing or
 * presumed right. Numbers are not repeated here: the answer's first line states them.
 * @example premiseCorrection("why did revenue drop?", "Revenue", 120, 100) // "Revenue did not fall: it rose. ..."
 */
export function premiseCorrection(
  question: string,
  metricLabel: string,
  current: number | null | undefined,
  previous: number | null | undefined,
  format?: (value: number) => string,
): string | undefined {
  if (typeof current !== "number" || typeof previous !== "number") return undefined;
  // fix8d: "why did X double", "why did we spend nothing on Y": the size presumed, checked first.
  const size = sizePremiseCorrection(question, metricLabel, current, previous, format);
  if (size) return size;
  const presumed = presumedDirection(question);
  if (!presumed) return undefined;
  if (current === previous)
    return `${metricLabel} did not ${presumed === "down" ? "fall" : "rise"}: it was unchanged over these periods.`;
  const actual: Direction = current > previous ? "up" : "down";
  if (actual === presumed) return undefined;
  return actual === "up"
    ? `${metricLabel} did not fall: it rose over these periods. Here is what moved it.`
    : `${metricLabel} did not rise: it fell over these periods. Here is what moved it.`;
}
