import type { RequestHandler } from "express";
import type { Metrics } from "../../lib/metrics.ts";

/** Where a router is mounted, recorded before it runs (Express forgets `baseUrl` once an error leaves it). */
const MOUNT = "metricsMount";

/**
 * Remember the mount path of the router that handles this request, so the latency label is the
 * route pattern (`/api/v1/catalog/metrics/:key`) however the request ends.
 * @example app.use("/agents", markMount("/agents"), agentsRouter(deps));
 */
export function markMount(mount: string): RequestHandler {
  return (_req, res, next) => {
    res.locals[MOUNT] = mount;
    next();
  };
}

/**
 * The route label: mount + the matched route's pattern, never the raw URL, so label cardinality
 * stays bounded by the routes we wrote. A request a mounted router did not match (or that auth
 * refused first) is `<mount>/*`; anything else is `unmatched`.
 * @example routeLabel("/api/v1/catalog", "/metrics/:key") // "/api/v1/catalog/metrics/:key"
 */
export function routeLabel(mount: string | undefined, routePath: string | undefined): string {
  if (mount === undefined) return "unmatched";
  if (routePath === undefined) return `${mount}/*`;
  return routePath === "/" ? mount : `${mount}${routePath}`;
}

/** Observe every request's duration in `http_request_duration_seconds{method,route,status}`. */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpRequestDuration.startTimer();
    res.on("finish", () => {
      const route = (req as { route?: { path?: unknown } }).route;
      stop({
        method: req.method,
        route: routeLabel(
          res.locals[MOUNT] as string | undefined,
          typeof route?.path === "string" ? route.path : undefined,
        ),
        status: String(res.statusCode),
      });
    });
    next();
  };
}
