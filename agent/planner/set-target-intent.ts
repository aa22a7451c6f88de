/**
 * "Set a target ROAS of 2.5 for paid social", "create a CPA goal of $45": a request to store a
 * target. Targets are stored through the API (/api/v1/targets), which chat has no confirmed write
 * for yet, so the answer says exactly how to set this one (the request it would send) and how to
 * use a target in a question meanwhile; never the current figure read as the answer.
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

/** The answer: how to store the target, with the request body filled in from the question. */
export function planSetTarget(req: TargetRequest): Plan {
  const body = JSON.stringify({
    metric: req.metric ?? "<metric>",
    target: req.target ?? "<value>",
    ...(req.filter ? { filter: req.filter } : {}),
  }).replace(/"<value>"/, "<value>");
  return {
    kind: "decline",
    message: [
      "I can't save a target from chat, so nothing was stored and I haven't answered with the current figure instead.",
      `An analyst or admin can set it with POST /api/v1/targets and the body ${body} (the direction follows the metric: at least for ROAS, at most for CPA).`,
      `Once it is set, questions like "are we on target?" hold the figures against it; until then you can name the target in the question ("${req.metric ?? "cpa"} by channel last month, our target is ${req.target ?? "<value>"}").`,
    ].join(" "),
  };
}
