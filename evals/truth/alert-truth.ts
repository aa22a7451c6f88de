/**
 * Alert truth check: alert rules run over the demo year **day by day, as the scheduler runs them in
 * production** (each evaluation sees the data through yesterday only, so the detector's "weeks
 * after" reference is never available for the day being judged), then every alert the rules raised
 * (one `delivery_runs` row per rule and day) is scored against the simulator's injected anomalies
 * (ground truth):
 *
 * - an alert is TRUE when one of its findings overlaps an injected anomaly that its metric and
 *   member can show (affects() below: a tracking outage shows in tracked traffic and orders, a
 *   runaway spend in the spend of its channel or platform, a conversion-rate drop in the channel's
 *   conversion rates and orders);
 * - an injected anomaly is FOUND when at least one rule raised a true alert for it; every further
 *   alert of the same rule about the same anomaly is a DUPLICATE;
 * - every other alert is a FALSE ALARM, labelled (to explain, never to excuse) with the planned
 *   event it falls in: a planned change of the organization (planned_changes: a budget flight, a
 *   holdout week or a lasting budget change, up to 4 weeks after it), a season window of the spec,
 *   a campaign start/end, or noise.
 *
 * Rules are inserted, evaluated and removed again, so one seeded database can score several rule
 * sets. Delivery is not exercised here (briefs/alerts/demo-anomalies.test.ts does that): a run is
 * exactly what would be delivered once.
 */
import { type AlertFinding, createAlertEvaluator } from "../../briefs/alerts/evaluate.ts";
import { insertAlertRule } from "../../briefs/alerts/repository.ts";
import type { AlertCondition, AlertScope } from "../../briefs/alerts/rule.ts";
import { listRuns } from "../../briefs/runs/repository.ts";
import type { Database } from "../../db/database.ts";
import { listPlannedChanges, type PlannedChangeRow } from "../../db/repositories/planned-changes.ts";
import { DATA_THROUGH, FIRST_DAY } from "../../db/simulator/calendar.ts";
import type { AnomalySpec, OrgSpec } from "../../db/simulator/spec-types.ts";
import { silentLogger } from "../../lib/logger.ts";
import { addDays } from "../../semantic/query/dates.ts";
import { plannedEvent } from "./anomaly-truth.ts";

/** One alert rule of a rule set (what a marketer would set up). */
export interface TruthRule {
  name: string;
  metric: string;
  condition: AlertCondition;
  scope: AlertScope | null;
}

/**
 * The demo's rule set (briefs/alerts/demo-anomalies.test.ts): traffic overall, spend per channel and
 * platform conversion rate per channel, at the sensitivities that test uses. The conversion-rate
 * rule covers every channel (not only the one the demo breaks: a rule set that names the answer
 * would not test anything on another seed or organization).
 */
export const DEMO_RULES: readonly TruthRule[] = [
  {
    name: "sessions anomaly",
    metric: "sessions",
    condition: { kind: "anomaly", sensitivity: 8 },
    scope: null,
  },
  {
    name: "spend anomaly by channel",
    metric: "spend",
    condition: { kind: "anomaly", sensitivity: 8 },
    scope: { dimension: "channel" },
  },
  {
    name: "platform conversion rate by channel",
    metric: "platform_conversion_rate",
    condition: { kind: "anomaly", sensitivity: 5 },
    scope: { dimension: "channel" },
  },
];

/** The same three rules at the detector's default sensitivity (4, "medium"): what a new rule gets. */
export const DEFAULT_RULES: readonly TruthRule[] = DEMO_RULES.map((r) => ({
  ...r,
  name: `${r.name} (default sensitivity)`,
  condition: { kind: "anomaly", sensitivity: 4 } as const,
}));

/** Metrics read from ad-platform data (spend-side); the rest are tracked on the site. */
const SPEND_SIDE = new Set(["spend", "clicks", "impressions", "cpc", "cpm", "ctr"]);
const RATE_SIDE = new Set([
  "conversion_rate",
  "platform_conversion_rate",
  "orders",
  "revenue",
  "cpa",
  "roas",
]);

/** Whether a rule's finding on `metric` for `member` (of `dimension`) can show anomaly `a`. */
export function affects(
  a: AnomalySpec,
  spec: OrgSpec,
  metric: string,
  dimension: string | null,
  member: string | null,
): boolean {
  if (a.kind === "tracking_outage") return !SPEND_SIDE.has(metric) && !metric.startsWith("platform_");
  if (a.kind === "runaway_spend") {
    const c = spec.campaigns.find((x) => x.name === a.campaign);
    // Spend-side metrics, and the platform's own rates and efficiency: 7x the clicks of one
    // campaign in a day do not bring 7x its platform conversions, so its channel's platform
    // conversion rate drops that day too (a symptom of the same incident, not a false alarm).
    const shows =
      SPEND_SIDE.has(metric) || metric.startsWith("platform_") || metric === "cpa" || metric === "roas";
    if (!c || !shows || metric === "ctr") return false;
    return (
      member === null ||
      (dimension === "channel" && member === c.channel) ||
      (dimension === "platform" && member === c.platform) ||
      (dimension === "campaign" && member === c.name)
    );
  }
  return RATE_SIDE.has(metric) && (member === null || (dimension === "channel" && member === a.channel));
}

/**
 * The planned change a false alarm on `date` falls in or follows (within 4 weeks: baselines take
 * that long to settle after a level change), of `channel` when the alarm is about one; or undefined.
 */
export function plannedChangeOn(
  planned: readonly PlannedChangeRow[],
  date: string,
  channel: string | null,
): string | undefined {
  const p = planned.find(
    (x) =>
      (channel === null || x.channel === channel) && date >= x.from && date <= addDays(x.to ?? x.from, 27),
  );
  return p ? `planned: ${p.note || p.channel} (${p.from}${p.to ? `..${p.to}` : " on"})` : undefined;
}

const spanOf = (a: AnomalySpec) => ("date" in a ? { from: a.date, to: a.date } : { from: a.from, to: a.to });

/** One alert (a run) as scored. */
export interface ScoredAlert {
  rule: string;
  day: string;
  findings: {
    member: string | null;
    from: string;
    to: string;
    score?: number;
    value: number;
    expected?: number;
  }[];
  /** Index into the spec's anomalies of the injected anomaly it is true for, or null (false alarm). */
  injected: number | null;
  /** For a false alarm: the planned event it falls in, or "noise". */
  during?: string;
}

export interface AlertTruth {
  slug: string;
  rules: string[];
  days: { from: string; to: string; evaluations: number };
  injected: { kind: string; from: string; to: string; alerts: number; found: boolean; duplicates: number }[];
  found: number;
  duplicates: number;
  falseAlarms: number;
  falseAlarmsByKind: Record<"season" | "planned" | "campaign" | "noise", number>;
  alerts: ScoredAlert[];
}

/** Local noon of the day after `day` in UTC terms: "yesterday" is `day` in any zone from UTC-11 to UTC+11. */
const dayAfterNoon = (day: string) => new Date(`${addDays(day, 1)}T12:00:00Z`);

/**
 * Insert `rules` for the organization, evaluate them once per day from `checkFrom` to the last
 * simulated day (each evaluation at noon of the next day, as the daily scheduler would), score the
 * alerts against the spec's injected anomalies, then delete the rules and their runs. With
 * `planned` the detector reads the organization's planned changes (planned_changes) as the product
 * does; without, it scores the detector as if nothing were planned.
 * @example (await evaluateAlertTruth(db, orgId, ACME, DEMO_RULES)).falseAlarms; // 23 before #15's fixes
 */
export async function evaluateAlertTruth(
  db: Database,
  organizationId: number,
  spec: OrgSpec,
  rules: readonly TruthRule[],
  opts: { checkFrom?: string; through?: string; planned?: boolean } = {},
): Promise<AlertTruth> {
  // The detector needs 4 same-weekday days before a day is scored, 8 weeks for its full baseline.
  const checkFrom = opts.checkFrom ?? addDays(FIRST_DAY, 56);
  const through = opts.through ?? DATA_THROUGH;
  const created = new Date(`${checkFrom}T00:00:00Z`);
  const inserted = [];
  for (const r of rules) {
    inserted.push(
      await insertAlertRule(
        db,
        organizationId,
        {
          ...r,
          destinations: [],
          enabled: true,
          evaluatedThrough: addDays(checkFrom, -1),
          createdBy: "alert-truth",
        },
        created,
      ),
    );
  }
  const ids = inserted.map((r) => r.id);
  try {
    const evaluate = createAlertEvaluator({
      db,
      logger: silentLogger,
      appUrl: "http://app.test",
      maxDays: 1,
      ...(opts.planned ? {} : { plannedChanges: async () => [] }),
    });
    let evaluations = 0;
    for (let day = checkFrom; day <= through; day = addDays(day, 1)) {
      await evaluate(dayAfterNoon(day));
      evaluations++;
    }
    const alerts: ScoredAlert[] = [];
    const planned = await listPlannedChanges(db, organizationId);
    for (const rule of inserted) {
      const runs = await listRuns(db, organizationId, "alert", rule.id, 5000);
      for (const run of runs) {
        const findings = (
          (run.payload?.data as { findings?: AlertFinding[] } | undefined)?.findings ?? []
        ).map((f) => ({
          member: f.member,
          from: f.from,
          to: f.to,
          score: f.score,
          value: f.value,
          expected: f.expected,
        }));
        const dimension = rule.scope?.dimension ?? null;
        const injected = spec.anomalies.findIndex((a) => {
          const s = spanOf(a);
          return findings.some(
            (f) => f.from <= s.to && f.to >= s.from && affects(a, spec, rule.metric, dimension, f.member),
          );
        });
        alerts.push({
          rule: rule.name,
          day: run.periodKey,
          findings,
          injected: injected >= 0 ? injected : null,
          ...(injected >= 0
            ? {}
            : {
                during:
                  plannedChangeOn(
                    planned,
                    findings[0]?.from ?? run.periodKey,
                    dimension === "channel" ? (findings[0]?.member ?? null) : null,
                  ) ?? plannedEvent(spec, findings[0]?.from ?? run.periodKey),
              }),
        });
      }
    }
    alerts.sort((a, b) => a.day.localeCompare(b.day) || a.rule.localeCompare(b.rule));
    const injected = spec.anomalies.map((a, i) => {
      const mine = alerts.filter((x) => x.injected === i);
      const perRule = new Map<string, number>();
      for (const x of mine) perRule.set(x.rule, (perRule.get(x.rule) ?? 0) + 1);
      return {
        kind: a.kind,
        ...spanOf(a),
        alerts: mine.length,
        found: mine.length > 0,
        duplicates: [...perRule.values()].reduce((s, n) => s + n - 1, 0),
      };
    });
    const falseAlarmsByKind = { season: 0, planned: 0, campaign: 0, noise: 0 };
    for (const x of alerts) {
      if (x.injected !== null) continue;
      const d = x.during ?? "noise";
      falseAlarmsByKind[
        d.startsWith("season")
          ? "season"
          : d.startsWith("planned")
            ? "planned"
            : d.startsWith("campaign")
              ? "campaign"
              : "noise"
      ] += 1;
    }
    return {
      slug: spec.slug,
      rules: rules.map((r) => r.name),
      days: { from: checkFrom, to: through, evaluations },
      injected,
      found: injected.filter((i) => i.found).length,
      duplicates: injected.reduce((s, i) => s + i.duplicates, 0),
      falseAlarms: alerts.filter((x) => x.injected === null).length,
      falseAlarmsByKind,
      alerts,
    };
  } finally {
    await db.query(
      "DELETE FROM delivery_runs WHERE organization_id = $1 AND source = 'alert' AND source_id = ANY($2::bigint[])",
      [organizationId, ids],
    );
    await db.query("DELETE FROM alert_rules WHERE organization_id = $1 AND id = ANY($2::bigint[])", [
      organizationId,
      ids,
    ]);
  }
}

/** The figures as text (with every false alarm when `list`). */
export function formatAlertTruth(t: AlertTruth, opts: { list?: boolean; label?: string } = {}): string {
  const lines = [
    `alert truth${opts.label ? ` (${opts.label})` : ""}: ${t.slug}, ${t.rules.length} rules [${t.rules.join("; ")}], ` +
      `evaluated daily ${t.days.from}..${t.days.to} (${t.days.evaluations} evaluations)`,
  ];
  for (const i of t.injected) {
    lines.push(
      `  ${i.found ? "FOUND " : "MISSED"} ${i.kind} ${i.from === i.to ? i.from : `${i.from}..${i.to}`}: ${i.alerts} alert(s), ${i.duplicates} duplicate(s)`,
    );
  }
  const k = t.falseAlarmsByKind;
  lines.push(
    `  found ${t.found}/${t.injected.length}, duplicates ${t.duplicates}, false alarms ${t.falseAlarms} ` +
      `(season ${k.season}, planned change ${k.planned}, within 8 weeks of a campaign start/end ${k.campaign}, noise ${k.noise})`,
  );
  if (opts.list) {
    for (const x of t.alerts.filter((a) => a.injected === null)) {
      lines.push(
        `  false alarm ${x.day} ${x.rule}: ${x.findings.map((f) => `${f.member ?? "overall"} ${f.from}${f.to !== f.from ? `..${f.to}` : ""} z=${f.score} x${f.expected ? (f.value / f.expected).toFixed(2) : "?"}`).join(", ")} (${x.during})`,
      );
    }
  }
  return lines.join("\n");
}
