/**
 * Turning Slack on at service start: read the configuration, load the chart renderer, build the
 * app. With no Slack variables it logs "Slack is off" and the service runs as before.
 */
import type { Env } from "../lib/env.ts";
import { createSlackApp, type SlackAppDeps, type SlackRuntime } from "./app.ts";
import { loadChartRenderer } from "./chart-renderer.ts";
import { slackConfigFromEnv } from "./config.ts";

/** The Slack runtime for this environment, or undefined when Slack is off. */
export async function slackFromEnv(
  env: Env,
  deps: Omit<SlackAppDeps, "config" | "renderChart">,
): Promise<SlackRuntime | undefined> {
  const config = slackConfigFromEnv(env);
  if (!config) {
    deps.logger.info(
      "Slack is off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to turn it on; see slack/README.md)",
    );
    return undefined;
  }
  const renderChart = await loadChartRenderer(deps.logger);
  const runtime = createSlackApp({ ...deps, config, renderChart });
  deps.logger.info(
    {
      mode: runtime.mode,
      oauth: config.oauth !== undefined,
      singleWorkspace: config.botToken
        ? { team: config.teamId ?? "first team seen", org: config.orgSlug }
        : undefined,
      apiUrl: config.apiUrl,
      charts: renderChart !== undefined,
    },
    runtime.mode === "http" ? "Slack is on: POST /slack/events" : "Slack is on: Socket Mode",
  );
  return runtime;
}
