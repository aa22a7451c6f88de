import { defineConfig } from "drizzle-kit";

// Generation only: migrations are applied in code (db/migrate.ts), because the drizzle-kit CLI
// cannot load PGlite extensions.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
