/**
 * recommend narrowed to one channel ("3 things to fix in paid social") or one ad platform ("what
 * should I fix in meta ads"). A platform's campaigns are its own; the channel-level actions (a cut,
 * a raise, a move, a tracking gap) are kept for the channel the platform runs in, since the budget
 * core models channels, and the answer says they cover the whole channel.
 */
import type { Recommendation } from "../../core/recommend/types.ts";
import { platformLabel } from "../../db/catalog/dimension-values.ts";
import type { ToolDeps } from "../shared/deps.ts";

type Labelled = { key: string; label: string };

/** What the actions were narrowed to. */
export interface ActionScope {
  channel: Labelled | null;
  /** The platform asked about and the channels its campaigns run in. */
  platform: (Labelled & { channels: Labelled[] }) | null;
}

/**
 * The scope for the tool's input, or an error message naming the field when the platform has no
 * campaign here.
 */
export async function readActionScope(
  deps: ToolDeps,
  input: { channel?: string | undefined; platform?: string | undefined },
  labels: Record<string, string>,
): Promise<{ scope: ActionScope; campaignPlatform: Map<string, string> } | { error: string }> {
  const label = (key: string) => ({ key, label: labels[key] ?? key });
  const channel = input.channel ? label(input.channel) : null;
  if (!input.platform) return { scope: { channel, platform: null }, campaignPlatform: new Map() };
  const rows = await deps.db.query<{ id: number; name: string; channel: string; platform: string }>(
    "SELECT id, name, channel, platform FROM campaigns WHERE organization_id = $1",
    [deps.tenant.organizationId],
  );
  const own = rows.filter((r) => r.platform === input.platform);
  if (!own.length)
    return {
      error: `platform: no campaign runs on '${input.platform}' here (platforms: ${[...new Set(rows.map((r) => r.platform))].sort().join(", ")})`,
    };
  // Actions name campaigns by id or, when the id is not kept, by name: both map to the platform.
  const campaignPlatform = new Map(
    rows.flatMap((r) => [[String(r.id), r.platform] as const, [r.name, r.platform] as const]),
  );
  const channels = [...new Set(own.map((r) => r.channel))].sort().map(label);
  return {
    scope: { channel, platform: { key: input.platform, label: platformLabel(input.platform), channels } },
    campaignPlatform,
  };
}

/**
 * The ranked actions inside the scope, in their order: a campaign action when one of its campaigns
 * is in the channel (or on the platform), any other action when it targets the channel (or the
 * platform's channel).
 */
export function actionsInScope<R extends Pick<Recommendation, "level" | "targets">>(
  ranked: readonly R[],
  scope: ActionScope,
  campaignChannel: ReadonlyMap<string, string>,
  campaignPlatform: ReadonlyMap<string, string>,
): R[] {
  const { channel, platform } = scope;
  if (!channel && !platform) return [...ranked];
  const channels = new Set(platform ? platform.channels.map((c) => c.key) : [channel!.key]);
  if (platform && channel) for (const c of [...channels]) if (c !== channel.key) channels.delete(c);
  return ranked.filter((r) =>
    r.level === "campaign"
      ? r.targets.some(
          (t) =>
            (!platform || campaignPlatform.get(t) === platform.key) &&
            (!channel || campaignChannel.get(t) === channel.key),
        )
      : r.targets.some((t) => channels.has(t)),
  );
}
