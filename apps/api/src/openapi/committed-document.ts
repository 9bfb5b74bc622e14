/** docs/openapi.json as committed (`npm run openapi:export`), found from the source tree and from the built dist/apps/api alike. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function committedOpenApiPath(): string | undefined {
  for (const start of [__dirname, process.cwd()]) {
    for (let folder = start; ; folder = dirname(folder)) {
      const candidate = join(folder, 'docs/openapi.json');
      if (existsSync(candidate)) return candidate;
      if (dirname(folder) === folder) break;
    }
  }
  return undefined;
}

export function readCommittedOpenApi(): Record<string, unknown> | undefined {
  const path = committedOpenApiPath();
  return path ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
}
