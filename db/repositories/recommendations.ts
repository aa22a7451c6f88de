/**
 * Gross margin per organization (profit-aware budget advice, issue #12 item 4) and the decisions
 * recorded on recommendations (approve or dismiss; nothing is ever sent to an ad platform). Every
 * statement is pinned to one organization.
 */
import { DEFAULT_GROSS_MARGIN } from "../../core/recommend/profit.ts";
import type { Queryable } from "../database.ts";

/** The organization's gross margin (0..1], or the default when the organization is unknown. */
export async function readGrossMargin(db: Queryable, organizationId: number): Promise<number> {
  const [row] = await db.query<{ gross_margin: number | string }>(
    "SELECT gross_margin FROM organizations WHERE id = $1",
    [organizationId],
  );
  return row ? Number(row.gross_margin) : DEFAULT_GROSS_MARGIN;
}

/** Set the organization's gross margin; returns the stored value. */
export async function setGrossMargin(db: Queryable, organizationId: number, grossMargin: number) {
  const [row] = await db.query<{ gross_margin: number | string }>(
    "UPDATE organizations SET gross_margin = $2 WHERE id = $1 RETURNING gross_margin",
    [organizationId, grossMargin],
  );
  return row ? Number(row.gross_margin) : undefined;
}

/** A recorded decision. */
export interface RecommendationDecision {
  recommendationId: string;
  decision: "approved" | "dismissed";
  note: string | null;
  decidedBy: string;
  decidedByKeyId: number | null;
  decidedAt: string;
}

/** Record a decision on one recommendation (a new row each time; the latest wins). */
export async function recordDecision(
  db: Queryable,
  input: {
    organizationId: number;
    recommendationId: string;
    decision: "approved" | "dismissed";
    recommendation: unknown;
    note?: string;
    decidedBy: string;
    decidedByKeyId?: number;
  },
): Promise<RecommendationDecision> {
  const [row] = await db.query<RecommendationDecision & Record<string, unknown>>(
    `INSERT INTO recommendation_decisions
       (organization_id, recommendation_id, decision, recommendation, note, decided_by, decided_by_key_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING recommendation_id AS "recommendationId", decision, note, decided_by AS "decidedBy",
       decided_by_key_id AS "decidedByKeyId", decided_at AS "decidedAt"`,
    [
      input.organizationId,
      input.recommendationId,
      input.decision,
      JSON.stringify(input.recommendation),
      input.note ?? null,
      input.decidedBy,
      input.decidedByKeyId ?? null,
    ],
  );
  return normalize(row!);
}

/** The latest decision per recommendation id among `ids`. */
export async function latestDecisions(
  db: Queryable,
  organizationId: number,
  ids: readonly string[],
): Promise<Map<string, RecommendationDecision>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<RecommendationDecision & Record<string, unknown>>(
    `SELECT DISTINCT ON (recommendation_id) recommendation_id AS "recommendationId", decision, note,
       decided_by AS "decidedBy", decided_by_key_id AS "decidedByKeyId", decided_at AS "decidedAt"
     FROM recommendation_decisions
     WHERE organization_id = $1 AND recommendation_id = ANY($2::text[])
     ORDER BY recommendation_id, decided_at DESC, id DESC`,
    [organizationId, [...ids]],
  );
  return new Map(rows.map((r) => [r.recommendationId, normalize(r)]));
}

function normalize(r: RecommendationDecision): RecommendationDecision {
  const at = r.decidedAt as unknown;
  return { ...r, decidedAt: at instanceof Date ? at.toISOString() : String(at) };
}
