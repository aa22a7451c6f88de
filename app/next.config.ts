import path from "node:path";
import type { NextConfig } from "next";

/** The web app, served by the API's Express process (api/web/next-app.ts); never on its own port. */
const config: NextConfig = {
  // node_modules live in the repository root, one level up.
  turbopack: { root: path.resolve(import.meta.dirname, "..") },
  outputFileTracingRoot: path.resolve(import.meta.dirname, ".."),
  // `npm run typecheck` checks app/ (tsc -p app); the build need not do it again on 2 cores.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
