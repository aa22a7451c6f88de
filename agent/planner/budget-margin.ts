/**
 * A gross margin stated for one budget answer: "assume 45% margin instead", "at a 60 percent gross
 * margin how should I split 40k", "our margins are more like 35%". Without it the plan used the
 * organization's stored margin and said so, ignoring the margin the user had just given.
 */

const PERCENT = "(\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%|percent|pct)";
const MARGIN = "(?:gross )?margins?";
/** "45% margin", "margin of 45%", "margins are 45 percent", "margin at 45%", "margin = 45%". */
const STATED = new RegExp(
  `\\b${PERCENT} (?:gross |contribution |product )?margins?\\b|\\b${MARGIN} (?:of|is|are|at|=|was|were|to|around|about|more like|closer to|like|near|nearer) (?:(?:more like|closer to|about|around|roughly|only|just|actually|really|truly|realistically|probably|likely) )?${PERCENT}`,
);

/**
 * The margin as a fraction when the text states one, e.g. 0.45.
 * @example statedMargin("assume 45% margin instead") // 0.45
 * @example statedMargin("split 40k, our margins are more like 35 percent") // 0.35
 * @example statedMargin("what is our margin") // undefined
 */
export function statedMargin(text: string): number | undefined {
  const m = STATED.exec(text);
  const raw = m?.[1] ?? m?.[2];
  if (raw === undefined) return undefined;
  const pct = Number(raw);
  return pct > 0 && pct < 100 ? Math.round(pct * 100) / 10000 : undefined;
}
