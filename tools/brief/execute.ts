import { type Brief, buildBrief } from "../../briefs/build-brief.ts";
import { ok, type ToolResult } from "../result.ts";
import type { ToolDeps } from "../shared/deps.ts";
import { runTool } from "../shared/run-tool.ts";
import { briefInput } from "./definition.ts";

/** brief: build the brief for the request's organization (never one named in the arguments). */
export function createBrief(deps: ToolDeps) {
  return (args: unknown): Promise<ToolResult<Brief>> =>
    runTool(briefInput, args, async (input) =>
      ok(
        await buildBrief(
          { db: deps.db, now: deps.now, catalog: deps.catalog },
          {
            organizationId: deps.tenant.organizationId,
            period: input.period,
            ...(input.review ? { review: true } : {}),
          },
        ),
      ),
    );
}
