/**
 * `npm run keys -- create --org acme --role analyst [--name NAME]`
 * `npm run keys -- list --org acme` / `npm run keys -- revoke --org acme --id 3`
 * Manages API keys. When `npm start` holds the embedded DATA_DIR, the command goes through its
 * /api/v1/keys with the local operator token (found via DATA_DIR/service.lock), so the running
 * service sees every change at once; otherwise it opens the database itself (taking the lock).
 * A created key is printed once and never stored.
 */
import { z } from "zod";
import { openDatabase } from "../../db/connect.ts";
import type { Queryable } from "../../db/database.ts";
import { createApiKey, type KeySummary, listApiKeys, revokeApiKey } from "../../db/repositories/api-keys.ts";
import { recordAudit } from "../../db/repositories/audit-log.ts";
import { findOrganizationBySlug } from "../../db/repositories/organizations.ts";
import { callService, findRunningService, type RunningService } from "../../db/running-service.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";
import { AppError } from "../../lib/errors.ts";
import type { createdKeyResponse, keyListResponse } from "../routes/keys.ts";
import { ROLES, type Role } from "../tenant.ts";

const flags = z.object({
  org: z
    .string({ error: "expected an organization slug, e.g. --org acme" })
    .regex(/^[a-z0-9-]{1,64}$/, "expected an organization slug, e.g. --org acme"),
  role: z.enum(ROLES, { error: `expected one of: ${ROLES.join(", ")}` }).optional(),
  name: z.string().trim().min(1).max(100).optional(),
  id: z.coerce.number({ error: "expected a key id" }).int().positive().max(2_147_483_647).optional(),
});

/** The three operations, done either through the running service or on the database. */
interface KeyStore {
  create(role: Role, name?: string): Promise<{ id: number; key: string; prefix: string; role: string }>;
  list(): Promise<KeySummary[]>;
  revoke(id: number): Promise<void>;
}

function throughService(svc: RunningService, org: string): KeyStore {
  const q = `?org=${encodeURIComponent(org)}`;
  const call = <T>(method: string, path: string, body?: unknown) =>
    callService<T>(svc, { method, path: `/api/v1/keys${path}${q}`, bearer: svc.token, body });
  return {
    async create(role, name) {
      const r = await call<z.infer<typeof createdKeyResponse>>("POST", "", { role, name });
      return { ...r.key, key: r.secret };
    },
    async list() {
      return (await call<z.infer<typeof keyListResponse>>("GET", "")).keys;
    },
    async revoke(id) {
      await call("DELETE", `/${id}`);
    },
  };
}

runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !["create", "list", "revoke"].includes(command))
    failCli("usage: keys create|list|revoke --org SLUG ...");
  const { values } = parseCli(
    rest,
    { org: { type: "string" }, role: { type: "string" }, name: { type: "string" }, id: { type: "string" } },
    flags,
  );
  if (command === "create" && !values.role) failCli(`--role: expected one of: ${ROLES.join(", ")}`);
  if (command === "revoke" && !values.id) failCli("--id: expected a key id");
  const env = loadEnv();

  const svc = env.DATABASE_URL ? undefined : await findRunningService(env.DATA_DIR);
  if (svc) {
    process.stderr.write(`(through the running service '${svc.command}', pid ${svc.pid}, ${svc.url})\n`);
    return run(command!, values, throughService(svc, values.org));
  }
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    command: "npm run keys",
  });
  try {
    const org = await findOrganizationBySlug(db, values.org);
    if (!org) throw new AppError("not_found", `no organization with slug '${values.org}'`);
    const audit = (tx: Queryable, action: string, target: number) =>
      recordAudit(tx, { organizationId: org.id, actor: "operator", action, target: String(target) });
    await run(command!, values, {
      create: (role, name) =>
        db.transaction(async (tx) => {
          const key = await createApiKey(tx, { organizationId: org.id, role, name });
          await audit(tx, "api_key.create", key.id);
          return key;
        }),
      list: () => listApiKeys(db, org.id),
      revoke: (id) =>
        db.transaction(async (tx) => {
          if (!(await revokeApiKey(tx, org.id, id)))
            throw new AppError("not_found", `no active key ${id} in ${org.slug}`);
          await audit(tx, "api_key.revoke", id);
        }),
    });
  } finally {
    await db.close();
  }
});

async function run(command: string, values: z.infer<typeof flags>, store: KeyStore): Promise<void> {
  if (command === "create") {
    const key = await store.create(values.role!, values.name);
    process.stdout.write(`${key.key}\n`);
    process.stderr.write(
      `created ${key.role} key ${key.id} (${key.prefix}) for ${values.org} (shown once; store it now)\n`,
    );
  } else if (command === "list") {
    for (const k of await store.list()) {
      process.stdout.write(
        `${k.id}\t${k.prefix}\t${k.role}\t${k.name}\t${k.revokedAt ? "revoked" : "active"}\n`,
      );
    }
  } else {
    await store.revoke(values.id!);
    process.stdout.write(`revoked key ${values.id}\n`);
  }
}
