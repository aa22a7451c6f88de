"use client";
import { useEffect, useRef, useState } from "react";
import { withWrappedTitle } from "@/lib/chart-title";
import { currentTheme, onThemeChange } from "@/lib/theme";

let measureCanvas: HTMLCanvasElement | undefined;
/** Text width in px in a CSS font, measured on a canvas (the same fonts Vega draws with). */
function measureText(text: string, font: string): number {
  measureCanvas ??= document.createElement("canvas");
  const ctx = measureCanvas.getContext("2d");
  if (!ctx) return text.length * 7.5;
  ctx.font = font;
  return ctx.measureText(text).width;
}

/**
 * An interactive Vega-Lite chart from the answer's own spec (the chart type the agent chose), with
 * tooltips. vega-embed is loaded on demand so the chat's first paint does not wait for it, and runs
 * with Vega's expression interpreter, so no `eval` is needed under the page's CSP.
 */
export function VegaChart(props: { spec: Record<string, unknown>; label: string }) {
  const ref = useRef<HTMLElement>(null);
  const [failed, setFailed] = useState<string>();
  const [theme, setTheme] = useState<string>();
  useEffect(() => {
    setTheme(currentTheme());
    return onThemeChange(() => setTheme(currentTheme()));
  }, []);
  useEffect(() => {
    if (!theme) return;
    let finalize: (() => void) | undefined;
    let cancelled = false;
    (async () => {
      const [{ default: embed }, { expressionInterpreter }] = await Promise.all([
        import("vega-embed"),
        import("vega-interpreter"),
      ]);
      if (cancelled || !ref.current) return;
      const dark = theme === "dark";
      // Vega never wraps a title: break it into lines that fit this column (a phone's 390 px cut
      // "Revenue (USD) by channel, October 1–31, 2026" off), leaving room for the actions button.
      const el = ref.current;
      // clientWidth includes the figure's own 24 px right padding, which vega-embed widens to 38.
      const titleWidth = el.clientWidth - 38 - 16;
      // The panel's own background shows through (Vega's dark theme would paint #333 boxes).
      const narrow = el.clientWidth < 480;
      const config = (props.spec.config ?? {}) as Record<string, unknown>;
      const spec = {
        ...withWrappedTitle(props.spec, titleWidth, measureText),
        // On a phone a legend beside the plot takes half its width: put it underneath.
        ...(narrow
          ? {
              config: {
                ...config,
                legend: { ...(config.legend as object), orient: "bottom", direction: "horizontal" },
              },
            }
          : {}),
        width: "container",
        autosize: { type: "fit", contains: "padding" },
        background: "transparent",
      };
      const result = await embed(el, spec as never, {
        actions: { export: true, source: false, compiled: false, editor: false },
        renderer: "svg",
        theme: dark ? "dark" : undefined,
        ast: true,
        expr: expressionInterpreter,
        tooltip: { theme: dark ? "dark" : "light" },
      });
      finalize = () => result.finalize();
      // vega-embed's actions menu is a <summary> with only an icon: give it a name.
      el.querySelector("summary")?.setAttribute("aria-label", "Chart actions (export as SVG or PNG)");
      el.dataset.rendered = "true";
    })().catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      finalize?.();
    };
  }, [props.spec, theme]);
  if (failed) return <p className="error">The chart could not be drawn: {failed}</p>;
  return <figure ref={ref} className="chart" aria-label={props.label} />;
}
