import { describe, expect, it } from "vitest";
import { parseEnv } from "../lib/env.ts";
import { slackConfigFromEnv } from "./config.ts";

describe("slackConfigFromEnv", () => {
  it("is off with no Slack variables", () => {
    expect(slackConfigFromEnv(parseEnv({}))).toBeUndefined();
  });

  it("reads single-workspace HTTP mode", () => {
    expect(
      slackConfigFromEnv(
        parseEnv({
          SLACK_BOT_TOKEN: "xoxb-1",
          SLACK_SIGNING_SECRET: "s",
          SLACK_API_URL: "http://127.0.0.1:4790/api/",
        }),
      ),
    ).toEqual({
      signingSecret: "s",
      botToken: "xoxb-1",
      appToken: undefined,
      apiUrl: "http://127.0.0.1:4790/api/",
      teamId: undefined,
      orgSlug: "acme",
      oauth: undefined,
    });
  });

  it("names the missing variable of a half-done configuration", () => {
    expect(() => slackConfigFromEnv(parseEnv({ SLACK_BOT_TOKEN: "xoxb-1" }))).toThrow(
      "invalid environment: SLACK_SIGNING_SECRET: required to verify Slack's HTTP requests (or SLACK_APP_TOKEN for Socket Mode)",
    );
    expect(() =>
      slackConfigFromEnv(
        parseEnv({ SLACK_CLIENT_ID: "c", SLACK_CLIENT_SECRET: "s", SLACK_SIGNING_SECRET: "x" }),
      ),
    ).toThrow("SLACK_STATE_SECRET: required for the OAuth install (set all three or none)");
    expect(() => parseEnv({ SLACK_BOT_TOKEN: "bad" })).toThrow(
      "SLACK_BOT_TOKEN: expected a bot token (xoxb-...)",
    );
  });

  it("accepts Socket Mode without a signing secret", () => {
    expect(
      slackConfigFromEnv(parseEnv({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }))?.appToken,
    ).toBe("xapp-1");
  });
});
