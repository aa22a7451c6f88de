import { describe, expect, it } from "vitest";
import { oneLevelChanges } from "./budget-mixed.ts";
import { readChannelGroup } from "./channel-group-intent.ts";
import { NEGATED_BEFORE } from "./negation.ts";
import { planQuestion } from "./plan.ts";
import { testContext } from "./testing.ts";
import type { Frame } from "./types.ts";

describe("readChannelGroup with an exclusion word (left16c)", () => {
  it("keeps the paid group when the unpaid one is left out, and the reverse", () => {
    expect(readChannelGroup("revenue excluding the unpaid channels")).toEqual({
      kind: "filter",
      op: "in",
      values: ["paid"],
    });
    expect(readChannelGroup("revenue without the paid channels")).toEqual({
      kind: "filter",
      op: "not_in",
      values: ["paid"],
    });
    expect(readChannelGroup("orders not counting organic channels")).toEqual({
      kind: "filter",
      op: "not_in",
      values: ["organic"],
    });
    expect(readChannelGroup("revenue from non paid channels")).toEqual({
      kind: "filter",
      op: "not_in",
      values: ["paid"],
    });
  });
});

describe("NEGATED_BEFORE", () => {
  it("reads 'all ... but' as an exclusion and a bare 'but' as a joiner", () => {
    expect(NEGATED_BEFORE.test("spend for all platforms but ")).toBe(true);
    expect(NEGATED_BEFORE.test("revenue from everything but ")).toBe(true);
    expect(NEGATED_BEFORE.test("revenue fell but ")).toBe(false);
  });
});

describe("oneLevelChanges: a platform's own dollars into a channel (left16c)", () => {
  const frame = (changes: NonNullable<Frame["budget"]>["changes"]) =>
    ({
      intent: "budget",
      metrics: [],
      dimensions: [],
      filters: [],
      budget: { level: "channel", changes },
    }) as unknown as Frame;

  it("reads the receiving channel as its one platform and keeps the cut platform's dollars", () => {
    const out = oneLevelChanges(
      frame([
        { dimension: "platform", value: "tiktok_ads", changePercent: -50 },
        { dimension: "channel", value: "paid_search", receives: true },
      ]),
    );
    expect(out.frame.budget).toMatchObject({
      level: "platform",
      changes: [
        { dimension: "platform", value: "tiktok_ads", changePercent: -50 },
        { dimension: "platform", value: "google_ads", receives: true },
      ],
    });
    expect(out.notes[0]).toMatch(/^Paid search runs on Google Ads/);
  });

  it("still reads a platform that receives as its channel", () => {
    const out = oneLevelChanges(
      frame([
        { dimension: "channel", value: "display", changeAmount: -5000 },
        { dimension: "platform", value: "meta_ads", changeAmount: 5000 },
      ]),
    );
    expect(out.frame.budget).toMatchObject({ level: "channel" });
    expect(out.frame.budget?.changes[1]).toMatchObject({ dimension: "channel", value: "paid_social" });
  });
});

describe("spans of months on each side of a comparison (left16c)", () => {
  const calls = (q: string) => {
    const plan = planQuestion(q, testContext());
    return plan.kind === "tool_calls" ? plan.calls : [];
  };

  it("reads each side as its span, the later one as the period", () => {
    expect(calls("revenue mar-may vs jun-aug")[0]?.args).toMatchObject({
      period: { from: "2026-06-01", to: "2026-08-31" },
      compareTo: { from: "2026-03-01", to: "2026-05-31" },
    });
  });

  it("keeps 'from september to october' with a change word as two months", () => {
    expect(calls("how did orders change from september to october")[0]?.args).toMatchObject({
      period: { from: "2026-10-01", to: "2026-10-31" },
      compareTo: { from: "2026-09-01", to: "2026-09-30" },
    });
  });
});

describe("two channels in one journey (left16c)", () => {
  it("reads both ways between the channels, with a note", () => {
    const plan = planQuestion("how many referral customers also came through email", testContext());
    expect(plan.kind).toBe("tool_calls");
    if (plan.kind !== "tool_calls") return;
    expect(plan.calls.map((c) => [c.args.firstChannel, c.args.lastChannel])).toEqual([
      ["referral", "email"],
      ["email", "referral"],
    ]);
    expect(plan.notes?.[0]).toMatch(/not every channel in between/);
  });
});
