/**
 * Alert evaluation: each rule checks the days of data it has not checked yet (after a data load the
 * newest `data_loads.data_through` moves on; otherwise at most once a day, since evaluation stops
 * at yesterday in the organization's zone). Findings come from the deterministic core: a day's
 * value against a threshold, or core/anomaly's detector with the same scan context as
 * detect_anomalies and GET /api/v1/anomalies (retail calendar, campaign change points).
 * Deduplication: one run per (rule, day) by the run table's unique key, and a finding for a member
 * whose span touches one already alerted (a sustained shift seen again by a later evaluation) is
 * not alerted again.
 *
 * Precision (measured by `npm run bench -- alerts` against the simulator's injected anomalies):
 * - **One alert per episode, with hysteresis** (core/anomaly/episodes.ts). An episode opens on a
 *   flagged day and stays open while the member's days still score at least half the rule's
 *   sensitivity in its direction; it closes only after 3 consecutive normal days. Flagged days of an
 *   open episode are not alerted, so a sustained drop whose daily scores dip under the threshold
 *   mid-way alerts once (before, "at most one quiet day between flagged days" split beta-bikes'
 *   14-day conversion-rate drop into 3 alerts). The detector re-reads the 28 days before the checked
 *   ones to know the episode's state; the days of earlier alerts count as flagged, so a re-read
 *   that judges an old day differently (the weeks after it now exist) cannot re-open an episode.
 *   A rate shift is news on the day a week of its days has held beyond half the sensitivity.
 * - **A minimum change.** Anomaly findings within `minChange` (default 30%) of the expected value
 *   are not alerted: a budget-capped spend series is so steady that a planned 15-20% monthly budget
 *   step scores 10 sigma; nobody acts on it.
 * - **Planned changes.** What the organization planned (planned_changes, /api/v1/planned-changes:
 *   budget flights, holdout weeks, lasting budget changes) is known to the detector
 *   (scan-context.ts plannedChangeContext): a flight's days are expected-unusual for its channel's
 *   series, a lasting change is a known level change, so a planned test is not an alarm.
 */
import { SCALE_WEEKS } from "../../core/anomaly/baseline.ts";
import { anomalyEpisodes } from "../../core/anomaly/episodes.ts";
import { anomalyOptionsSchema } from "../../core/anomaly/schemas.ts";
import type { AnalyticsDeps } from "../../db/analytics/deps.ts";
import { readMetricSeries } from "../../db/analytics/metric-series.ts";
import { loadOrgCatalog } from "../../db/catalog/repository.ts";
import type { Database } from "../../db/database.ts";
import { type PlannedChangeWindow, readPlannedChangeWindows } from "../../db/repositories/planned-changes.ts";
import type { Logger } from "../../lib/logger.ts";
import { addDays, localDate } from "../../semantic/query/dates.ts";
import {
  isPaidMediaMetric,
  marketingCalendar,
  readCampaignWindows,
  scanOptions,
} from "../../tools/detect-anomalies/scan-context.ts";
import type { DeliveryMessage } from "../delivery/message.ts";
import { insertRun, listRuns } from "../runs/repository.ts";
import { type AlertRuleRow, listEnabledAlertRules, setEvaluatedThrough } from "./repository.ts";
import { targetThreshold } from "./target-condition.ts";

/** One thing a rule found: a member's day (or a shift's span) and the numbers behind it. */
export interface AlertFinding {
  member: string | null;
  from: string;
  to: string;
  value: number;
  expected?: number;
  score?: number;
  direction: "up" | "down";
  /** Not an episode's new onset: it continues one that is open or was alerted before (not alerted). */
  continues?: boolean;
}

/** Default smallest relative change an anomaly alert needs (see the file comment). */
export const DEFAULT_MIN_CHANGE = 0.3;

/**
 * Days before the checked ones that the detector re-reads to know whether an episode is still open
 * (core/anomaly/episodes.ts): four weeks, about as long as the trailing baseline (the median of 8
 * same-weekdays) takes to absorb a new level, after which the series scores normal again anyway.
 */
const EPISODE_LOOKBACK_DAYS = 28;

/** Planned changes of an organization as the scan knows them (default: the planned_changes table). */
export type PlannedChangesReader = (db: Database, organizationId: number) => Promise<PlannedChangeWindow[]>;

interface OrgFacts {
  organizationId: number;
  name: string;
  timeZone: string;
  defaultAttributionModel: string;
  attributionLookbackDays: number;
  dataThrough: string | null;
}

async function orgFacts(db: Database, organizationId: number): Promise<OrgFacts | undefined> {
  const [row] = await db.query<{
    name: string;
    time_zone: string;
    default_attribution_model: string;
    attribution_lookback_days: number;
  }>(
    "SELECT name, time_zone, default_attribution_model, attribution_lookback_days FROM organizations WHERE id = $1",
    [organizationId],
  );
  if (!row) return undefined;
  const [load] = await db.query<{ through: string | null }>(
    "SELECT max(data_through) AS through FROM data_loads WHERE organization_id = $1",
    [organizationId],
  );
  return {
    organizationId,
    name: row.name,
    timeZone: row.time_zone,
    defaultAttributionModel: row.default_attribution_model,
    attributionLookbackDays: row.attribution_lookback_days,
    dataThrough: load?.through ?? null,
  };
}

const pointValue = (p: { value: number } | { numerator: number; denominator: number }) =>
  "value" in p ? p.value : p.denominator === 0 ? undefined : p.numerator / p.denominator;

/**
 * The rule's findings on days from..to (org-local dates). Anomaly findings that continue an episode
 * flagged on the days before are marked `continues`; `planned` are the organization's planned
 * changes the detector knows.
 */
export async function findAlerts(
  deps: AnalyticsDeps & { db: Database },
  rule: Pick<AlertRuleRow, "metric" | "condition" | "scope">,
  from: string,
  to: string,
  planned: readonly PlannedChangeWindow[] = [],
  alerted: readonly AlertFinding[] = [],
): Promise<AlertFinding[]> {
  const dimension = rule.scope?.dimension;
  const keep = (member: string | null) =>
    rule.scope
      ? member !== null && (rule.scope.member === undefined || rule.scope.member === member)
      : member === null;
  const findings: AlertFinding[] = [];
  // A target rule is a threshold at the organization's current target (none set: nothing to find).
  const condition =
    rule.condition.kind === "target"
      ? await targetThreshold(deps.db, deps.tenant.organizationId, rule)
      : rule.condition;
  if (!condition) return findings;
  if (condition.kind === "threshold") {
    const { op, value: limit } = condition;
    const read = await readMetricSeries(deps, { metric: rule.metric, dimension, from, to });
    for (const s of read.series.filter((x) => keep(x.member))) {
      for (const p of s.series) {
        const v = pointValue(p);
        if (v === undefined || !(op === "above" ? v > limit : v < limit)) continue;
        findings.push({
          member: s.member,
          from: p.date,
          to: p.date,
          value: v,
          expected: limit,
          direction: op === "above" ? "up" : "down",
        });
      }
    }
    return findings;
  }
  const minChange = condition.minChange ?? DEFAULT_MIN_CHANGE;
  const scanFrom = addDays(from, -EPISODE_LOOKBACK_DAYS);
  const options = anomalyOptionsSchema.parse({ from: scanFrom, to, threshold: condition.sensitivity });
  const read = await readMetricSeries(deps, {
    metric: rule.metric,
    dimension,
    // The full history every scored day's baseline uses (its level and its pooled noise scale), so
    // a day scores the same whether it is checked alone, re-read later, or scanned with the year.
    from: addDays(scanFrom, -7 * Math.max(options.trailingWeeks, SCALE_WEEKS)),
    to,
  });
  const events = marketingCalendar(read.range.from, to);
  const campaigns = await readCampaignWindows(deps.db, deps.tenant.organizationId);
  const paidMedia = isPaidMediaMetric(deps.catalog, read.shape);
  for (const s of read.series.filter((x) => keep(x.member))) {
    const { episodes } = anomalyEpisodes(
      s.series,
      scanOptions(options, { events, campaigns, paidMedia, dimension, member: s.member, planned }),
      {
        minChange,
        alerted: alerted
          .filter((a) => a.member === s.member)
          .map((a) => ({ from: a.from, to: a.to, direction: a.direction })),
      },
    );
    for (const e of episodes) {
      const a = e.onset;
      // News on the day it became detectable: a day finding on its day, a shift on the day its
      // first window ends (a week-long drop whose days each score under the sensitivity is seen
      // on its 7th day). Episodes detected on the days re-read before `from` were judged then.
      if (a === null || e.detected < from) continue;
      findings.push({
        member: s.member,
        from: a.date,
        to: a.to,
        value: a.value,
        expected: a.expected,
        score: a.score,
        direction: a.direction,
        // Only an episode's onset is news; one that overlaps an alerted span was announced before.
        ...(e.alerted ? { continues: true } : {}),
      });
    }
  }
  return findings;
}

/** Whether `f` continues or repeats a finding already alerted for the same member. */
function alreadyAlerted(f: AlertFinding, earlier: readonly AlertFinding[]): boolean {
  return earlier.some(
    (e) => e.member === f.member && f.from <= addDays(e.to, 1) && f.to >= addDays(e.from, -1),
  );
}

const fmt = (n: number) =>
  Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(4);

/** The alert's message: what crossed what, with the numbers from the core, and a link into the chat. */
export function alertMessage(
  rule: Pick<AlertRuleRow, "id" | "name" | "metric" | "condition">,
  orgName: string,
  day: string,
  findings: readonly AlertFinding[],
  appUrl: string,
): DeliveryMessage {
  const lines = findings.map((f) => {
    const who = f.member ?? "overall";
    const span = f.to === f.from ? f.from : `${f.from} to ${f.to}`;
    if (rule.condition.kind === "threshold")
      return `${who}: ${rule.metric} ${fmt(f.value)} on ${span} (${rule.condition.op} ${fmt(rule.condition.value)})`;
    // A target rule's finding carries the target it was held against (read when it was checked).
    if (rule.condition.kind === "target")
      return `${who}: ${rule.metric} ${fmt(f.value)} on ${span} (${f.direction === "up" ? "above" : "below"} its target ${fmt(f.expected ?? 0)})`;
    return `${who}: ${rule.metric} ${fmt(f.value)} on ${span}, expected ${fmt(f.expected ?? 0)} (score ${f.score}, ${f.direction})`;
  });
  const first = findings[0];
  const question = `why did ${rule.metric} ${first?.direction === "down" ? "drop" : "rise"}${
    first?.member ? ` for ${first.member}` : ""
  } on ${day}?`;
  return {
    title: `Alert "${rule.name}" (${orgName}): ${rule.metric} on ${day}`,
    text: lines.join("\n"),
    data: { ruleId: rule.id, metric: rule.metric, day, condition: rule.condition, findings },
    link: `${appUrl.replace(/\/$/, "")}/?q=${encodeURIComponent(question)}`,
  };
}

export interface AlertEvaluatorDeps {
  db: Database;
  logger: Logger;
  /** Base URL of the web app for links back into the chat. */
  appUrl: string;
  /** Most days one rule checks per tick (a long backfill continues on the next ticks). */
  maxDays?: number;
  /** Planned changes per organization (default: the planned_changes table). */
  plannedChanges?: PlannedChangesReader;
}

/** Evaluate one rule on its unchecked days; returns the runs it inserted. */
export async function evaluateRule(
  deps: AlertEvaluatorDeps,
  rule: AlertRuleRow,
  org: OrgFacts,
  now: Date,
): Promise<number> {
  if (!org.dataThrough) return 0;
  const yesterday = addDays(localDate(now, org.timeZone), -1);
  const last = org.dataThrough < yesterday ? org.dataThrough : yesterday;
  const from = rule.evaluatedThrough ? addDays(rule.evaluatedThrough, 1) : addDays(last, -6);
  if (from > last) return 0;
  const capped = addDays(from, (deps.maxDays ?? 31) - 1);
  const to = capped < last ? capped : last;
  const analytics = {
    db: deps.db,
    catalog: await loadOrgCatalog(deps.db, org.organizationId),
    tenant: {
      organizationId: org.organizationId,
      timeZone: org.timeZone,
      defaultAttributionModel: org.defaultAttributionModel,
      attributionLookbackDays: org.attributionLookbackDays,
    },
    now,
  };
  const planned = await (deps.plannedChanges ?? readPlannedChangeWindows)(deps.db, org.organizationId);
  const earlier = (await listRuns(deps.db, org.organizationId, "alert", rule.id, 500)).flatMap(
    (r) => (r.payload?.data as { findings?: AlertFinding[] } | undefined)?.findings ?? [],
  );
  const findings = (await findAlerts(analytics, rule, from, to, planned, earlier)).filter(
    (f) => !f.continues,
  );
  // Earliest first, so a shift and the flagged days inside it become one alert (the shift's).
  const fresh: AlertFinding[] = [];
  for (const f of [...findings].sort((a, b) => a.from.localeCompare(b.from) || b.to.localeCompare(a.to))) {
    // Anomalies are alerted once per episode; a threshold or target still crossed on a later day is
    // news each day (once per rule and day: the run table's unique period key).
    const seen =
      rule.condition.kind === "anomaly"
        ? alreadyAlerted(f, earlier) || alreadyAlerted(f, fresh)
        : [...earlier, ...fresh].some((e) => e.member === f.member && e.from === f.from && e.to === f.to);
    if (seen) continue;
    fresh.push(f);
  }
  const byDay = new Map<string, AlertFinding[]>();
  for (const f of fresh) byDay.set(f.from, [...(byDay.get(f.from) ?? []), f]);
  let inserted = 0;
  for (const [day, list] of [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const run = await insertRun(deps.db, {
      organizationId: org.organizationId,
      source: "alert",
      sourceId: rule.id,
      periodKey: day,
      scheduledFor: now,
      payload: alertMessage(rule, org.name, day, list, deps.appUrl),
      now,
    });
    if (run) inserted++;
  }
  await setEvaluatedThrough(deps.db, org.organizationId, rule.id, to);
  return inserted;
}

/** The scheduler's alert step: every enabled rule of every organization. */
export function createAlertEvaluator(deps: AlertEvaluatorDeps) {
  return async (now: Date): Promise<number> => {
    let inserted = 0;
    const facts = new Map<number, OrgFacts | undefined>();
    for (const rule of await listEnabledAlertRules(deps.db)) {
      if (!facts.has(rule.organizationId))
        facts.set(rule.organizationId, await orgFacts(deps.db, rule.organizationId));
      const org = facts.get(rule.organizationId);
      if (!org) continue;
      try {
        inserted += await evaluateRule(deps, rule, org, now);
      } catch (e) {
        deps.logger.warn({ err: e, rule: rule.id, org: rule.organizationId }, "alert rule evaluation failed");
      }
    }
    return inserted;
  };
}
