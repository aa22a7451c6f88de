/**
 * The scheduling service the API process runs: producers per schedule kind, delivery over the
 * configured channels, the alert evaluator and the scheduler, built from plain configuration (the
 * environment is read in lib/env.ts and mapped in api/startup.ts).
 */
import type { Database } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";
import { createAlertEvaluator } from "./alerts/evaluate.ts";
import { createDeliver } from "./delivery/deliver.ts";
import { createEmailSender, type EmailConfig } from "./delivery/email.ts";
import type { SlackDeliveryConfig } from "./delivery/slack.ts";
import { briefProducer } from "./schedule/brief-producer.ts";
import type { Producers } from "./schedule/producers.ts";
import { createScheduler, type RetryPolicy, type Scheduler } from "./scheduler.ts";

export interface SchedulingConfig {
  /** The web app's base URL, for links back into the chat. */
  appUrl: string;
  allowPrivateWebhooks: boolean;
  slack?: SlackDeliveryConfig;
  email?: EmailConfig;
  retry?: RetryPolicy;
  /** Replace or add producers (the saved-report producer comes from the reports module). */
  producers?: Producers;
}

/** What the routes use: the scheduler (send now) and the producers (preview). */
export interface Scheduling {
  scheduler: Scheduler;
  producers: Producers;
  appUrl: string;
}

/** Build the scheduling service; nothing runs until `scheduler.start()`. */
export function createScheduling(
  deps: { db: Database; logger: Logger; now: () => Date },
  config: SchedulingConfig,
): Scheduling {
  const producers: Producers = { brief: briefProducer(deps.db, config.appUrl), ...config.producers };
  const deliver = createDeliver({
    db: deps.db,
    now: deps.now,
    allowPrivateWebhooks: config.allowPrivateWebhooks,
    slack: config.slack,
    email: config.email ? createEmailSender(config.email) : undefined,
  });
  const scheduler = createScheduler({
    db: deps.db,
    now: deps.now,
    logger: deps.logger,
    deliver,
    producers,
    retry: config.retry,
    evaluateAlerts: createAlertEvaluator({ db: deps.db, logger: deps.logger, appUrl: config.appUrl }),
  });
  return { scheduler, producers, appUrl: config.appUrl };
}
