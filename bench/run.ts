/**
 * `npm run bench -- <name> [args]`: run one benchmark. Each prints its figures with a baseline
 * measured in the same run (these machines are shared and noisy, so absolute times vary).
 */
import { isAppError } from "../lib/errors.ts";

const BENCHES: Record<string, string[]> = {
  simulate: ["./simulate.ts"],
  semantic: ["./semantic.ts"],
  agent: ["./agent.ts"],
  "model-outage": ["./model-outage.ts"],
  slack: ["./slack.ts"],
  truth: ["./truth.ts"],
  alerts: ["./alerts.ts"],
  "campaign-truth": ["./campaign-truth.ts"],
  "budget-truth": ["./profit-truth.ts"],
  chart: ["./chart.ts"],
  fuzz: ["./fuzz.ts"],
  web: ["./web.ts"],
  core: ["./core-attribution.ts", "./core-budget.ts"],
  "core-attribution": ["./core-attribution.ts"],
  "core-budget": ["./core-budget.ts"],
  paths: ["./paths.ts"],
  events: ["./events.ts"],
  import: ["./import.ts"],
  refresh: ["./import-refresh.ts"],
};

const [name, ...args] = process.argv.slice(2);
const files = name ? BENCHES[name] : undefined;
if (!files) {
  process.stderr.write(`error: usage: npm run bench -- <${Object.keys(BENCHES).join("|")}> [args]\n`);
  process.exit(2);
}
try {
  for (const file of files) {
    const mod = (await import(new URL(file, import.meta.url).href)) as { run(args: string[]): Promise<void> };
    await mod.run(args);
  }
} catch (e) {
  // A benchmark pointed at a DATA_DIR another process holds: one line naming that process.
  if (!isAppError(e) || e.code !== "db.locked") throw e;
  process.stderr.write(`error: ${e.message}\n`);
  process.exit(1);
}
