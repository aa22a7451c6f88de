/**
 * `npm run ask` beside `npm start`: the embedded database belongs to the service, so the question
 * goes through its POST /agents/query. The CLI holds no API key, so it mints a viewer key with
 * the local operator token (the only thing that token may do), asks with it, and revokes it
 * right after; both show in the organization's audit log as the operator's.
 */
import { callService, type RunningService } from "../../db/running-service.ts";
import { type AgentAnswer, type AgentQueryInput, agentAnswerSchema } from "../contract.ts";

/** Ask `question` for organization `org` through the running service. */
export async function askThroughService(
  svc: RunningService,
  org: string,
  input: AgentQueryInput,
): Promise<AgentAnswer> {
  const keys = `/api/v1/keys`;
  const q = `?org=${encodeURIComponent(org)}`;
  // The shape of POST /api/v1/keys (api/routes/keys.ts createdKeyResponse), the part used here.
  const temp = await callService<{ key: { id: number }; secret: string }>(svc, {
    method: "POST",
    path: `${keys}${q}`,
    bearer: svc.token,
    body: { role: "viewer", name: "npm run ask (temporary)" },
  });
  try {
    const body = await callService<unknown>(svc, {
      method: "POST",
      path: "/agents/query",
      bearer: temp.secret,
      body: input,
    });
    return agentAnswerSchema.parse(body);
  } finally {
    await callService(svc, { method: "DELETE", path: `${keys}/${temp.key.id}${q}`, bearer: svc.token });
  }
}
