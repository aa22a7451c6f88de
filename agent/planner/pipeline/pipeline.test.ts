/** The pipeline's shape: stages entered once each and in order, and a well-formed registry. */
import { describe, expect, it } from "vitest";
import { PHRASING_ROWS } from "../phrasings/index.ts";
import { planQuestion } from "../plan.ts";
import { testContext } from "../testing.ts";
import { CHECKS } from "./checks.ts";
import { INTENTS } from "./intents.ts";
import { type PlanTrace, STAGES } from "./types.ts";

const trace = (): PlanTrace => ({ stages: [], intents: [], checks: [] });

/** The trace's stages split into readings (each starts at "normalize"). */
function readings(t: PlanTrace): string[][] {
  const out: string[][] = [];
  for (const s of t.stages) {
    if (s === "normalize") out.push([]);
    out.at(-1)?.push(s);
  }
  return out;
}

describe("planQuestion as a pipeline", () => {
  it("enters each stage at most once per question, in order, over the whole phrasing table", () => {
    let rereads = 0;
    for (const [question] of PHRASING_ROWS) {
      const t = trace();
      planQuestion(question, testContext(), t);
      const [first, ...again] = readings(t);
      // A second reading only when a source / medium pair did not fit the answer as a filter.
      rereads += again.length;
      expect(first, question).toEqual(STAGES.slice(0, first!.length));
      expect(new Set(t.stages).size, question).toBe(t.stages.length);
    }
    expect(rereads).toBe(0);
    // Plans every row of the table (2,000+) in one test: on a loaded 2-core machine that takes
    // minutes, so it gets a timeout of its own rather than the suite's two.
  }, 600_000);

  it("settles a decline in the check stage without framing", () => {
    const t = trace();
    const plan = planQuestion("what did Nike spend on ads in October", testContext(), t);
    expect(plan.kind).toBe("decline");
    expect(t.stages).toEqual(["normalize", "recognise", "check"]);
    expect(t.checks).toEqual(["other-organization"]);
  });

  it("reads a source / medium pair out, and reads again with its words when the filter does not fit", () => {
    const t = trace();
    planQuestion("revenue from google / cpc last month", testContext(), t);
    expect(readings(t)).toEqual([[...STAGES]]);
    const again = trace();
    const plan = planQuestion("attribution of google / cpc last month", testContext(), again);
    expect(plan.kind).toBe("tool_calls");
    expect(readings(again)).toHaveLength(2);
    expect(readings(again)[1]).toEqual([...STAGES]);
  });

  it("records the intent recognised and a reroute to the catalog search", () => {
    const t = trace();
    const plan = planQuestion("show me the conversion funnel for last month", testContext(), t);
    expect(plan.kind === "tool_calls" && plan.calls[0]?.name).toBe("funnel");
    expect(t.intents).toEqual(["funnel"]);
    const s = trace();
    // fix9b: churn is read as customers who did not come back (other-tool-words.ts); a wishlist is not in the data.
    const search = planQuestion("what is our wishlist rate last month", testContext(), s);
    expect(search.kind === "tool_calls" && search.calls[0]?.name).toBe("search_catalog");
    expect(s.checks).toEqual(["unknown-metric"]);
  });

  it("answers an outside cause by planning the rest, and declines an unknown owner in the check stage", () => {
    const t = trace();
    const cause = planQuestion("did the heat wave in july boost orders", testContext(), t);
    expect(t.intents).toEqual(["outside-cause"]);
    expect(cause.kind === "tool_calls" && cause.notes?.length).toBe(1);
    const o = trace();
    expect(planQuestion("whats globex revenue last month", testContext(), o).kind).toBe("decline");
    expect(o.checks).toEqual(["unknown-owner"]);
  });

  it("changes the previous answer as a thread follow-up before the email and metric intents", () => {
    const previous = planQuestion("orders by platform in september", testContext());
    const t = trace();
    const chart = planQuestion("could you graph that", testContext({ previous }), t);
    expect(chart.kind).toBe("tool_calls");
    expect(t.intents).toEqual(["thread-follow-up"]);
  });
});

describe("the intent registry", () => {
  it("names each intent once and ends with the metric question, which matches everything", () => {
    const names = INTENTS.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe("metric");
  });

  it("has checks that each apply to at least one registered intent", () => {
    for (const check of CHECKS)
      expect(
        INTENTS.some((e) => check.appliesTo(e.name)),
        check.name,
      ).toBe(true);
  });
});
