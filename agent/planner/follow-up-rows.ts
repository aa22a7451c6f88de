/**
 * fix9a: follow-ups that change which rows of the previous answer are shown.
 * - "get rid of the promos", "take paid search out", "remove the newsletter": those rows left out
 *   of the same breakdown (the general merge read the named value as a filter *to* it, and "drop"
 *   as a fall, so the answer showed only the member asked to go, against another period);
 * - "only the ones whose objective is conversions", "just the traffic-objective campaigns": the
 *   previous rows narrowed by the campaign objective. An objective named like a metric
 *   ("conversions", "traffic") was read as no filter at all, and the same rows came back.
 */
import { emailKind } from "./email-groups.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { DimensionValue, Frame, FrameFilter } from "./types.ts";

/** Metric frames whose rows a filter narrows. */
const ROW_INTENTS = new Set(["query", "rank", "compare", "trend"]);

/** A turn that asks to leave something out, said first ("ok now drop ...", "can you remove ..."). */
const LEAVE_OUT =
  /^(?:(?:ok|okay|now|and|then|but|also|so|can you|could you|please|pls|let'?s|lets|just)\s+)*(?:drop|remove|exclude|excluding|hide|ditch|skip|ignore|lose|strip out|filter out|take out|leave out|get rid of|without|minus|no more|knock out|cut out)\b/;
/** "take paid search out", "leave the promos out of it", "pull the newsletter out". */
const OUT_AFTER =
  /^(?:(?:ok|okay|now|and|then|can you|could you|please|pls)\s+)*(?:take|leave|pull|filter|strip|keep)\b.{1,40}\bout\b/;

/** Email kinds named in a turn ("the newsletter", "promos", "the flows"). */
const EMAIL_KIND_WORDS: ReadonlyArray<readonly [RegExp, ReturnType<typeof emailKind>]> = [
  [/\bnewsletters?\b/, "newsletter"],
  [/\b(?:promos?|promotional|promotions?|sale e ?mails?|sale sends?)\b/, "promo"],
  [/\b(?:flows?|automations?|automated (?:e ?mails?|sends?)|triggered (?:e ?mails?|sends?))\b/, "flow"],
];

/** The email campaigns a turn names by kind, from the organization's email campaigns. */
function emailMembers(text: string, values: readonly DimensionValue[]): string[] {
  const kinds = EMAIL_KIND_WORDS.filter(([re]) => re.test(text)).map(([, k]) => k);
  return values
    .filter((v) => v.dimension === "email_campaign" && kinds.includes(emailKind(v.label)))
    .map((v) => v.value);
}

/** Filters with `values` of `field` left out: taken from an "in" list, else a "not in" added. */
function withoutValues(filters: readonly FrameFilter[], field: string, values: readonly (string | number)[]) {
  const inList = filters.find((f) => f.field === field && f.op === "in");
  if (inList) {
    const kept = inList.values.filter((v) => !values.map(String).includes(String(v)));
    return filters.map((f) => (f === inList ? { ...f, values: kept } : f));
  }
  const notIn = filters.find((f) => f.field === field && f.op === "not_in");
  const merged = [...new Set([...(notIn?.values ?? []), ...values])];
  return [...filters.filter((f) => f !== notIn), { field, op: "not_in" as const, values: merged }];
}

/**
 * The previous rows without the members a "drop the X" turn names, or undefined when the turn
 * is not one (no rows before, nothing named, or a measure or period of its own).
 * @example excludedRows(parse("drop the newsletter"), emailByCampaign, values)?.filters // [{ field: "email_campaign", op: "not_in", ... }]
 */
export function excludedRows(
  p: ParsedQuestion,
  prev: Frame | undefined,
  values: readonly DimensionValue[],
): Frame | undefined {
  if (!prev || !ROW_INTENTS.has(prev.intent) || !prev.dimensions.some((d) => d !== "date")) return undefined;
  if (!LEAVE_OUT.test(p.text) && !OUT_AFTER.test(p.text)) return undefined;
  if (p.time.period || p.time.compare || p.text.split(" ").length > 12) return undefined;
  // A measure of its own ("drop email and show cpa") makes it a new question.
  if (p.metrics.some((m) => !prev.metrics.includes(m))) return undefined;
  const emailOnly = prev.metrics.length > 0 && prev.metrics.every((m) => m.startsWith("email_"));
  let filters = prev.filters;
  const members = emailOnly ? emailMembers(p.text, values) : [];
  if (members.length) filters = withoutValues(filters, "email_campaign", members);
  for (const f of p.dims.filters) {
    // On email-only measures the "email" channel a newsletter's name implies is no row.
    if (emailOnly && f.field === "channel") continue;
    filters = withoutValues(filters, f.field, f.values);
  }
  return filters === prev.filters ? undefined : { ...prev, filters };
}

/** "only", "just", "filter to", "limit it to", "keep": the rows narrowed. */
const ONLY =
  /\b(?:only|just|filter (?:to|for|on|by)|limit (?:it |them |that )?to|restrict (?:it |them |that )?to|keep)\b/;
/** Words that make a value an objective ("objective", "goal", "optimised for"). */
const OBJECTIVE_WORD = /\b(?:objectives?|goals?|optimi[sz]\w* for|campaign type)\b/;

/**
 * The campaign objectives a turn names: their labels, values or aliases, with an objective word
 * beside them or said as a kind of campaign ("the awareness ones", "conversion campaigns").
 */
function namedObjectives(text: string, values: readonly DimensionValue[]): string[] {
  const objectives = values.filter((v) => v.dimension === "objective");
  const said = (name: string) => {
    const n = name.toLowerCase().replace(/_/g, " ");
    const stem = n.replace(/s$/, "");
    const word = `(?:${n}|${stem}s?)`;
    return (
      (OBJECTIVE_WORD.test(text) && new RegExp(`\\b${word}\\b`).test(text)) ||
      new RegExp(`\\b${word} (?:ones|campaigns|objective)\\b`).test(text)
    );
  };
  return objectives.filter((v) => [v.value, v.label, ...v.aliases].some(said)).map((v) => v.value);
}

/**
 * The previous campaign rows narrowed to the objectives a turn names ("only the ones with a
 * conversions objective"), or undefined when the turn is not that.
 */
export function rowsWithObjective(
  p: ParsedQuestion,
  prev: Frame | undefined,
  values: readonly DimensionValue[],
): Frame | undefined {
  if (!prev || !ROW_INTENTS.has(prev.intent) || !prev.dimensions.includes("campaign")) return undefined;
  if (!ONLY.test(p.text) || p.time.period || p.text.split(" ").length > 14) return undefined;
  const objectives = namedObjectives(p.text, values);
  if (!objectives.length) return undefined;
  const filters = [
    ...prev.filters.filter((f) => f.field !== "campaign_objective"),
    { field: "campaign_objective", op: "in" as const, values: objectives },
  ];
  return { ...prev, filters };
}
