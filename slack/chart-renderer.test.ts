import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { loadChartRenderer } from "./chart-renderer.ts";

function capture() {
  const lines: string[] = [];
  return { lines, logger: pino({ level: "info" }, { write: (l: string) => void lines.push(l) }) };
}

describe("loadChartRenderer", () => {
  it("returns undefined and logs once when the renderer module is missing", async () => {
    const { lines, logger } = capture();
    expect(
      await loadChartRenderer(logger, new URL("./no-such-renderer.ts", import.meta.url).href),
    ).toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Slack chart images are off");
  });

  it("calls renderChartPng of a module that exports it", async () => {
    const { logger } = capture();
    const source = "export async function renderChartPng(spec) { return Buffer.from(JSON.stringify(spec)); }";
    const render = await loadChartRenderer(logger, `data:text/javascript,${encodeURIComponent(source)}`);
    expect((await render!({ mark: "bar" }))?.toString()).toBe('{"mark":"bar"}');
  });
});
