import { createHash, timingSafeEqual } from "node:crypto";
import { Router } from "express";
import type { Env } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import type { Metrics } from "../../lib/metrics.ts";

/** Who may scrape `GET /metrics`: anyone (development), bearers of a token, or nobody (route absent). */
export type MetricsAccess = { kind: "open" } | { kind: "token"; token: string } | { kind: "off" };

/**
 * The access rule from the environment: `METRICS_TOKEN` set -> that bearer token is required;
 * otherwise open in development and test, and off in production (metrics reveal traffic and
 * organization activity, so production never serves them unauthenticated).
 * @example metricsAccessFrom({ NODE_ENV: "production", METRICS_TOKEN: undefined }) // { kind: "off" }
 */
export function metricsAccessFrom(env: Pick<Env, "NODE_ENV" | "METRICS_TOKEN">): MetricsAccess {
  if (env.METRICS_TOKEN) return { kind: "token", token: env.METRICS_TOKEN };
  return env.NODE_ENV === "production" ? { kind: "off" } : { kind: "open" };
}

/** Constant-time comparison of two secrets of any length (hash first, then compare digests). */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** `GET /metrics`: the Prometheus text format of the service's registry. */
export function prometheusRouter(metrics: Metrics, access: Exclude<MetricsAccess, { kind: "off" }>): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    if (access.kind === "token") {
      const match = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "");
      if (!match || !sameSecret(match[1]!, access.token)) {
        res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
        throw new AppError("auth.unauthorized", "metrics need 'Authorization: Bearer <METRICS_TOKEN>'");
      }
    }
    res.setHeader("Content-Type", metrics.registry.contentType);
    res.setHeader("Cache-Control", "no-store");
    res.send(await metrics.registry.metrics());
  });
  return router;
}
