/**
 * The Slack app's configuration, from the parsed environment (lib/env.ts). Undefined means Slack is
 * off: the service runs as before and says so once in the log.
 */
import type { Env } from "../lib/env.ts";
import { AppError } from "../lib/errors.ts";

export interface SlackConfig {
  /** Verifies HTTP requests (required in HTTP mode). */
  signingSecret?: string;
  /** Single-workspace bot token; multi-workspace installs bring their own. */
  botToken?: string;
  /** App-level token: Socket Mode instead of HTTP events. */
  appToken?: string;
  /** Base URL of the Slack Web API (a Slack-compatible server in tests and demos). */
  apiUrl?: string;
  /** Single-workspace mode: the only team answered (the first team seen when unset). */
  teamId?: string;
  /** Organization slug a single-workspace team reads. */
  orgSlug: string;
  /** Multi-workspace OAuth install. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string };
}

type SlackEnv = Pick<
  Env,
  | "SLACK_BOT_TOKEN"
  | "SLACK_SIGNING_SECRET"
  | "SLACK_API_URL"
  | "SLACK_APP_TOKEN"
  | "SLACK_TEAM_ID"
  | "SLACK_ORG"
  | "SLACK_CLIENT_ID"
  | "SLACK_CLIENT_SECRET"
  | "SLACK_STATE_SECRET"
>;

/**
 * The Slack configuration, or undefined when no Slack variable that turns it on is set. Throws
 * AppError("env.invalid") naming the missing variable for a half-done configuration.
 */
export function slackConfigFromEnv(env: SlackEnv): SlackConfig | undefined {
  const oauthVars = [env.SLACK_CLIENT_ID, env.SLACK_CLIENT_SECRET, env.SLACK_STATE_SECRET];
  if (!env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && oauthVars.every((v) => v === undefined))
    return undefined;
  const missing = (name: string, why: string) =>
    new AppError("env.invalid", `invalid environment: ${name}: required ${why}`);
  const oauth =
    env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET
      ? {
          clientId: env.SLACK_CLIENT_ID,
          clientSecret: env.SLACK_CLIENT_SECRET,
          stateSecret: env.SLACK_STATE_SECRET,
        }
      : undefined;
  if (!oauth && oauthVars.some((v) => v !== undefined)) {
    const name = ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"][
      oauthVars.indexOf(undefined)
    ]!;
    throw missing(name, "for the OAuth install (set all three or none)");
  }
  if (!env.SLACK_BOT_TOKEN && !oauth)
    throw missing("SLACK_BOT_TOKEN", "(or the SLACK_CLIENT_* OAuth variables)");
  if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET)
    throw missing(
      "SLACK_SIGNING_SECRET",
      "to verify Slack's HTTP requests (or SLACK_APP_TOKEN for Socket Mode)",
    );
  return {
    signingSecret: env.SLACK_SIGNING_SECRET,
    botToken: env.SLACK_BOT_TOKEN,
    appToken: env.SLACK_APP_TOKEN,
    apiUrl: env.SLACK_API_URL,
    teamId: env.SLACK_TEAM_ID,
    orgSlug: env.SLACK_ORG,
    oauth,
  };
}
