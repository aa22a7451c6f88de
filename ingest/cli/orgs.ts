/**
 * `npm run orgs -- create --slug S --name N --time-zone TZ --currency CUR --industry I`
 * `npm run orgs -- list`
 * Creates and lists organizations. When `npm start` holds the embedded DATA_DIR the command goes
 * through its /api/v1/orgs with the local operator token (as `npm run keys` does); otherwise it
 * opens the database itself. The new organization's first admin key is printed once (stdout).
 */
import { z } from "zod";
import type { createdOrgResponse, orgListResponse } from "../../api/routes/orgs.ts";
import { embedderFor } from "../../db/catalog/embedder.ts";
import { syncOrganizationCatalog } from "../../db/catalog/sync.ts";
import { openDatabase } from "../../db/connect.ts";
import { createOrganization, newOrganizationSchema } from "../../db/repositories/create-organization.ts";
import { listOrganizations } from "../../db/repositories/organizations.ts";
import { callService, findRunningService } from "../../db/running-service.ts";
import { failCli, parseCli, runCli } from "../../lib/cli.ts";
import { loadEnv } from "../../lib/env.ts";

type Created = z.infer<typeof createdOrgResponse>;
type Listed = z.infer<typeof orgListResponse>["organizations"];

const createFlags = z.object({
  slug: newOrganizationSchema.shape.slug,
  name: newOrganizationSchema.shape.name,
  "time-zone": newOrganizationSchema.shape.timeZone,
  currency: newOrganizationSchema.shape.currency,
  industry: newOrganizationSchema.shape.industry,
});

runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== "create" && command !== "list")
    failCli("usage: orgs create --slug S --name N --time-zone TZ --currency CUR --industry I | orgs list");
  const env = loadEnv();
  const input = command === "create" ? createInput(rest) : listInput(rest);

  const svc = env.DATABASE_URL ? undefined : await findRunningService(env.DATA_DIR);
  if (svc) {
    process.stderr.write(`(through the running service '${svc.command}', pid ${svc.pid}, ${svc.url})\n`);
    if (input) {
      const r = await callService<Created>(svc, {
        method: "POST",
        path: "/api/v1/orgs",
        bearer: svc.token,
        body: input,
      });
      return printCreated(r);
    }
    const r = await callService<{ organizations: Listed }>(svc, {
      method: "GET",
      path: "/api/v1/orgs",
      bearer: svc.token,
    });
    return printList(r.organizations);
  }
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    command: "npm run orgs",
  });
  try {
    if (!input) return printList(await listOrganizations(db));
    const created = await db.transaction((tx) => createOrganization(tx, input, "operator"));
    await syncOrganizationCatalog(db, created.organization.id, embedderFor(env));
    printCreated({
      organization: created.organization,
      channels: created.channels,
      adminKey: { id: created.adminKey.id, prefix: created.adminKey.prefix, role: "admin" },
      secret: created.adminKey.key,
    });
  } finally {
    await db.close();
  }
});

function printCreated(r: Created): void {
  process.stdout.write(`${r.secret}\n`);
  process.stderr.write(
    `created organization ${r.organization.slug} (id ${r.organization.id}, ${r.organization.timeZone}, ${r.organization.currency}) with ${r.channels} channels; first admin key ${r.adminKey.id} (${r.adminKey.prefix}) above, shown once: store it now\n`,
  );
}

function printList(orgs: Listed): void {
  for (const o of orgs) {
    process.stdout.write(`${o.id}\t${o.slug}\t${o.name}\t${o.timeZone}\t${o.currency}\t${o.industry}\n`);
  }
}

function createInput(argv: string[]) {
  const { values } = parseCli(
    argv,
    {
      slug: { type: "string" },
      name: { type: "string" },
      "time-zone": { type: "string" },
      currency: { type: "string" },
      industry: { type: "string" },
    },
    createFlags,
  );
  return {
    slug: values.slug,
    name: values.name,
    timeZone: values["time-zone"],
    currency: values.currency,
    industry: values.industry,
  };
}

/** `list` takes no flags; parsing still refuses unknown ones. */
function listInput(argv: string[]): undefined {
  parseCli(argv, {}, z.object({}));
  return undefined;
}
