/**
 * A platform export into the database: adapt it (adapt.ts) with the organization's currency, rates,
 * channel rules and campaign ids, then load each export kind it produced through the bulk import
 * (ingest/import/import-records.ts), campaigns first since spend refers to them. Channels GA4 knows
 * but the organization lacks (organic_social, paid_video, ...) are added to its channels first, so
 * the import's channel check passes and the catalog can name them. What the adapter did (its kind,
 * rows skipped, campaigns, and every exchange rate used) is written to the audit log: that is the
 * receipt of the conversion.
 */
import type { Readable } from "node:stream";
import type { Database, Queryable } from "../../db/database.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { AppError } from "../../lib/errors.ts";
import { channelDefinition } from "../channels/channel-keys.ts";
import { readChannelRules } from "../channels/rules-store.ts";
import { loadRateTable } from "../currency/rates-store.ts";
import { recordRatesUsed } from "../currency/receipt.ts";
import { type ImportResult, importRecords } from "../import/import-records.ts";
import { withLineNumbers } from "../import/source.ts";
import { type AdaptResult, adaptExport } from "./adapt.ts";
import { createDatabaseCampaignIds } from "./campaign-ids-store.ts";
import type { RowProblem } from "./read-export.ts";
import type { ExportKind } from "./to-export.ts";
import type { AdapterKind, CellFormat } from "./types.ts";

/** Load order: campaigns before the spend that refers to them. */
const LOAD_ORDER: readonly ExportKind[] = [
  "campaigns",
  "ad_spend_daily",
  "conversions",
  "email_daily",
  "web_sessions_daily",
];

export interface PlatformImportResult {
  kind: AdapterKind;
  rowsRead: number;
  rowsSkipped: number;
  /** Rows of the platform file the adapter refused (line of the platform file). */
  problems: RowProblem[];
  /** One bulk-import job per export kind loaded. */
  jobs: ({ exportKind: ExportKind } & ImportResult)[];
  summary: AdaptResult["summary"];
}

/** Add the organization's missing channel rows for `keys` (known channel keys only). */
export async function ensureChannels(
  db: Queryable,
  organizationId: number,
  keys: Iterable<string>,
): Promise<void> {
  for (const key of new Set(keys)) {
    const def = channelDefinition(key);
    if (!def) continue;
    await db.query(
      `INSERT INTO channels (organization_id, key, label, is_paid) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, key) DO NOTHING`,
      [organizationId, def.key, def.label, def.isPaid],
    );
  }
}

/**
 * Import one platform export for an organization.
 *
 * @example await importPlatformExport(db, { organizationId: 3, input: createReadStream("meta.csv"), source: "meta.csv" })
 */
export async function importPlatformExport(
  db: Database,
  opts: {
    organizationId: number;
    input: Readable;
    source: string;
    kind?: AdapterKind;
    format?: CellFormat;
    maxErrors?: number;
    actor?: string;
  },
): Promise<PlatformImportResult> {
  const [org] = await db.query<{ currency: string }>("SELECT currency FROM organizations WHERE id = $1", [
    opts.organizationId,
  ]);
  if (!org) throw new AppError("not_found", `organization ${opts.organizationId} does not exist`);
  const adapted = await adaptExport(
    opts.input,
    {
      currency: org.currency,
      rates: await loadRateTable(db, opts.organizationId, org.currency),
      campaignIds: createDatabaseCampaignIds(db, opts.organizationId),
      channelRules: await readChannelRules(db, opts.organizationId),
      hasEarlierOrder: async (customerId, ts) =>
        (
          await db.query(
            "SELECT 1 FROM conversions WHERE organization_id = $1 AND customer_id = $2 AND ts < $3 LIMIT 1",
            [opts.organizationId, customerId, ts],
          )
        ).length > 0,
    },
    { kind: opts.kind, format: opts.format, maxProblems: opts.maxErrors },
  );
  await ensureChannels(db, opts.organizationId, [
    ...adapted.records.campaigns.map((r) => r.channel!),
    ...adapted.records.web_sessions_daily.map((r) => r.channel!),
  ]);
  const jobs: PlatformImportResult["jobs"] = [];
  for (const exportKind of LOAD_ORDER) {
    const records = adapted.records[exportKind];
    if (records.length === 0) continue;
    const result = await importRecords(db, {
      organizationId: opts.organizationId,
      kind: exportKind,
      records: withLineNumbers(
        records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? ""]))),
      ),
      source: `${opts.source} (${adapted.kind})`,
      maxErrors: opts.maxErrors,
    });
    jobs.push({ exportKind, ...result });
  }
  // Shop exports convert order totals; ad platforms convert spend (and platform-reported revenue).
  await recordRatesUsed(db, opts.organizationId, {
    table: adapted.kind === "shopify_orders" ? "conversions" : "ad_spend_daily",
    importKind: adapted.kind,
    ratesUsed: adapted.summary.ratesUsed,
  });
  await recordAudit(db, {
    organizationId: opts.organizationId,
    actor: opts.actor ?? "operator",
    action: "import.platform_export",
    target: adapted.kind,
    details: {
      source: opts.source,
      rowsRead: adapted.rowsRead,
      rowsSkipped: adapted.rowsSkipped,
      problems: adapted.problems.length,
      jobs: jobs.map((j) => ({
        kind: j.exportKind,
        jobId: j.jobId,
        inserted: j.inserted,
        updated: j.updated,
      })),
      campaigns: adapted.summary.campaigns,
      ratesUsed: adapted.summary.ratesUsed,
    },
  });
  return {
    kind: adapted.kind,
    rowsRead: adapted.rowsRead,
    rowsSkipped: adapted.rowsSkipped,
    problems: adapted.problems,
    jobs,
    summary: adapted.summary,
  };
}
