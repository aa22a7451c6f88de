/**
 * What an import row must refer to (a campaign imported before, one of the organization's channels)
 * and the columns its table has now: looked up once per job.
 */
import type { Queryable } from "../../db/database.ts";
import type { RowError } from "./jobs.ts";
import type { Cell, KindDef } from "./kinds.ts";

export interface References {
  campaigns?: Set<number>;
  channels?: Set<string>;
}

export async function loadReferences(
  db: Queryable,
  organizationId: number,
  def: KindDef,
): Promise<References> {
  const refs: References = {};
  if (def.references?.campaign) {
    const rows = await db.query<{ id: number }>("SELECT id FROM campaigns WHERE organization_id = $1", [
      organizationId,
    ]);
    refs.campaigns = new Set(rows.map((r) => Number(r.id)));
  }
  if (def.references?.channel || def.kind === "campaigns") {
    const rows = await db.query<{ key: string }>("SELECT key FROM channels WHERE organization_id = $1", [
      organizationId,
    ]);
    refs.channels = new Set(rows.map((r) => r.key));
    refs.campaigns ??= new Set();
  }
  return refs;
}

export function referenceErrors(
  def: KindDef,
  refs: References,
  row: Record<string, Cell | undefined>,
  line: number,
): RowError[] | undefined {
  const campaign = def.references?.campaign;
  if (campaign && refs.campaigns && !refs.campaigns.has(Number(row[campaign]))) {
    return [
      {
        line,
        field: campaign,
        expected: "expected the id of a campaign imported before (import campaigns first)",
      },
    ];
  }
  const channel = def.references?.channel;
  if (channel && refs.channels && !refs.channels.has(String(row[channel]))) {
    return [
      {
        line,
        field: channel,
        expected: `expected one of the organization's channels: ${[...refs.channels].sort().join(", ")}`,
      },
    ];
  }
  return undefined;
}

/**
 * Columns of a table as they exist now (a later migration may have added optional ones), with
 * their PostgreSQL type names (int8, date, ...).
 */
export async function existingColumns(db: Queryable, table: string): Promise<Map<string, string>> {
  const rows = await db.query<{ name: string; type: string }>(
    "SELECT column_name AS name, udt_name AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
    [table],
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}
