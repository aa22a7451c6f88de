import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseChart } from "../../agent/chart/index.ts";
import { chartFixtures } from "./chart-fixtures.ts";
import { renderChartSvg } from "./render-svg.ts";

/** The text nodes of an SVG, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? "").replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">"),
  );
}

const fixture = (kind: string) => {
  const found = chartFixtures().find((f) => f.kind === kind);
  if (!found) throw new Error(`no ${kind} fixture`);
  return found.spec;
};

describe("renderChartSvg", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("writes the title, axis titles, category labels and formatted values as text in the bundled font", async () => {
    const svg = await renderChartSvg(fixture("bar"));
    const all = texts(svg);
    expect(all).toEqual(
      expect.arrayContaining([
        "Revenue (USD) by channel, October 1–31, 2026",
        "Revenue (USD)",
        "Channel",
        "organic_search",
        "direct",
        "paid_search",
        "paid_social",
        "email",
        "0",
        "10,000",
        "50,000",
      ]),
    );
    expect(svg).toMatch(/<svg[^>]*width="720"/);
    const families = [...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]);
    expect(families.length).toBeGreaterThan(10);
    expect(new Set(families)).toEqual(new Set(["Inter"]));
  });

  it("formats values as the spec says: percent shares and ratio decimals", async () => {
    expect(texts(await renderChartSvg(fixture("share")))).toEqual(expect.arrayContaining(["0.0%", "40.0%"]));
    expect(texts(await renderChartSvg(fixture("grouped-bar")))).toEqual(
      expect.arrayContaining(["0.00", "1.00", "3.00", "Period", "Current", "September"]),
    );
  });

  it("labels a line chart's days as the calendar days of the data, even west of UTC", async () => {
    vi.stubEnv("TZ", "America/Los_Angeles");
    const labels = texts(await renderChartSvg(fixture("line")));
    // A local scale would put each point 7 hours before its day's tick, so the last day's tick
    // (Oct 14) would fall outside the axis.
    expect(labels).toEqual(expect.arrayContaining(["Oct 1", "Oct 14"]));
    expect(labels.some((l) => l.startsWith("Sep"))).toBe(false);
    // Guard: the zone really applied in this process.
    expect(new Date("2026-10-01").getDate()).toBe(30);
  });

  it("draws a legend for colour", async () => {
    const labels = texts(await renderChartSvg(fixture("multi-line")));
    expect(labels).toEqual(expect.arrayContaining(["Channel", "paid_search", "paid_social", "email"]));
  });

  it("truncates long category labels with an ellipsis within the label limit", async () => {
    const long = "Search - NonBrand - Hiking Boots & Trail Footwear (Exact) - United States and Canada";
    const spec = chooseChart({
      columns: [
        { key: "campaign", label: "Campaign", kind: "category" },
        { key: "spend", label: "Spend", kind: "metric", unit: "currency" },
      ],
      rows: [
        { campaign: long, spend: 1200 },
        { campaign: "Brand", spend: 800 },
      ],
      currency: "USD",
    });
    const labels = texts(await renderChartSvg(spec));
    expect(labels).toContain("Brand");
    expect(labels).not.toContain(long);
    const cut = labels.find((l) => l.startsWith("Search - NonBrand"));
    expect(cut).toMatch(/…$/);
    expect(cut?.length).toBeLessThan(long.length);
  });

  it("keeps everything inside the image (fit to the width, padding included)", async () => {
    for (const { spec } of chartFixtures()) {
      const svg = await renderChartSvg(spec, { width: 480 });
      expect(svg).toMatch(/<svg[^>]*width="480"/);
      // Every translate of the outer group stays inside the canvas.
      const [, x, y] = /<g transform="translate\((-?[\d.]+),(-?[\d.]+)\)"/.exec(svg) ?? [];
      expect(Number(x)).toBeGreaterThanOrEqual(0);
      expect(Number(y)).toBeGreaterThanOrEqual(0);
    }
  });
});
