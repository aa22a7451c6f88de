/**
 * planned_changes: one organization's planned paid-media changes (budget flights, holdout weeks,
 * lasting budget changes). Every statement names organization_id. The anomaly scan reads them as
 * {@link PlannedChangeWindow}s (tools/detect-anomalies/scan-context.ts uses them).
 */
import type { Queryable } from "../database.ts";

/**
 * A planned change as the anomaly scan knows it, for one campaign: a temporary change (`to` set)
 * makes its days expected-unusual, a lasting one (`to` null) is a known level change from `from`.
 */
export interface PlannedChangeWindow {
  channel: string;
  /** The campaign's platform and name; null for a channel that has no campaigns. */
  platform: string | null;
  campaign: string | null;
  from: string;
  to: string | null;
}

/** A stored planned change. */
export type PlannedChangeRow = {
  id: number;
  channel: string;
  campaignId: number | null;
  /** The campaign's name when campaignId is set. */
  campaign: string | null;
  from: string;
  /** Last day of a temporary change; null for a lasting one. */
  to: string | null;
  expectedChangePercent: number | null;
  note: string;
  createdBy: string;
  createdAt: string;
};

/** What a new planned change needs. */
export interface NewPlannedChange {
  channel: string;
  campaignId: number | null;
  from: string;
  to: string | null;
  expectedChangePercent: number | null;
  note: string;
  createdBy: string;
}

const COLUMNS = `p.id::int AS id, p.channel, p.campaign_id AS "campaignId", c.name AS campaign,
  p.from_date::text AS "from", p.to_date::text AS "to",
  p.expected_change_percent::float8 AS "expectedChangePercent", p.note, p.created_by AS "createdBy",
  p.created_at AS "createdAt"`;
const FROM = `planned_changes p LEFT JOIN campaigns c
  ON c.organization_id = p.organization_id AND c.id = p.campaign_id`;

/** Insert planned changes (one statement per row; the seeder inserts a handful). */
export async function insertPlannedChanges(
  db: Queryable,
  organizationId: number,
  rows: readonly NewPlannedChange[],
  at: Date,
): Promise<number[]> {
  const ids: number[] = [];
  for (const r of rows) {
    const [row] = await db.query<{ id: number }>(
      `INSERT INTO planned_changes (organization_id, channel, campaign_id, from_date, to_date, expected_change_percent, note, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::int AS id`,
      [
        organizationId,
        r.channel,
        r.campaignId,
        r.from,
        r.to,
        r.expectedChangePercent,
        r.note,
        r.createdBy,
        at.toISOString(),
      ],
    );
    ids.push(row!.id);
  }
  return ids;
}

/** Every planned change of the organization, by start date. */
export async function listPlannedChanges(db: Queryable, organizationId: number): Promise<PlannedChangeRow[]> {
  return db.query<PlannedChangeRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE p.organization_id = $1 ORDER BY p.from_date, p.id`,
    [organizationId],
  );
}

/** One planned change, or undefined. */
export async function getPlannedChange(
  db: Queryable,
  organizationId: number,
  id: number,
): Promise<PlannedChangeRow | undefined> {
  const [row] = await db.query<PlannedChangeRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE p.organization_id = $1 AND p.id = $2`,
    [organizationId, id],
  );
  return row;
}

/** Delete one; false when there is no such planned change. */
export async function deletePlannedChange(
  db: Queryable,
  organizationId: number,
  id: number,
): Promise<boolean> {
  const rows = await db.query<{ id: number }>(
    "DELETE FROM planned_changes WHERE organization_id = $1 AND id = $2 RETURNING id",
    [organizationId, id],
  );
  return rows.length > 0;
}

/**
 * The planned changes as the anomaly scan knows them: one window per campaign they cover (a
 * channel-wide change covers every campaign of the channel, so platform and campaign series know
 * it too; a channel with no campaigns still gets one window without a platform).
 */
export async function readPlannedChangeWindows(
  db: Queryable,
  organizationId: number,
): Promise<PlannedChangeWindow[]> {
  const rows = await db.query<{
    channel: string;
    platform: string | null;
    campaign: string | null;
    from: string;
    to: string | null;
  }>(
    `SELECT p.channel, c.platform, c.name AS campaign, p.from_date::text AS "from", p.to_date::text AS "to"
     FROM planned_changes p
     LEFT JOIN campaigns c ON c.organization_id = p.organization_id
       AND (c.id = p.campaign_id OR (p.campaign_id IS NULL AND c.channel = p.channel))
     WHERE p.organization_id = $1 ORDER BY p.from_date, p.id, c.id`,
    [organizationId],
  );
  return rows.map((r) => ({
    channel: r.channel,
    platform: r.platform,
    campaign: r.campaign,
    from: r.from,
    to: r.to,
  }));
}
