/**
 * The Slack app: Bolt 5 in the API's process. HTTP mode mounts an ExpressReceiver router at
 * POST /slack/events (events, interactivity, slash commands; signatures verified, url_verification
 * answered) plus the OAuth install routes; Socket Mode (SLACK_APP_TOKEN) connects out instead.
 * Wiring only: listeners live in listeners/, messages in blocks/, answering in answer-job.ts.
 */
import { App, ExpressReceiver, webApi } from "@slack/bolt";
import { Router as createRouter, type Router } from "express";
import { claimSlackEvent } from "../db/repositories/slack.ts";
import type { AnswerDeps } from "./answer-job.ts";
import { boltLogger } from "./bolt-logger.ts";
import { createChannelQueue } from "./channel-queue.ts";
import type { SlackConfig } from "./config.ts";
import { registerActions } from "./listeners/actions.ts";
import { createAssistant } from "./listeners/assistant.ts";
import { registerCommand } from "./listeners/command.ts";
import { registerDirectMessages } from "./listeners/direct-messages.ts";
import { registerMentions } from "./listeners/mentions.ts";
import { oauthRouter } from "./oauth.ts";
import { createAuthorize } from "./tenancy.ts";

export interface SlackAppDeps extends AnswerDeps {
  config: SlackConfig;
  /** WebClient retry policy (tests shorten it); 429s always wait for Retry-After. */
  retryConfig?: webApi.RetryOptions;
}

export interface SlackRuntime {
  mode: "http" | "socket";
  /** HTTP mode: mount before the API's body parsers (Bolt verifies signatures on the raw body). */
  router?: Router;
  /** Socket Mode: connect. HTTP mode: nothing to do. */
  start(): Promise<void>;
  /** Wait for queued answers, then disconnect (Socket Mode). */
  stop(): Promise<void>;
  /** Resolves when no answer is queued or running (tests, benchmarks). */
  idle(): Promise<void>;
}

/** The Slack Web API base URL with the trailing slash the WebClient expects. */
function apiUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.endsWith("/") ? url : `${url}/`;
}

/** Build the Bolt app with every listener; does not connect or listen. */
export function createSlackApp(deps: SlackAppDeps): SlackRuntime {
  const { config, db } = deps;
  const logger = boltLogger(deps.logger);
  const clientOptions: webApi.WebClientOptions = {
    ...(apiUrl(config.apiUrl) ? { slackApiUrl: apiUrl(config.apiUrl) } : {}),
    ...(deps.retryConfig ? { retryConfig: deps.retryConfig } : {}),
    logger,
  };
  const authorize = createAuthorize({ db, config, client: new webApi.WebClient(undefined, clientOptions) });
  const socket = config.appToken !== undefined;
  const receiver = socket
    ? undefined
    : new ExpressReceiver({
        signingSecret: config.signingSecret ?? "",
        endpoints: "/slack/events",
        router: createRouter(),
        logger,
        // Ack first, answer after: slow answers keep Slack's 3-second window.
        processBeforeResponse: false,
      });
  const app = new App({
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken }),
    authorize,
    clientOptions,
    logger,
  });

  // A retried or duplicated delivery (X-Slack-Retry-Num, a second replica) is answered once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await claimSlackEvent(db, `event:${eventId}`))) {
      deps.logger.info({ eventId }, "Slack delivery already handled; ignored");
      return;
    }
    await next();
  });
  app.error(async (error) => {
    deps.logger.warn({ err: error, code: error.code }, "Slack request not handled");
  });

  const queue = createChannelQueue();
  const listenerDeps = { ...deps, queue };
  app.assistant(createAssistant(listenerDeps));
  registerMentions(app, listenerDeps);
  registerDirectMessages(app, listenerDeps);
  registerCommand(app, listenerDeps);
  registerActions(app, listenerDeps);

  let router: Router | undefined;
  if (receiver) {
    router = createRouter();
    router.use(receiver.router);
    if (config.oauth)
      router.use(
        oauthRouter({ db, logger: deps.logger, oauth: config.oauth, apiUrl: apiUrl(config.apiUrl) }),
      );
  }
  return {
    mode: socket ? "socket" : "http",
    router,
    async start() {
      if (socket) await app.start();
    },
    async stop() {
      await queue.idle();
      if (socket) await app.stop();
    },
    idle: () => queue.idle(),
  };
}
