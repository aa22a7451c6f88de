import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSeededRouter } from "../testing.ts";
import { budgetRouter } from "./budget.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON response bodies
type Json = any;

let h: Awaited<ReturnType<typeof serveSeededRouter>>;
beforeAll(async () => {
  h = await serveSeededRouter("/api/v1/budget", budgetRouter);
}, 120_000);
afterAll(() => h?.close());

const post = async (body: unknown) => {
  const res = await fetch(`${h.url}/api/v1/budget/optimize`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

describe("POST /api/v1/budget/optimize", () => {
  it("fits the last 180 days of paid channels and splits the budget", async () => {
    const { status, body } = await post({ totalBudget: 2000 });
    expect(status).toBe(200);
    expect(body.recommendedTotal).toBeCloseTo(2000, 2);
    expect(body.channels.map((c: { channel: string }) => c.channel).sort()).toEqual([
      "affiliate",
      "display",
      "paid_search",
      "paid_social",
    ]);
    for (const c of body.channels) {
      expect(c).toHaveProperty("marginalRoasBefore");
      expect(c).toHaveProperty("revenueChangeInterval");
      expect(typeof c.reason).toBe("string");
    }
    expect(body.naive.rule).toBe("proportional_to_average_roas");
    expect(body.provenance.history).toEqual({
      from: "2026-05-05",
      to: "2026-10-31",
      timeZone: "America/New_York",
    });
    expect(body.provenance.attributionModel).toBe("last_touch");
    // Incremental curves when the data allow, attributed ones otherwise; every fit says which.
    expect(["incremental", "attributed"]).toContain(body.responseModel.method);
    for (const f of body.fits) expect(f.method).toBe(body.responseModel.method);
    expect(body.provenance.incrementalityAttributionModel).toBe("linear");
  });

  it("reports current spend over the period as the direct SQL sum of the last 28 days", async () => {
    const { body } = await post({ totalBudget: 1800, constraints: { locked: ["paid_search"] } });
    const [row] = await h.seeded.db.query<{ spend: number }>(
      `SELECT SUM(spend) AS spend FROM ad_spend_daily
        WHERE organization_id = $1 AND channel = 'paid_search' AND date BETWEEN '2026-10-04' AND '2026-10-31'`,
      [h.seeded.tenant.organizationId],
    );
    const search = body.channels.find((c: { channel: string }) => c.channel === "paid_search");
    expect(search.status).toBe("locked");
    expect(search.currentSpend).toBe(Math.round(row!.spend * 100) / 100);
    expect(search.recommendedSpend).toBe(search.currentSpend);
  });

  it("optimizes explicit what-if curves directly", async () => {
    const { status, body } = await post({
      totalBudget: 100000,
      curves: [
        { channel: "a", curve: { type: "log", a: -9453.72, b: 8256.21 } },
        { channel: "b", curve: { type: "exp", scale: 150000, k: 30000 } },
      ],
    });
    expect(status).toBe(200);
    expect(body.recommendedTotal).toBeCloseTo(100000, 2);
    expect(body.provenance.source).toBe("explicit_curves");
  });

  it("400 naming totalBudget for an empty or negative budget", async () => {
    for (const totalBudget of [undefined, -5, 0]) {
      const { status, body } = await post({ totalBudget });
      expect(status).toBe(400);
      expect(body.error.code).toBe("input.invalid");
      expect(body.error.message).toMatch(/^totalBudget: /);
    }
  });

  it("400 core.infeasible when the bounds cannot hold the budget", async () => {
    const { status, body } = await post({ totalBudget: 100000 });
    expect(status).toBe(400);
    expect(body.error.code).toBe("core.infeasible");
    expect(body.error.message).toContain("totalBudget");
  });

  it("400 naming an unknown locked channel", async () => {
    const { status, body } = await post({ totalBudget: 2000, constraints: { locked: ["tv"] } });
    expect(status).toBe(400);
    expect(body.error.code).toBe("core.invalid_input");
    expect(body.error.message).toBe("constraints.locked: unknown channel 'tv'");
  });
});
