/**
 * `npm run rates -- --file PATH (--org SLUG | --base CUR)`
 * Imports a rate file (`date,currency,rate`): for one organization (1 unit of `currency` = `rate`
 * units of the organization's currency), or global rates against a base currency, used by every
 * organization keeping its books in that currency. Opens the database itself; while `npm start`
 * holds the embedded DATA_DIR it refuses in one line (use POST /api/v1/currency-rates there).
 */
import { createReadStream } from "node:fs";
import { z } from "zod";
import { openDatabase } from "../../db/connect.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import { importRates } from "../currency/rates-store.ts";

const flags = z.object({
  file: z.string({ error: "expected a file path, e.g. --file rates.csv" }).min(1),
  org: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, "expected an organization slug, e.g. --org acme")
    .optional(),
  base: z
    .string()
    .regex(/^[A-Z]{3}$/, "expected a currency code, e.g. --base USD")
    .optional(),
});

runCli(async () => {
  const { values } = parseCli(
    process.argv.slice(2),
    { file: { type: "string" }, org: { type: "string" }, base: { type: "string" } },
    flags,
  );
  if ((values.org === undefined) === (values.base === undefined))
    failCli("name exactly one of --org SLUG or --base CUR");
  const env = loadEnv();
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    command: "npm run rates",
  });
  try {
    let result: Awaited<ReturnType<typeof importRates>>;
    if (values.org !== undefined) {
      const org = await findOrganizationBySlug(db, values.org);
      if (!org) throw new AppError("not_found", `no organization with slug '${values.org}'`);
      result = await importRates(db, { organizationId: org.id }, org.currency, createReadStream(values.file));
    } else {
      result = await importRates(db, { base: values.base! }, values.base!, createReadStream(values.file));
    }
    process.stderr.write(`${result.stored} of ${result.read} rates stored\n`);
    for (const e of result.errors)
      process.stderr.write(`  line ${e.line}, ${e.field}: expected ${e.expected}\n`);
    if (result.errors.length > 0)
      throw new AppError("ingest.invalid", `${result.errors.length} lines refused`);
  } finally {
    await db.close();
  }
});
