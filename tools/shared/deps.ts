import type { Database } from "../../db/database.ts";
import type { Catalog } from "../../semantic/catalog/types.ts";
import type { CompileContext } from "../../semantic/compile/plan.ts";

/**
 * What tool executors receive. The tenant comes from the authenticated request, never from a tool
 * argument; `now` is the request's clock reading.
 */
export interface ToolDeps {
  db: Database;
  catalog: Catalog;
  tenant: CompileContext & { currency: string; industry: string };
  now: Date;
}
