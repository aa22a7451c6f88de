import { describe, expect, it } from "vitest";
import { runModel } from "./attribute.ts";
import { toKeyedPath } from "./keyed-path.ts";
import { attributionOptionsSchema } from "./types.ts";

describe("toKeyedPath", () => {
  it("keys touches by channel:campaign at campaign level, 0 for no campaign", () => {
    const p = toKeyedPath(
      {
        touches: [{ channel: "email", campaignId: 3, ts: 1 }, { channel: "direct", ts: 2 }, "seo"],
        conversions: 1,
        value: 9,
      },
      "campaign",
    );
    expect(p.keys).toEqual(["email:3", "direct:0", "seo:0"]);
    expect(p.channels).toEqual(["email", "direct", "seo"]);
    expect(p.ts).toBeUndefined();
    expect({ conversions: p.conversions, nulls: p.nulls, value: p.value }).toEqual({
      conversions: 1,
      nulls: 0,
      value: 9,
    });
  });

  it("lets every model run at campaign level (Markov over campaign keys)", () => {
    const paths = [
      toKeyedPath(
        {
          touches: [
            { channel: "email", campaignId: 1 },
            { channel: "email", campaignId: 2 },
          ],
          conversions: 1,
        },
        "campaign",
      ),
      toKeyedPath({ touches: [{ channel: "email", campaignId: 1 }], conversions: 0, nulls: 1 }, "campaign"),
    ];
    const r = runModel(paths, "markov", attributionOptionsSchema.parse({ level: "campaign" }));
    expect(r.removalEffects).toEqual(
      new Map([
        ["email:1", 1],
        ["email:2", 1],
      ]),
    );
    expect(r.byKey.get("email:2")?.conversions).toBeCloseTo(0.5, 12);
  });
});
