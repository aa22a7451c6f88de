/**
 * fix12e: the newsletter set against the promotional sends ("newsletter vs promo emails, opens and
 * clicks this quarter", "are the promos or the weekly newsletter getting more engagement"). Each
 * side is a group of email campaigns (email-groups.ts reads the kind from the name): the answer is
 * one total per group, its rates computed from the group's summed sends, opens and clicks (never an
 * average of the sends' own rates), beside each send's row. Listing the sends alone left the
 * newsletter out of the text and gave no figure for the promos as a whole.
 */
import { EACH_MEMBER, emailKind, ONE_NEWSLETTER, PROMO_WORDS } from "./email-groups.ts";
import type { DimensionValue, Frame } from "./types.ts";

/**
 * The frame with the newsletter and the promos as two labelled groups, when the question sets them
 * side by side and does not pick among the sends ("which promo ..."); otherwise unchanged.
 * @example withEmailKindGroups(frame, "the newsletter vs promo emails open rate", values).groups?.map((g) => g.label) // ["Newsletter (Weekly Trail Notes)", "Promos (every other send)"]
 */
export function withEmailKindGroups(frame: Frame, text: string, values: readonly DimensionValue[]): Frame {
  if (frame.intent !== "query" && frame.intent !== "rank") return frame;
  if (
    !ONE_NEWSLETTER.test(text) ||
    !PROMO_WORDS.test(text) ||
    EACH_MEMBER.test(text.replace(/\bby email campaign\b/, ""))
  )
    return frame;
  const filter = frame.filters.find((f) => f.field === "email_campaign" && f.op === "in");
  if (!filter || !("values" in filter)) return frame;
  const members = values.filter(
    (v) => v.dimension === "email_campaign" && filter.values.map(String).includes(v.value),
  );
  const newsletter = members.filter((v) => emailKind(v.label) === "newsletter");
  const promos = members.filter((v) => emailKind(v.label) === "promo");
  if (!newsletter.length || !promos.length) return frame;
  const names = (vs: readonly DimensionValue[]) => vs.map((v) => v.label).join(", ");
  const group = (label: string, vs: readonly DimensionValue[]) => ({
    label,
    filters: [{ field: "email_campaign", op: "in" as const, values: vs.map((v) => v.value) }],
  });
  const note =
    `The newsletter is ${names(newsletter)}; the promos are every other email campaign (${names(promos)}; one with no sends in the period adds nothing). ` +
    "Each group's rates are its total opens and clicks over its total sends, not an average of the sends' own rates.";
  return {
    ...frame,
    intent: "query",
    dimensions: frame.dimensions.includes("email_campaign")
      ? frame.dimensions
      : [...frame.dimensions, "email_campaign"],
    groups: [
      group(`Newsletter (${names(newsletter)})`, newsletter),
      group("Promos (every other send)", promos),
    ],
    limit: undefined,
    note: [frame.note, note].filter(Boolean).join(" "),
  };
}
