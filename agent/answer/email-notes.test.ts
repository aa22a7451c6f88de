import { describe, expect, it } from "vitest";
import { emailNotes } from "./email-notes.ts";

const roi = {
  name: "query_metrics",
  args: { metrics: ["email_revenue", "email_sends", "email_revenue_per_send"] },
};

describe("emailNotes", () => {
  it("says ROI needs a cost when asked for email ROI", () => {
    expect(emailNotes("ROI of email", [roi])).toEqual([expect.stringMatching(/^ROI and ROAS need a cost/)]);
  });

  it("says revenue has no email-campaign link beside the engagement breakdown", () => {
    const calls = [
      { name: "query_metrics", args: { metrics: ["email_revenue"], dimensions: [] } },
      { name: "query_metrics", args: { metrics: ["email_sends"], dimensions: ["email_campaign"] } },
    ];
    expect(emailNotes("revenue by email campaign", calls)).toEqual([
      expect.stringMatching(/^Revenue can't be split by email campaign/),
    ]);
  });

  it("says a ranking of email campaigns is by email clicks when revenue has no per-email link", () => {
    const calls = [
      { name: "query_metrics", args: { metrics: ["email_revenue"], dimensions: [] } },
      {
        name: "query_metrics",
        args: {
          metrics: ["email_clicks", "email_sends"],
          dimensions: ["email_campaign"],
          orderBy: [{ field: "email_clicks", direction: "desc" }],
        },
      },
    ];
    expect(emailNotes("which email made the most money", calls)).toEqual([
      expect.stringMatching(/^Revenue can't be split by email campaign/),
      expect.stringMatching(/^The email campaigns are ranked by email clicks instead/),
    ]);
  });

  it("says email costs are missing when a cost per order of email is asked ('cpa for email')", () => {
    for (const q of ["cpa for email", "email CAC last month"])
      expect(emailNotes(q, [roi])).toEqual([expect.stringMatching(/^Email costs .* are not in your data/)]);
  });

  it("adds nothing to a plain revenue-per-send question", () => {
    expect(emailNotes("email revenue per send last month", [roi])).toEqual([]);
  });
});
