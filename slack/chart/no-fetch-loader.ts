/**
 * A Vega loader that refuses everything: no data, image or link is ever fetched while a chart is
 * rendered on the server (a spec that asks for one fails instead of reaching the network or disk).
 */
import * as vega from "vega";
import { AppError } from "../../lib/errors.ts";

/** A loader whose `load`, `sanitize`, `http` and `file` all reject with `input.invalid`. */
export function noFetchLoader(): vega.Loader {
  const refuse = (what: unknown) =>
    Promise.reject(new AppError("input.invalid", `chart spec: loading ${String(what)} is refused`));
  return Object.assign(vega.loader(), { load: refuse, sanitize: refuse, http: refuse, file: refuse });
}
