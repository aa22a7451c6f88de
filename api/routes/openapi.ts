import { Router } from "express";
import { buildOpenApi } from "../openapi/build.ts";
import { OPERATIONS } from "../openapi/operations.ts";

/** GET /openapi.json: the OpenAPI 3.1 document, generated once from the routes' zod schemas. */
export function openApiRouter(version: string): Router {
  const doc = buildOpenApi(OPERATIONS, { title: "Marketing Analyst API", version });
  const router = Router();
  router.get("/", (_req, res) => {
    res.json(doc);
  });
  return router;
}
