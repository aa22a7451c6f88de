import { buildWebApp, webBuildState } from "./next-app.ts";

/**
 * `npm start`'s first step: build the web app once when app/.next is missing or was built from
 * other sources, printing a progress line (and Next's own step lines) to `write`.
 */
export async function ensureWebBuild(write: (text: string) => void): Promise<void> {
  const state = await webBuildState();
  if (state === "ready") return;
  const t0 = performance.now();
  write(
    `building the web app (${state === "missing" ? "first start" : "sources changed"}: next build, a few minutes on 2 cores)...\n`,
  );
  await buildWebApp({
    onLine: (line) => {
      // Next's step lines ("Compiled successfully", "Generating static pages") show progress.
      if (/compil|generat|collect|finaliz|creating|error|fail/i.test(line)) write(`  next: ${line.trim()}\n`);
    },
  });
  write(`web app built in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}
