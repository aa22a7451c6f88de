/**
 * Breakdowns marketers name by a group of campaigns rather than a dimension: "rev and roas by
 * partner" (an affiliate program is a campaign of the affiliate channel) and "brand vs non-brand
 * search CPA" (each search campaign, brand and non-brand side by side). Without these the
 * question's grouping was dropped and one total answered a different question.
 */
import type { Catalog } from "../../semantic/catalog/types.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { campaignPeriod, OUTSIDE_CAMPAIGNS } from "./frame.ts";
import type { Frame } from "./types.ts";

/** "by partner", "which affiliates", "per publisher": affiliate programs are campaigns. */
const BY_PARTNER =
  /\b(?:by|per|each|every|which|top|across|all) (?:affiliate |our |the )?(?:partners?|publishers?|affiliates?|affiliate programs?|programs?)\b/;
/** "brand vs non-brand", "non-brand vs brand", "branded and unbranded". */
const BRAND_SPLIT =
  /\b(?:brand(?:ed)? (?:vs|versus|and|or|against) (?:non ?brand(?:ed)?|unbranded|generic)|(?:non ?brand(?:ed)?|unbranded|generic) (?:vs|versus|and|or|against) brand(?:ed)?)\b/;

/**
 * The frame with the campaign breakdown a campaign-group question asks for; unchanged otherwise.
 * @example withCampaignGroups(frame, "rev and roas by partner this year") // dimensions: ["campaign"], affiliate filter kept
 */
export function withCampaignGroups(frame: Frame, text: string, catalog?: Catalog): Frame {
  if (frame.dimensions.length) return frame;
  const affiliate = frame.filters.some(
    (f) => f.field === "channel" && f.op === "in" && f.values.includes("affiliate"),
  );
  if (affiliate && BY_PARTNER.test(text)) return { ...frame, dimensions: ["campaign"] };
  if (catalog && asksGroupMembers(frame, text, catalog)) return { ...frame, dimensions: ["campaign"] };
  const objective = objectiveMembers(frame, text);
  if (objective) return objective;
  if (BRAND_SPLIT.test(text)) {
    // The brand campaign was read as a filter ("brand") or an exclusion ("non-brand"): both sides
    // are wanted, so every campaign of the channel is shown instead.
    const filters = frame.filters.filter((f) => f.field !== "campaign");
    const channel = filters.some((f) => f.field === "channel" || f.field === "platform")
      ? filters
      : [...filters, { field: "channel", op: "in" as const, values: ["paid_search"] }];
    return { ...frame, dimensions: ["campaign"], filters: channel };
  }
  return frame;
}

/** "the prospecting campaigns", "our summer26 campaigns": a group named as campaigns, plural. */
const PLURAL_CAMPAIGNS = /\bcampaigns\b/;
/** "in total", "combined", "all together": one figure for the group is wanted. */
const ONE_FIGURE =
  /\b(?:total|totals|combined|together|altogether|overall|in all|sum|aggregate|blended|as a (?:group|whole))\b/;

/**
 * fix7c: "cost per new customer for the prospecting campaigns in q3", "how are our retargeting
 * campaigns doing on roas": a ratio for a group of campaigns named in the plural, with no
 * breakdown, is answered one campaign per row (the group's total is shown beside them); a single blended figure for campaigns
 * it did not name answered less than was asked. "In total" / "combined" keeps the one figure.
 */
function asksGroupMembers(frame: Frame, text: string, catalog: Catalog): boolean {
  if (frame.intent !== "query") return false;
  // A ratio ("cost per new customer", ROAS) differs by campaign; a sum (spend, revenue) of the group
  // is one figure people quote, so it stays whole.
  if (!frame.metrics.some((m) => catalog.metrics.get(m)?.definition.type === "formula")) return false;
  const group = frame.filters.find((f) => f.field === "campaign" && f.op === "in");
  return Boolean(group && group.values.length >= 2 && PLURAL_CAMPAIGNS.test(text) && !ONE_FIGURE.test(text));
}

/**
 * fix7c: "revenue not tied to any campaign": the campaign breakdown keeps its "(none)" row, and
 * the answer leads with what that row is, so the figure asked for is read as such.
 */
export function withNoCampaignNote(frame: Frame, text: string): Frame {
  if (!OUTSIDE_CAMPAIGNS.test(text) || !frame.dimensions.includes("campaign") || frame.note) return frame;
  if (frame.excludeNone?.includes("campaign")) return frame;
  return {
    ...frame,
    note: 'What is not tied to any campaign is the "(none)" row below: orders credited, under the default attribution model, to touches with no campaign (organic search, direct, email, referral or untagged links), with its share of the total beside it.',
  };
}

/** "do any of", "which of", "are the ... actually": each member judged, not the group's sum. */
const EACH_JUDGED =
  /\b(?:(?:do|does|did|are|is|were) any|any of|which (?:of )?(?:the |our )?|each of|actually|really|worth)\b/;
/** Sales words: the member's orders and revenue, with spend and ROAS to judge them on. */
const SALES = /\b(?:sales|sell|selling|sold|revenue|orders|purchases|conversions|convert\w*|roas|return)\b/;

/**
 * fix10c: "do any of our awareness campaigns bring in sales", "are the traffic campaigns actually
 * converting": campaigns of one objective judged one by one (orders, revenue, spend and ROAS per
 * campaign, the model named in the answer), not one revenue figure for the whole objective.
 */
function objectiveMembers(frame: Frame, text: string): Frame | undefined {
  if (frame.intent !== "query") return undefined;
  const objective = frame.filters.some((f) => f.field === "campaign_objective" && f.op === "in");
  if (!objective || !PLURAL_CAMPAIGNS.test(text) || ONE_FIGURE.test(text)) return undefined;
  if (!EACH_JUDGED.test(text) || !SALES.test(text)) return undefined;
  const metrics = [...new Set([...frame.metrics, "orders", "revenue", "spend", "roas"])];
  // Campaigns run in seasons: with no period named, the last twelve months (as for named campaigns).
  const period = frame.period.label?.includes("(default)")
    ? { ...campaignPeriod(addDays(frame.period.to, 1)), to: frame.period.to }
    : frame.period;
  return { ...frame, metrics, period, dimensions: ["campaign"], excludeNone: ["campaign"] };
}
