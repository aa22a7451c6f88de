/**
 * "Set a target ROAS of 2.5 for paid social", "create a CPA goal of $45": a request to store a
 * target. Targets are stored through the API (/api/v1/targets), which chat has no confirmed write
 * for yet, so the answer says exactly how to set this one (the request it would send) and how to
 * use a target in a question meanwhile; never the current figure read as the answer (fix6d: it
 * follows the note that nothing was stored, held against the value asked).
 */

import type { ParsedQuestion } from "./parse.ts";
import { SETS_TARGET } from "./stated-target.ts";
import type { Plan } from "./types.ts";

const NUMBER = /\$?(\d+(?:\.\d+)?)\s?(k|%|x)?(?=\s|$)/;

/** What the request names: the metric, the value and a channel, platform or campaign. */
export interface TargetRequest {
  metric?: string | undefined;
  target?: number | undefined;
  filter?: { dimension: string; value: string } | undefined;
}

/**
 * The target the question asks to store, or undefined when it asks nothing of the kind.
 * @example readSetTarget(parse("set a target roas of 2.5 for paid social"))?.target // 2.5
 */
export function readSetTarget(p: ParsedQuestion): TargetRequest | undefined {
  if (!SETS_TARGET.test(p.text)) return undefined;
  const m = NUMBER.exec(p.text.slice(SETS_TARGET.exec(p.text)!.index));
  const n = m ? Number(m[1]) : undefined;
  const target = n === undefined ? undefined : m?.[2] === "k" ? n * 1000 : m?.[2] === "%" ? n / 100 : n;
  const f = p.dims.filters.find(
    (x) => x.op === "in" && x.values.length === 1 && ["channel", "platform", "campaign"].includes(x.field),
  );
  return {
    metric: p.metrics[0],
    target,
    filter: f && "values" in f ? { dimension: f.field, value: String(f.values[0]) } : undefined,
  };
}

/**
 * The answer: how to store the target, with the request body filled in from the question; with a
 * metric and a value (fix6d), the current figure held against the value follows, planned as
 * "<metric> for <filter> last month, our target is <value>" (`current` plans that question), so the
 * one useful thing chat can do is done, and the first line still says nothing was stored.
 */
export function planSetTarget(
  req: TargetRequest,
  current?: (question: string) => Plan,
  labelOf?: (dimension: string, value: string) => string | undefined,
): Plan {
  const body = JSON.stringify({
    metric: req.metric ?? "<metric>",
    target: req.target ?? "<value>",
    ...(req.filter ? { filter: req.filter } : {}),
  }).replace(/"<value>"/, "<value>");
  const how = `An analyst or admin can set it with POST /api/v1/targets and the body ${body} (the direction follows the metric: at least for ROAS, at most for CPA).`;
  const named =
    req.filter && req.filter.dimension !== "campaign"
      ? (labelOf?.(req.filter.dimension, req.filter.value) ?? req.filter.value.replace(/_/g, " "))
      : undefined;
  if (current && req.metric && req.target !== undefined && (!req.filter || named)) {
    const plan = current(
      `${req.metric}${named ? ` for ${named.toLowerCase()}` : ""} last month, our target is ${req.target}`,
    );
    if (plan.kind === "tool_calls")
      return {
        ...plan,
        notes: [
          `I can't save a target from chat, so nothing was stored. ${how} Meanwhile, here is last month's figure held against ${req.target}.`,
          ...(plan.notes ?? []),
        ],
      };
  }
  return {
    kind: "decline",
    message: [
      "I can't save a target from chat, so nothing was stored and I haven't answered with the current figure instead.",
      how,
      `Once it is set, questions like "are we on target?" hold the figures against it; until then you can name the target in the question ("${req.metric ?? "cpa"} by channel last month, our target is ${req.target ?? "<value>"}").`,
    ].join(" "),
  };
}
