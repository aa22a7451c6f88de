import { Readable } from "node:stream";
import { Router } from "express";
import { z } from "zod";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { importRates } from "../../ingest/currency/rates-store.ts";
import type { AppDeps } from "../deps.ts";
import { requireRole, tenantOf } from "../tenant.ts";

/** POST /api/v1/currency-rates body: the rate file as text (JSON-wrapped; a year of rates is a few KB). */
export const currencyRatesInput = z
  .object({
    csv: z
      .string()
      .min(1, "expected the rate file: a header date,currency,rate and one line per day and currency")
      // Ten years of daily rates for a dozen currencies stay under 1 MB, the JSON body limit.
      .max(1_000_000, "the rate file is over 1,000,000 characters: split it by year")
      .describe(
        "CSV text, e.g. 'date,currency,rate\\n2026-03-02,EUR,1.0832' (1 EUR = 1.0832 of the organization's currency).",
      ),
  })
  .strict();

export const currencyRatesQuery = z
  .object({
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "expected a currency code such as EUR")
      .optional()
      .describe("Only this currency, e.g. EUR."),
  })
  .strict();

const rateRow = z.object({ date: z.string(), currency: z.string(), rate: z.number() });

/** GET /api/v1/currency-rates response. */
export const currencyRatesResponse = z.object({
  organization: z.string(),
  currency: z.string().describe("The organization's currency: every rate converts into it."),
  rates: z.array(rateRow),
});

/** POST /api/v1/currency-rates response. */
export const currencyRatesImportResponse = z.object({
  organization: z.string(),
  read: z.number().int(),
  stored: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), field: z.string(), expected: z.string() })),
});

/**
 * /api/v1/currency-rates: the organization's daily exchange rates into its own currency, used to
 * convert imported amounts in other currencies. GET lists them (any role); POST imports a rate
 * file (admin), upserting by day and currency so a corrected file replaces old rates.
 */
export function currencyRatesRouter(deps: AppDeps): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const t = tenantOf(res);
    const { currency } = currencyRatesQuery.parse(req.query);
    const rows = await deps.db.query<{ date: string; currency: string; rate: number }>(
      `SELECT date, currency, rate FROM organization_currency_rates
        WHERE organization_id = $1 AND ($2::text IS NULL OR currency = $2)
        ORDER BY currency, date`,
      [t.organizationId, currency?.toUpperCase() ?? null],
    );
    res.json({
      organization: t.slug,
      currency: t.currency,
      rates: rows.map((r) => ({ date: r.date, currency: r.currency, rate: Number(r.rate) })),
    });
  });

  router.post("/", async (req, res) => {
    const t = tenantOf(res);
    requireRole(t, ["admin"]);
    const { csv } = currencyRatesInput.parse(req.body ?? {});
    const result = await importRates(
      deps.db,
      { organizationId: t.organizationId },
      t.currency,
      Readable.from([csv]),
    );
    await recordAudit(deps.db, {
      organizationId: t.organizationId,
      actor: `key:${t.keyId}`,
      action: "currency_rates.import",
      details: { read: result.read, stored: result.stored, errors: result.errors.length },
    });
    res.json({ organization: t.slug, ...result });
  });

  return router;
}
