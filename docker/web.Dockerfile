# syntax=docker/dockerfile:1
#
# Jumush web (Angular) served by unprivileged nginx. Build context: the repository root.
#   docker build -f docker/web.Dockerfile -t jumush-web:local .
# What the context leaves out: docker/web.Dockerfile.dockerignore.

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.30-alpine

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

# --- build: whole workspace, Nx runs the Angular application builder ----------
FROM base AS build
WORKDIR /workspace
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    CI=true
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
# Production configuration (the default): static files in dist/apps/web/browser.
RUN npx nx build web

# --- runtime: static files only -----------------------------------------------
# The image runs nginx as uid 101 and listens on 8080.
FROM ${NGINX_IMAGE} AS runtime
COPY docker/nginx/web.conf /etc/nginx/conf.d/default.conf
COPY --from=build /workspace/dist/apps/web/browser/ /usr/share/nginx/jumush/
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --start-interval=2s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
