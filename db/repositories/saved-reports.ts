import { randomUUID } from "node:crypto";
import type { Queryable } from "../database.ts";

/** A stored tool call: the tool's name and its arguments as the tool parses them. */
export interface StoredToolCall {
  name: string;
  args: Record<string, unknown>;
}

/** A saved report of one organization. */
export interface SavedReport {
  id: string;
  name: string;
  question: string;
  toolCalls: StoredToolCall[];
  /** The relative period (a time preset such as "last_month"), or null for fixed dates. */
  period: string | null;
  sourceMessageId: number | null;
  createdByKeyId: number | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `id, name, question, tool_calls AS "toolCalls", period,
  source_message_id AS "sourceMessageId", created_by_key_id AS "createdByKeyId",
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

function normalize(r: SavedReport): SavedReport {
  return {
    ...r,
    toolCalls: typeof r.toolCalls === "string" ? JSON.parse(r.toolCalls) : r.toolCalls,
    sourceMessageId: r.sourceMessageId === null ? null : Number(r.sourceMessageId),
  };
}

/** Save a report for an organization; returns it as stored. */
export async function createSavedReport(
  db: Queryable,
  organizationId: number,
  r: Pick<SavedReport, "name" | "question" | "toolCalls" | "period" | "sourceMessageId" | "createdByKeyId">,
): Promise<SavedReport> {
  const [row] = await db.query<SavedReport & Record<string, unknown>>(
    `INSERT INTO saved_reports (organization_id, id, name, question, tool_calls, period, source_message_id, created_by_key_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
    [
      organizationId,
      randomUUID(),
      r.name,
      r.question,
      JSON.stringify(r.toolCalls),
      r.period,
      r.sourceMessageId,
      r.createdByKeyId,
    ],
  );
  return normalize(row!);
}

/** The organization's reports, most recently changed first. */
export async function listSavedReports(db: Queryable, organizationId: number): Promise<SavedReport[]> {
  const rows = await db.query<SavedReport & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM saved_reports WHERE organization_id = $1 ORDER BY updated_at DESC, id`,
    [organizationId],
  );
  return rows.map(normalize);
}

/** One report of this organization, or undefined (another organization's is not found either). */
export async function findSavedReport(
  db: Queryable,
  organizationId: number,
  id: string,
): Promise<SavedReport | undefined> {
  const [row] = await db.query<SavedReport & Record<string, unknown>>(
    `SELECT ${COLUMNS} FROM saved_reports WHERE organization_id = $1 AND id = $2`,
    [organizationId, id],
  );
  return row ? normalize(row) : undefined;
}

/** Rename a report; undefined when this organization has no such report. */
export async function renameSavedReport(
  db: Queryable,
  organizationId: number,
  id: string,
  name: string,
): Promise<SavedReport | undefined> {
  const [row] = await db.query<SavedReport & Record<string, unknown>>(
    `UPDATE saved_reports SET name = $3, updated_at = now() WHERE organization_id = $1 AND id = $2
     RETURNING ${COLUMNS}`,
    [organizationId, id, name],
  );
  return row ? normalize(row) : undefined;
}

/** Delete a report; false when this organization has no such report. */
export async function deleteSavedReport(db: Queryable, organizationId: number, id: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>(
    "DELETE FROM saved_reports WHERE organization_id = $1 AND id = $2 RETURNING id",
    [organizationId, id],
  );
  return rows.length > 0;
}
