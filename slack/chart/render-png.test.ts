import { crc32 } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartFixtures } from "./chart-fixtures.ts";
import { CHART_FONT_FAMILY } from "./fonts.ts";
import { renderChartPng, renderChartSvg, resvgOptions } from "./render-png.ts";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Walk a PNG's chunks, checking each CRC; returns IHDR's size and the chunk types in order. */
function readPng(png: Buffer): { width: number; height: number; chunks: string[] } {
  expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  const chunks: string[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
    chunks.push(typeAndData.toString("latin1", 0, 4));
    at += 12 + length;
  }
  expect(at).toBe(png.length);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), chunks };
}

/** Size the SVG declares, in CSS pixels. */
function svgSize(svg: string): { width: number; height: number } {
  const match = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  if (!match) throw new Error("no size on the svg element");
  return { width: Number(match[1]), height: Number(match[2]) };
}

const darkPixels = (rgba: Buffer) => {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if ((rgba[i] ?? 255) < 128 && (rgba[i + 3] ?? 0) > 128) n++;
  return n;
};

describe("renderChartPng", () => {
  it.each(chartFixtures().map((f) => [f.kind, f] as const))(
    "renders the %s chart as a valid PNG at twice the SVG's size",
    async (_kind, { spec }) => {
      const [png, svg] = await Promise.all([renderChartPng(spec), renderChartSvg(spec)]);
      const { width, height, chunks } = readPng(png);
      const size = svgSize(svg);
      expect(size.width).toBe(720);
      expect(width).toBe(1440);
      expect(height).toBe(Math.ceil(size.height * 2));
      expect(height).toBeGreaterThan(200);
      expect(chunks[0]).toBe("IHDR");
      expect(chunks).toContain("IDAT");
      expect(chunks.at(-1)).toBe("IEND");
    },
  );

  it("honours width and scale", async () => {
    const [{ spec }] = chartFixtures();
    const png = await renderChartPng(spec, { width: 400, scale: 1 });
    expect(readPng(png).width).toBe(400);
  });

  it("refuses out-of-range options, naming them", async () => {
    const [{ spec }] = chartFixtures();
    await expect(renderChartPng(spec, { scale: 10 })).rejects.toMatchObject({
      code: "input.invalid",
      message: expect.stringContaining("scale"),
    });
    await expect(renderChartPng(spec, { width: 10 })).rejects.toMatchObject({
      message: expect.stringContaining("width"),
    });
  });
});

describe("resvgOptions", () => {
  const text = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-family="${CHART_FONT_FAMILY}" font-size="24">Revenue</text></svg>`;

  it("draws text with the bundled font alone (no system fonts)", () => {
    const options = resvgOptions(1);
    expect(options.font?.loadSystemFonts).toBe(false);
    expect(darkPixels(new Resvg(text, options).render().pixels)).toBeGreaterThan(100);
  });

  it("draws no text without the bundled font, so the check above can fail", () => {
    const options = resvgOptions(1);
    const noFonts = { ...options, font: { ...options.font, fontFiles: [] } };
    expect(darkPixels(new Resvg(text, noFonts).render().pixels)).toBe(0);
  });
});
