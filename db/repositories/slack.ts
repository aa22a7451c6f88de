/**
 * Slack storage: installations (team -> organization, bot token), handled deliveries (dedupe),
 * Slack thread -> agent thread, and posted answers that buttons refer to. Every read that returns
 * business data takes the organization, so a team can only reach its own organization's rows.
 */
import type { Queryable } from "../database.ts";

export interface SlackInstallationRow {
  installationKey: string;
  teamId: string | null;
  enterpriseId: string | null;
  organizationId: number;
  botToken: string | null;
  botUserId: string | null;
  botId: string | null;
  installation: unknown;
}

/** The key of an installation: the enterprise for an org-wide install, the team otherwise. */
export function installationKey(q: {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}) {
  if (q.isEnterpriseInstall && q.enterpriseId) return `E:${q.enterpriseId}`;
  if (q.teamId) return `T:${q.teamId}`;
  if (q.enterpriseId) return `E:${q.enterpriseId}`;
  throw new Error("a Slack installation needs a team id or an enterprise id");
}

const SELECT = `SELECT installation_key AS "installationKey", team_id AS "teamId", enterprise_id AS "enterpriseId",
  organization_id AS "organizationId", bot_token AS "botToken", bot_user_id AS "botUserId", bot_id AS "botId",
  installation FROM slack_installations`;

/** The installation for a team (or its enterprise's org-wide install), or undefined. */
export async function findSlackInstallation(
  db: Queryable,
  q: { teamId?: string; enterpriseId?: string },
): Promise<SlackInstallationRow | undefined> {
  const keys = [q.teamId ? `T:${q.teamId}` : undefined, q.enterpriseId ? `E:${q.enterpriseId}` : undefined];
  for (const key of keys) {
    if (!key) continue;
    const rows = await db.query<SlackInstallationRow & Record<string, unknown>>(
      `${SELECT} WHERE installation_key = $1`,
      [key],
    );
    if (rows[0]) return rows[0];
  }
  return undefined;
}

/** Insert or replace an installation (a re-install refreshes the token and keeps the organization). */
export async function upsertSlackInstallation(
  db: Queryable,
  row: Omit<SlackInstallationRow, "installationKey"> & { installationKey?: string },
): Promise<void> {
  const key =
    row.installationKey ??
    installationKey({ teamId: row.teamId ?? undefined, enterpriseId: row.enterpriseId ?? undefined });
  await db.query(
    `INSERT INTO slack_installations (installation_key, team_id, enterprise_id, organization_id, bot_token, bot_user_id, bot_id, installation)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (installation_key) DO UPDATE SET bot_token = excluded.bot_token, bot_user_id = excluded.bot_user_id,
       bot_id = excluded.bot_id, installation = excluded.installation, updated_at = now()`,
    [
      key,
      row.teamId,
      row.enterpriseId,
      row.organizationId,
      row.botToken,
      row.botUserId,
      row.botId,
      row.installation === undefined || row.installation === null ? null : JSON.stringify(row.installation),
    ],
  );
}

/**
 * Bind a team to an organization unless some team is bound already (single-workspace mode binds
 * the first team seen). Returns the row that holds afterwards.
 */
export async function bindFirstSlackTeam(
  db: Queryable,
  teamId: string,
  organizationId: number,
): Promise<SlackInstallationRow | undefined> {
  await db.query(
    `INSERT INTO slack_installations (installation_key, team_id, organization_id)
     SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM slack_installations)
     ON CONFLICT (installation_key) DO NOTHING`,
    [`T:${teamId}`, teamId, organizationId],
  );
  return findSlackInstallation(db, { teamId });
}

/** Remove an installation (app uninstalled or tokens revoked). */
export async function deleteSlackInstallation(db: Queryable, key: string): Promise<void> {
  await db.query("DELETE FROM slack_installations WHERE installation_key = $1", [key]);
}

/**
 * Record a delivery; true the first time, false for any repeat (a retry, a second replica). The
 * primary key decides, so two concurrent copies cannot both win.
 */
export async function claimSlackEvent(db: Queryable, eventKey: string): Promise<boolean> {
  const rows = await db.query(
    "INSERT INTO slack_events (event_key) VALUES ($1) ON CONFLICT (event_key) DO NOTHING RETURNING event_key",
    [eventKey],
  );
  return rows.length === 1;
}

/** Where a Slack thread lives: team, channel and the ts of the thread's first message. */
export interface SlackThreadRef {
  teamId: string;
  channelId: string;
  threadTs: string;
}

/** The agent thread of a Slack thread in this organization, or undefined. */
export async function findSlackThread(
  db: Queryable,
  organizationId: number,
  ref: SlackThreadRef,
): Promise<string | undefined> {
  const rows = await db.query<{ threadId: string }>(
    `SELECT thread_id AS "threadId" FROM slack_threads
     WHERE organization_id = $1 AND team_id = $2 AND channel_id = $3 AND thread_ts = $4`,
    [organizationId, ref.teamId, ref.channelId, ref.threadTs],
  );
  return rows[0]?.threadId;
}

/** Remember which agent thread a Slack thread continues (first writer wins). */
export async function saveSlackThread(
  db: Queryable,
  organizationId: number,
  ref: SlackThreadRef,
  threadId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO slack_threads (organization_id, team_id, channel_id, thread_ts, thread_id)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [organizationId, ref.teamId, ref.channelId, ref.threadTs, threadId],
  );
}

export interface SlackAnswerRow extends SlackThreadRef {
  id: number;
  organizationId: number;
  threadId: string;
  sql: string[];
}

/** Store a posted answer; its id goes into the message's button values. */
export async function insertSlackAnswer(db: Queryable, row: Omit<SlackAnswerRow, "id">): Promise<number> {
  const [r] = await db.query<{ id: number }>(
    `INSERT INTO slack_answers (organization_id, thread_id, team_id, channel_id, thread_ts, sql)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [row.organizationId, row.threadId, row.teamId, row.channelId, row.threadTs, JSON.stringify(row.sql)],
  );
  return r!.id;
}

/** A posted answer of this organization, or undefined (another organization's answer is not found). */
export async function findSlackAnswer(
  db: Queryable,
  organizationId: number,
  id: number,
): Promise<SlackAnswerRow | undefined> {
  const rows = await db.query<SlackAnswerRow & Record<string, unknown>>(
    `SELECT id, organization_id AS "organizationId", thread_id AS "threadId", team_id AS "teamId",
       channel_id AS "channelId", thread_ts AS "threadTs", sql
     FROM slack_answers WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return rows[0];
}
