/**
 * lead22: three or more stretches named side by side ("revenue on black friday, cyber monday and
 * christmas", "compare the bf25, holiday25 and summer26 windows"). A comparison holds two, so the
 * first two were compared and the rest dropped (or, with season codes, all of them were). Each
 * stretch is now a group answered over its own dates: one labelled total each, or, with a
 * breakdown ("roas by channel"), the breakdown once per stretch (assemble.ts).
 */
import type { Frame, Period } from "./types.ts";

/** "black friday" -> "Black Friday": a stretch's words as a row label. */
const titled = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/**
 * The frame with one group per stretch, or as it was when the question names fewer than three or
 * is not a query or ranking (a trend, a comparison, an analysis reads its own periods).
 * @example withPeriodGroups(frame, [bf, cm, xmas]).groups?.map((g) => g.label) // ["Black Friday", "Cyber Monday", "Christmas"]
 */
export function withPeriodGroups(frame: Frame, windows: readonly Period[] | undefined): Frame {
  if (!windows || windows.length < 3 || frame.groups?.length || frame.compare) return frame;
  if (frame.intent !== "query" && frame.intent !== "rank") return frame;
  if (frame.dimensions.includes("date")) return frame;
  return {
    ...frame,
    intent: "query",
    groups: windows.map((w) => ({
      label: titled(w.label.replace(/^(?:on|in|during|for|over) /, "")),
      filters: [],
      period: w,
    })),
  };
}
