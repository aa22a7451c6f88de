import { describe, expect, it } from "vitest";
import type { AttributionToolData } from "../../tools/attribution/execute.ts";
import { kindestModelSentence } from "./attribution-kindest.ts";

const data = (credits: Record<string, number>, keys = ["tiktok_ads"]): AttributionToolData =>
  ({
    metric: "revenue",
    level: "platform",
    period: { from: "2026-10-01", to: "2026-10-31", timeZone: "UTC" },
    models: Object.entries(credits).map(([model, credit]) => ({
      model,
      rows: keys.map((key) => ({ key, label: key, credit, share: 0 })),
    })),
    provenance: [],
  }) as unknown as AttributionToolData;
const name = () => "TikTok Ads";

describe("kindestModelSentence", () => {
  it("names the model that credits the one member most, ties together, and the least", () => {
    const d = data({ last_touch: 264.78, linear: 530.91, linear_distinct: 640.48, shapley: 640.48 });
    expect(kindestModelSentence(d, "which attribution model makes tiktok look best", name, "USD")).toBe(
      "TikTok Ads gets the most credit under linear distinct and Shapley ($640.48) and the least under last touch ($264.78).",
    );
  });

  it("says nothing when the question does not ask which model, or rows hold several members", () => {
    const d = data({ last_touch: 1, linear: 2, markov: 3 });
    expect(kindestModelSentence(d, "attribution for tiktok by model", name, "USD")).toBe("");
    const two = data({ last_touch: 1, linear: 2, markov: 3 }, ["a", "b"]);
    expect(kindestModelSentence(two, "which model is kindest to tiktok", (r) => String(r.key), "USD")).toBe(
      "",
    );
  });
});
