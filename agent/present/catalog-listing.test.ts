/** fix13a: an empty catalog search lists the catalog rather than "closest entries". */
import { describe, expect, it } from "vitest";
import { presentSearch } from "./catalog.ts";

describe("presentSearch with no words", () => {
  it("says the table lists the catalog", () => {
    const row = (key: string) => ({ kind: "metric" as const, key, label: key, description: "d", score: 1 });
    const p = presentSearch({ results: [row("spend"), row("revenue"), row("date")] }, "");
    expect(p.text).toBe(
      "The table lists 2 catalog entries (measures and breakdowns) with what each means; ask for any of them by name.",
    );
  });
});
