/**
 * `npm run keys -- create --org acme --role analyst [--name NAME]`
 * `npm run keys -- list --org acme` / `npm run keys -- revoke --org acme --id 3`
 * Manages API keys on the configured database. A created key is printed once and never stored.
 */
import { z } from "zod";
import { openDatabase } from "../../db/connect.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "../../db/repositories/api-keys.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import { ROLES } from "../tenant.ts";

const flags = z.object({
  org: z.string({ error: "expected an organization slug, e.g. --org acme" }).min(1),
  role: z.enum(ROLES, { error: `expected one of: ${ROLES.join(", ")}` }).optional(),
  name: z.string().max(100).optional(),
  id: z.coerce.number({ error: "expected a key id" }).int().positive().optional(),
});

runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !["create", "list", "revoke"].includes(command))
    failCli("usage: keys create|list|revoke --org SLUG ...");
  const { values } = parseCli(
    rest,
    { org: { type: "string" }, role: { type: "string" }, name: { type: "string" }, id: { type: "string" } },
    flags,
  );
  const env = loadEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const org = await findOrganizationBySlug(db, values.org);
    if (!org) throw new AppError("not_found", `no organization with slug '${values.org}'`);
    if (command === "create") {
      if (!values.role) failCli(`--role: expected one of: ${ROLES.join(", ")}`);
      const key = await createApiKey(db, { organizationId: org.id, role: values.role, name: values.name });
      process.stdout.write(`${key.key}\n`);
      process.stderr.write(
        `created ${key.role} key ${key.prefix} for ${org.slug} (shown once; store it now)\n`,
      );
    } else if (command === "list") {
      for (const k of await listApiKeys(db, org.id)) {
        process.stdout.write(
          `${k.id}\t${k.prefix}\t${k.role}\t${k.name}\t${k.revokedAt ? "revoked" : "active"}\n`,
        );
      }
    } else {
      if (!values.id) failCli("--id: expected a key id");
      const ok = await revokeApiKey(db, org.id, values.id);
      if (!ok) throw new AppError("not_found", `no active key ${values.id} in ${org.slug}`);
      process.stdout.write(`revoked key ${values.id}\n`);
    }
  } finally {
    await db.close();
  }
});
