/**
 * For CLIs beside `npm start` (keys, ask): find the service that holds DATA_DIR (through its lock file) and
 * call it with the local operator token, instead of opening the embedded database a second time.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { AppError, type ErrorCode } from "../lib/errors.ts";
import { readLock, TOKEN_FILE } from "./data-dir-lock.ts";

export interface RunningService {
  pid: number;
  url: string;
  command: string;
  /** The operator token from DATA_DIR/service.token. */
  token: string;
}

/**
 * The service holding `dataDir`, when one is listening. Undefined when the directory is free, its
 * lock is stale, or its holder is not a listening service (opening the database then takes over
 * the stale lock, or refuses in one line naming the holder).
 */
export async function findRunningService(dataDir: string): Promise<RunningService | undefined> {
  const lock = await readLock(dataDir);
  // A holder on another host (a shared volume) publishes a loopback URL that means nothing here.
  if (lock.state !== "held" || !lock.info.url || lock.note) return undefined;
  const tokenPath = path.join(dataDir, TOKEN_FILE);
  let token: string;
  try {
    token = (await fs.readFile(tokenPath, "utf8")).trim();
  } catch (e) {
    throw new AppError(
      "auth.forbidden",
      `the service '${lock.info.command}' (pid ${lock.info.pid}, ${lock.info.url}) holds ${dataDir}, but its operator token ${tokenPath} cannot be read (${(e as NodeJS.ErrnoException).code}); run this as the user who started it`,
    );
  }
  return { pid: lock.info.pid, url: lock.info.url, command: lock.info.command, token };
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "input.invalid",
  401: "auth.unauthorized",
  403: "auth.forbidden",
  404: "not_found",
  429: "rate_limited",
};

/**
 * One JSON request to the service. An error response becomes an AppError carrying the service's
 * own message, so the CLI prints the same line it would print when working on the database.
 */
export async function callService<T>(
  svc: Pick<RunningService, "url" | "pid">,
  init: { method: string; path: string; bearer: string; body?: unknown },
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${svc.url}${init.path}`, {
      method: init.method,
      headers: {
        authorization: `Bearer ${init.bearer}`,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (e) {
    throw new AppError(
      "internal",
      `the service at ${svc.url} (pid ${svc.pid}) did not answer: ${(e as Error).cause ?? (e as Error).message}`,
      { cause: e },
    );
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const message =
      (body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${res.status}`;
    throw new AppError(CODE_BY_STATUS[res.status] ?? "internal", `${message} (service at ${svc.url})`);
  }
  return body as T;
}
