import { describe, expect, it } from "vitest";
import { noFetchLoader } from "./no-fetch-loader.ts";
import { renderChartPng } from "./render-png.ts";
import { MAX_CHART_ROWS, parseChartSpec } from "./spec-schema.ts";

const bar = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  data: { values: [{ channel: "email", revenue: 10 }] },
  mark: "bar",
  encoding: { x: { field: "revenue", type: "quantitative" }, y: { field: "channel", type: "nominal" } },
};

describe("parseChartSpec", () => {
  it("accepts a Vega-Lite view with inline values", () => {
    expect(parseChartSpec(bar)).toEqual(bar);
  });

  it.each<[string, unknown, string]>([
    ["not an object", "a chart", "(root)"],
    ["null", null, "(root)"],
    [
      "a Vega (not Vega-Lite) schema",
      { ...bar, $schema: "https://vega.github.io/schema/vega/v5.json" },
      "$schema",
    ],
    ["nothing to draw", { data: bar.data }, "expected a Vega-Lite view"],
    ["no data", { mark: "bar" }, "data"],
    [
      "more rows than a chart can show",
      { ...bar, data: { values: Array.from({ length: MAX_CHART_ROWS + 1 }, () => ({ revenue: 1 })) } },
      "data.values",
    ],
    ["data from a URL", { ...bar, data: { url: "https://example.com/data.json" } }, "data"],
    ["a data generator", { ...bar, data: { sequence: { start: 0, stop: 10 } } }, "data"],
    [
      "a layer loading from a URL",
      { ...bar, layer: [{ data: { url: "file:///etc/passwd" }, mark: "point" }] },
      "layer.0.data.url",
    ],
    [
      "a lookup loading from a URL",
      { ...bar, transform: [{ lookup: "channel", from: { data: { url: "x.csv" }, key: "channel" } }] },
      "transform.0.from.data.url",
    ],
  ])("refuses %s, naming the field", (_name, spec, field) => {
    expect(() => parseChartSpec(spec)).toThrowError(expect.objectContaining({ code: "input.invalid" }));
    expect(() => parseChartSpec(spec)).toThrowError(field);
  });

  it("refuses a URL before rendering anything", async () => {
    await expect(
      renderChartPng({ ...bar, data: { url: "https://example.com/data.json" } }),
    ).rejects.toMatchObject({ code: "input.invalid", message: expect.stringContaining("refused") });
  });

  it("refuses an invalid Vega-Lite spec as input", async () => {
    await expect(renderChartPng({ ...bar, mark: "no-such-mark" })).rejects.toMatchObject({
      code: "input.invalid",
    });
  });
});

describe("noFetchLoader", () => {
  it("refuses every kind of load", async () => {
    const loader = noFetchLoader();
    await expect(loader.load("https://example.com/a.json")).rejects.toMatchObject({ code: "input.invalid" });
    await expect(loader.sanitize("https://example.com/a.png", {})).rejects.toMatchObject({
      code: "input.invalid",
    });
    await expect(loader.http("https://example.com/a.json", {})).rejects.toMatchObject({
      code: "input.invalid",
    });
    await expect(loader.file("/etc/passwd")).rejects.toMatchObject({ code: "input.invalid" });
  });
});
