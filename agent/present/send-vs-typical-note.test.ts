/** fix7e: the yes or no of a promo send against the typical promo, from hand-made results. */
import { describe, expect, it } from "vitest";
import type { MetricResult } from "../../semantic/execute/execute.ts";
import { sendVsTypicalNotes, type TypicalCall } from "./send-vs-typical-note.ts";

const RATE = {
  key: "email_unsubscribe_rate",
  label: "Email unsubscribe rate",
  kind: "metric",
  unit: "percent",
  format: "percent",
} as const;
const result = (rows: Record<string, string | number>[], dims: string[] = []): MetricResult =>
  ({
    columns: [...dims.map((key) => ({ key, label: key, kind: "dimension" as const })), RATE],
    rows,
    totals: {},
    provenance: {},
  }) as unknown as MetricResult;
const range = { from: "2025-11-01", to: "2026-10-31" };
const own = (value: number): TypicalCall => ({
  name: "query_metrics",
  args: {
    metrics: [RATE.key],
    dimensions: [],
    filters: [{ field: "email_campaign", op: "in", values: ["Labor Day Sale"] }],
    timeRange: range,
  },
  data: result([{ [RATE.key]: value }]),
});
/** Three other promos (middle: 0.25%), the newsletter and the send itself. */
const all: TypicalCall = {
  name: "query_metrics",
  args: { metrics: [RATE.key], dimensions: ["email_campaign"], timeRange: range },
  data: result(
    [
      { email_campaign: "Cyber Monday 2025", [RATE.key]: 0.0035 },
      { email_campaign: "Labor Day Sale", [RATE.key]: 0.004 },
      { email_campaign: "New Year Sale", [RATE.key]: 0.0025 },
      { email_campaign: "Summer Sale", [RATE.key]: 0.002 },
      { email_campaign: "Weekly Trail Notes", [RATE.key]: 0.0015 },
    ],
    ["email_campaign"],
  ),
};

describe("sendVsTypicalNotes", () => {
  it("says yes when the send is well above the middle promo", () => {
    expect(sendVsTypicalNotes("did unsubs spike on the labor day email", [own(0.004), all], "USD")).toEqual([
      "Yes: the Labor Day Sale email's unsubscribe rate (0.40%) was well above the typical promo's (New Year Sale, the middle of the other promos, 0.25%); the newsletter (Weekly Trail Notes) ran 0.15%.",
    ]);
  });

  it("says no when the send sits below the middle promo", () => {
    const [note] = sendVsTypicalNotes("did unsubs spike on the labor day email", [own(0.002), all], "USD");
    expect(note).toMatch(/^No: .* \(0\.20%\) was below the typical promo's/);
  });

  it("reads a dip as asking whether the send was lower", () => {
    const [note] = sendVsTypicalNotes("did unsubs dip on the labor day email", [own(0.0015), all], "USD");
    expect(note).toMatch(/^Yes: .* was well below/);
  });

  it("says somewhat when the send is above but short of a spike", () => {
    const [note] = sendVsTypicalNotes("did unsubs spike on the labor day email", [own(0.003), all], "USD");
    expect(note).toMatch(/^Somewhat: .* \(0\.30%\) was above/);
  });

  it("adds nothing to a question that does not ask about the usual level", () => {
    expect(sendVsTypicalNotes("unsubscribes from the labor day email", [own(0.004), all], "USD")).toEqual([]);
  });
});

describe("sendVsTypicalNotes: whether a send worked (fix21e)", () => {
  const CLICK = { ...RATE, key: "email_click_rate", label: "Email click rate" } as const;
  const clicks = (rows: Record<string, string | number>[], dims: string[] = []): MetricResult =>
    ({
      columns: [...dims.map((key) => ({ key, label: key, kind: "dimension" as const })), CLICK],
      rows,
      totals: {},
      provenance: {},
    }) as unknown as MetricResult;
  const ownClicks = (value: number): TypicalCall => ({
    name: "query_metrics",
    args: { dimensions: [], filters: [{ field: "email_campaign", op: "in", values: ["Labor Day Sale"] }] },
    data: clicks([{ [CLICK.key]: value }]),
  });
  /** Other promos at 4%, 3% and 2% (middle: New Year Sale, 3%) and the newsletter at 1.5%. */
  const peers: TypicalCall = {
    name: "query_metrics",
    args: { dimensions: ["email_campaign"] },
    data: clicks(
      [
        { email_campaign: "Cyber Monday 2025", [CLICK.key]: 0.04 },
        { email_campaign: "New Year Sale", [CLICK.key]: 0.03 },
        { email_campaign: "Summer Sale", [CLICK.key]: 0.02 },
        { email_campaign: "Weekly Trail Notes", [CLICK.key]: 0.015 },
      ],
      ["email_campaign"],
    ),
  };

  it("leads with yes when its click rate beats the middle promo's", () => {
    expect(
      sendVsTypicalNotes("was the labor day sale email a success", [ownClicks(0.045), peers], "USD"),
    ).toEqual([
      "Yes, the Labor Day Sale email worked: it got readers to click more than the typical promo does (the rates below).",
      "The Labor Day Sale email's click rate (4.5%) was well above the typical promo's (New Year Sale, the middle of the other promos, 3.0%); the newsletter (Weekly Trail Notes) ran 1.5%.",
    ]);
  });

  it("leads with not really when its click rate is under the middle promo's", () => {
    const [lead] = sendVsTypicalNotes("did the labor day sale email work", [ownClicks(0.02), peers], "USD");
    expect(lead).toBe(
      "Not really: the Labor Day Sale email got readers to click less than the typical promo does (the rates below).",
    );
  });

  it("says about as well when it sits at the middle promo", () => {
    const [lead] = sendVsTypicalNotes(
      "how did the labor day sale email do",
      [ownClicks(0.031), peers],
      "USD",
    );
    expect(lead).toMatch(/^It did about as well as a typical promo/);
  });
});
