/**
 * Same-origin JSON calls to the API. The session cookie authenticates them (httpOnly: this code
 * never sees it); a 401 means the session ended, so the caller sends the user to sign in.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    credentials: "same-origin",
    headers: init.body === undefined ? {} : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 204) return undefined as T;
  const json = (await res.json().catch(() => ({}))) as {
    error?: { code: string; message: string; details?: Record<string, unknown> };
  };
  if (!res.ok) {
    throw new ApiError(
      res.status,
      json.error?.code ?? "http",
      json.error?.message ?? res.statusText,
      json.error?.details,
    );
  }
  return json as T;
}
