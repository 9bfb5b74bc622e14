# syntax=docker/dockerfile:1
#
# Jumush HTTP API (NestJS). Build context: the repository root.
#   docker build -f docker/api.Dockerfile -t jumush-api:local .
# What the context leaves out: docker/api.Dockerfile.dockerignore.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- base: Node.js with the npm the developers and CI use --------------------
FROM ${NODE_IMAGE} AS base
# npm 11.16+ reads package.json's `allowScripts`; the npm bundled with Node 20 does not.
ARG NPM_VERSION=11.19.1
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false \
    SCARF_ANALYTICS=false \
    DO_NOT_TRACK=1
RUN npm install --global "npm@${NPM_VERSION}" && npm cache clean --force

# --- build: whole workspace, Nx builds the webpack bundle ---------------------
FROM base AS build
WORKDIR /workspace
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    CI=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
# Writes dist/apps/api: main.js (+ map) and a generated package.json.
RUN npx nx build api

# --- deps: production node_modules from the root lockfile ---------------------
# Not from the generated dist/apps/api/package.json: Nx lists the packages it finds
# imported, and a package loaded by name at run time (TypeORM loads its driver `pg` so)
# can be left out of it.
# Install scripts are skipped: none is needed at run time (see README).
FROM base AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts

# --- runtime -----------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# Owned by root and read-only to the `node` user that runs the process.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /workspace/dist/apps/api ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --start-interval=2s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "main.js"]
