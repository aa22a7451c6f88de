/**
 * A named email send ("the black friday email", "our welcome series", "the cyber monday blast"):
 * email metrics are filtered to that send, over the last twelve months when no period is named
 * (a send's figures exist only on its dates), instead of every email in the last 30 days. When
 * the words fit several sends, the planner asks which one.
 */
import { campaignPeriod } from "./frame.ts";
import { normalize } from "./normalize.ts";
import type { ParsedQuestion } from "./parse.ts";
import type { ClarifyOption, DimensionValue } from "./types.ts";

/** Nouns that follow a send's name ("the black friday email"). */
const SEND_NOUN = "(?:e ?mails?|sends?|blasts?|newsletters?|campaigns?|series|flows?|mailings?|drops?)";

/** Words of a send's name too generic (or too dated) to pick it out. */
const GENERIC = new Set([
  "email",
  "emails",
  "e",
  "mail",
  "newsletter",
  "campaign",
  "series",
  "flow",
  "blast",
  "send",
  "the",
  "a",
  "an",
  "of",
  "and",
  "for",
]);

/** The distinctive words of a send's name: "Black Friday 2025" -> "black friday". */
function nameWords(label: string): string[] {
  return normalize(label)
    .split(" ")
    .filter((w) => w.length > 1 && !GENERIC.has(w) && !/^\d+$/.test(w));
}

/** Whether the question names this send: its words in order, then a send noun, or its whole name. */
function named(text: string, value: DimensionValue): boolean {
  const words = nameWords(value.label);
  if (!words.length) return false;
  const phrase = words.join(" ");
  const full = normalize(value.label);
  if (full.split(" ").length > 1 && new RegExp(`\\b${full}\\b`).test(text)) return true;
  return new RegExp(`\\b${phrase}(?: \\d{2,4})? ${SEND_NOUN}\\b`).test(text);
}

/** Clarification ids name a send by its slug (ids allow no spaces; send names have them). */
const PICK = "value:email_send:";
const slug = (label: string) => normalize(label).replace(/ /g, "_");

/** What reading a named send gives: a filter to apply, or the sends to choose from. */
export type NamedSend =
  | { kind: "filter"; values: string[] }
  | { kind: "choose"; question: string; options: ClarifyOption[] };

/**
 * The email sends a question about email metrics names, if any (undefined when it names none or
 * already filters by email campaign). On a single match the filter and a twelve-month default
 * period are set on `p`.
 * @example namedEmailSend(parse("unsubscribes from the black friday email"), values) // { kind: "filter", values: ["Black Friday 2025"] }
 */
export function namedEmailSend(
  p: ParsedQuestion,
  values: readonly DimensionValue[],
  clarificationId?: string,
): NamedSend | undefined {
  if (!p.metrics.some((m) => m.startsWith("email_"))) return undefined;
  if (p.dims.filters.some((f) => f.field === "email_campaign")) return undefined;
  const picked = clarificationId?.startsWith(PICK) ? clarificationId.slice(PICK.length) : undefined;
  const sends = values.filter(
    (v) => v.dimension === "email_campaign" && (picked ? slug(v.label) === picked : named(p.text, v)),
  );
  if (!sends.length) return undefined;
  if (sends.length > 1)
    return {
      kind: "choose",
      question: "Which email send did you mean?",
      options: sends.map((v) => ({ id: `${PICK}${slug(v.label)}`, label: v.label })),
    };
  const values_ = sends.map((v) => v.value);
  p.dims.filters.push({ field: "email_campaign", op: "in", values: values_ });
  p.dims.dimensions = p.dims.dimensions.filter((d) => d !== "email_campaign");
  if (!p.time.period) p.time.period = campaignPeriod(p.today, p.dataEnd);
  return { kind: "filter", values: values_ };
}
