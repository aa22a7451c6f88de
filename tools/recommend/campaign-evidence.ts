/**
 * The inputs of core/recommend/campaigns.ts for one organization: each paid channel's fitted
 * plan-level curve (the same fit as recommend_budget: incremental when the data allow) and each
 * campaign's daily spend and attributed revenue with its channel.
 */
import { incrementalityInputSchema } from "../../core/budget/incrementality-schema.ts";
import { prepareProblem } from "../../core/budget/prepare.ts";
import { budgetOptimizeRequestSchema } from "../../core/budget/schemas.ts";
import {
  type CampaignAction,
  type CampaignSkip,
  type ChannelCurve,
  campaignActions,
} from "../../core/recommend/campaigns.ts";
import { parseInput } from "../../core/stats/parse-input.ts";
import { readChannelHistory, withSpend } from "../../db/analytics/channel-history.ts";
import { readIncrementalityInputs } from "../../db/analytics/incrementality-inputs.ts";
import type { ToolDeps } from "../shared/deps.ts";

/** Spend over the last `n` days, scaled up from the mean when fewer days exist (as the optimizer counts it). */
function recentSpend(days: readonly { spend: number }[], n: number): number {
  const tail = days.slice(-n);
  const sum = tail.reduce((a, d) => a + d.spend, 0);
  return tail.length === n ? sum : (sum / Math.max(1, tail.length)) * n;
}

/** Each fitted channel's curve over a `days`-day period, or [] when nothing could be fitted. */
async function channelCurves(
  deps: ToolDeps,
  range: { from: string; to: string },
  days: number,
): Promise<ChannelCurve[]> {
  const read = await readChannelHistory(deps, { ...range, level: "channel" });
  const history = withSpend(read.history);
  if (history.length === 0) return [];
  const incrementality = (await readIncrementalityInputs(deps, { ...range })).input;
  const current = history.reduce((a, h) => a + recentSpend(h.days, days), 0);
  try {
    const request = parseInput(budgetOptimizeRequestSchema, {
      totalBudget: Math.max(1, current),
      periodDays: days,
    });
    const problem = prepareProblem(
      request,
      history,
      {},
      parseInput(incrementalityInputSchema, incrementality),
    );
    const outcome =
      problem.responseModel.method === "incremental"
        ? "incremental"
        : `attributed (${read.attributionModel})`;
    return problem.modeled.map((m): ChannelCurve => {
      const fit = problem.fits.find((f) => f.channel === m.unit.channel)?.outcome;
      const evidence =
        fit?.status === "fitted"
          ? (fit.model as { evidence?: { shape: "prior" | "data" } }).evidence
          : undefined;
      return {
        channel: m.unit.channel,
        currentSpend: m.current,
        curve: m.unit.curve,
        scaleRelativeSe: m.scaleRelativeSe,
        shape: evidence?.shape ?? null,
        outcome,
      };
    });
  } catch (e) {
    // Nothing fittable is not an error of the whole answer: the other actions stand.
    if (e instanceof Error && "code" in e && String((e as { code: unknown }).code).startsWith("core."))
      return [];
    throw e;
  }
}

/**
 * The campaign actions the evidence supports over a `days`-day period at `grossMargin`, and the
 * campaigns left alone with the reason.
 */
export async function campaignEvidence(
  deps: ToolDeps,
  range: { from: string; to: string },
  days: number,
  grossMargin: number,
): Promise<{ actions: CampaignAction[]; skipped: CampaignSkip[]; attributionModel: string }> {
  const channels = await channelCurves(deps, range, days);
  const read = await readChannelHistory(deps, { ...range, level: "campaign" });
  const rows = await deps.db.query<{ id: number; name: string; channel: string }>(
    "SELECT id, name, channel FROM campaigns WHERE organization_id = $1",
    [deps.tenant.organizationId],
  );
  const channelOf = new Map(
    rows.flatMap((r) => [[String(r.id), r.channel] as const, [r.name, r.channel] as const]),
  );
  const campaigns = withSpend(read.history).flatMap((h) => {
    const channel = channelOf.get(h.channel) ?? channelOf.get(read.labels[h.channel] ?? "");
    if (!channel) return [];
    return [
      {
        key: h.channel,
        label: read.labels[h.channel] ?? h.channel,
        channel,
        currentSpend: recentSpend(h.days, days),
        days: h.days,
      },
    ];
  });
  return {
    ...campaignActions({ grossMargin, channels, campaigns }),
    attributionModel: read.attributionModel,
  };
}
