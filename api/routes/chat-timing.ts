import type { Response } from "express";
import type { Logger } from "../../lib/logger.ts";

/** When a request arrived (set by the request log, api/middleware/request-log.ts), in hrtime ns. */
export const RECEIVED_AT = "receivedAt";

/**
 * Where a chat request's time went, in ms since the request arrived (before auth and body parsing):
 * the route's own marks (`route`, `first-byte`, `lead-written`, ...) and the agent's (`agent.*`).
 * Logged once at debug level when the response ends ("chat timing"); the web bench reads these
 * lines to report the server's share of "Enter -> first text", which the browser's scheduling does
 * not touch. Only the first occurrence of each mark is kept.
 */
export function chatTimeline(res: Response) {
  const start = (res.locals[RECEIVED_AT] as bigint | undefined) ?? process.hrtime.bigint();
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    if (name in marks) return;
    marks[name] = Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100;
  };
  return {
    mark,
    /**
     * Mark `first-byte` on the first chunk of the body handed to the socket, and `lead-written` on
     * the chunk that carries the lead line's text.
     */
    watchWrites() {
      const write = res.write.bind(res) as (...args: unknown[]) => boolean;
      res.write = ((...args: unknown[]) => {
        mark("first-byte");
        if (!("lead-written" in marks)) {
          const chunk = args[0];
          // The UI message stream hands over encoded SSE lines (one chunk per part).
          const text =
            typeof chunk === "string"
              ? chunk
              : chunk instanceof Uint8Array
                ? Buffer.from(chunk).toString()
                : "";
          if (text.includes('"text-delta"') && text.includes('"id":"lead"')) mark("lead-written");
        }
        return write(...args);
      }) as typeof res.write;
    },
    /** One debug line when the response is done (finished or closed by the client). */
    logWhenDone(logger: Logger) {
      res.once("close", () => {
        mark("end");
        logger.debug({ requestId: res.locals.requestId, marks }, "chat timing");
      });
    },
  };
}
