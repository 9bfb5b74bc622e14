#!/usr/bin/env bash
# TypeORM CLI with the workspace's TypeScript paths, e.g.:
#   DATABASE_URL=postgres://... tools/typeorm-cli.sh migration:generate libs/server/database/src/migrations/AddThing
set -euo pipefail
cd "$(dirname "$0")/.."
cmd="$1"; shift
TS_NODE_PROJECT=tools/tsconfig.json TS_NODE_TRANSPILE_ONLY=true exec node -r ts-node/register -r tsconfig-paths/register \
  node_modules/typeorm/cli.js "$cmd" -d libs/server/database/src/lib/data-source.cli.ts "$@"
