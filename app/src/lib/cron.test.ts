import { describe, expect, it } from "vitest";
import { cronProblem } from "../../../briefs/schedule/cron.ts";
import { cronFromPicker, describeCron } from "./cron.ts";

describe("the schedule picker's cron", () => {
  it("turns every weekday and every day at a time into a cron the API accepts", () => {
    const weekly = cronFromPicker({ every: "week", weekday: 1, time: "09:30" });
    expect(weekly).toBe("30 9 * * 1");
    expect(cronProblem(weekly)).toBeUndefined();
    const daily = cronFromPicker({ every: "day", weekday: 1, time: "18:05" });
    expect(daily).toBe("5 18 * * *");
    expect(cronProblem(daily)).toBeUndefined();
  });

  it("reads simple crons back in words and shows any other as it is", () => {
    expect(describeCron("30 9 * * 1")).toBe("Mondays at 09:30");
    expect(describeCron("0 8 * * *")).toBe("Every day at 08:00");
    expect(describeCron("0 9 1 * *")).toBe("cron 0 9 1 * *");
  });
});
