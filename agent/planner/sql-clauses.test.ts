import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.ts";
import { readSqlClauses } from "./sql-clauses.ts";

describe("readSqlClauses", () => {
  it("says comparison operators as bounds", () => {
    expect(normalize("roas by campaign where spend<500, september")).toBe(
      "roas by campaign where spend under 500 september",
    );
    expect(normalize("clicks having clicks >= 10000")).toBe("clicks having clicks at least 10000");
    expect(normalize("orders <= 40 by state")).toBe("orders at most 40 by state");
    expect(normalize("revenue by channel where revenue>5000")).toBe(
      "revenue by channel where revenue over 5000",
    );
  });

  it("reads a count that must be zero", () => {
    expect(normalize("campaigns where orders = 0 in october")).toBe("campaigns where zero orders in october");
  });

  it("turns every item of a group by list into a breakdown", () => {
    expect(normalize("sum(sessions) group by channel, week last 30 days")).toBe(
      "sessions by channel by week last 30 days",
    );
    expect(normalize("select platform, sum(spend) from q3 group by platform")).toBe(
      "select platform spend from q3 by platform",
    );
  });

  it("reads count(distinct customer) as a number of customers and drops the table", () => {
    expect(normalize("select region, count(distinct customer_id) from orders group by region")).toBe(
      "select region number of customers by region",
    );
  });

  it("reads a ratio alias as the figure it names", () => {
    expect(normalize("select channel, sum(revenue)/sum(spend) as roas group by channel")).toBe(
      "select channel roas by channel",
    );
  });

  it("reads order by and limit as a top or bottom n", () => {
    expect(normalize("select campaign, cpa order by cpa asc limit 3")).toBe(
      "select campaign cpa bottom 3 by cpa",
    );
    expect(normalize("select campaign, roas order by roas desc limit 5")).toBe(
      "select campaign roas top 5 by roas",
    );
  });

  it("reads a grain after a comma in a by list as a second breakdown", () => {
    expect(normalize("cpa by platform, month")).toBe("cpa by platform by month");
    expect(normalize("revenue by channel and week last quarter")).toBe(
      "revenue by channel by week last quarter",
    );
  });

  it("leaves plain questions and period words alone", () => {
    expect(readSqlClauses("spend by channel, month over month")).toBe("spend by channel, month over month");
    expect(readSqlClauses("spend by channel, month to date")).toBe("spend by channel, month to date");
    expect(readSqlClauses("revenue from last quarter")).toBe("revenue from last quarter");
    expect(normalize("where did revenue come from in october")).toBe(
      "where did revenue come from in october",
    );
  });
});
