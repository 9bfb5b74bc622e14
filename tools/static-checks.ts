/**
 * The static tier of `npm test`: what fails before any test runs. Each check is one item of the summary:
 *   types   `tsc --noEmit` on every tsconfig of the repository (apps, libs, their specs, e2e, system tests, tools, bench)
 *   lint    eslint on every Nx project, zero warnings allowed (module boundaries, type-aware rules)
 *   format  `prettier --check .`
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface StaticCheck {
  name: string;
  ok: boolean;
  seconds: number;
}

/** Folders that hold no tsconfig of ours (dependencies, build output, caches, run data). */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'coverage', 'test-output', 'tmp']);

/** Every tsconfig that compiles files; solution files (`"files": []` plus references) only point at the others. */
export function tsconfigsToCheck(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !NOT_SOURCE.has(entry.name)) walk(join(dir, entry.name));
      } else if (/^tsconfig.*\.json$/.test(entry.name) && entry.name !== 'tsconfig.base.json') {
        const file = join(dir, entry.name);
        const config = JSON.parse(readFileSync(file, 'utf8')) as { files?: string[]; include?: string[]; references?: unknown[] };
        const solution = config.references !== undefined && config.files?.length === 0 && (config.include ?? []).length === 0;
        if (!solution) found.push(relative(root, file));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** Runs a command, keeping its output to show only when it fails (2,000 lines of passing output help nobody). */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(String(error))));
    child.on('close', (code) =>
      resolve({ ok: code === 0, output: Buffer.concat(chunks).toString('utf8'), seconds: Math.round((Date.now() - started) / 1000) }),
    );
  });
}

/** Runs `tasks` with at most `limit` at once, results in the order given. */
async function pooled<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < tasks.length; index = next++) results[index] = await tasks[index]();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

export async function runStaticChecks(root: string, env: NodeJS.ProcessEnv, say: (line: string) => void): Promise<StaticCheck[]> {
  const parallel = Math.max(1, Math.min(availableParallelism(), 4));
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const report = (name: string, result: { ok: boolean; output: string; seconds: number }): StaticCheck => {
    say(`static: ${result.ok ? '✔' : '✘'} ${name} (${result.seconds}s)`);
    if (!result.ok) console.log(result.output.trimEnd());
    return { name, ok: result.ok, seconds: result.seconds };
  };

  const tsconfigs = tsconfigsToCheck(root);
  say(`static: type-checking ${tsconfigs.length} tsconfigs, ${parallel} at a time…`);
  const types = await pooled(
    tsconfigs.map((tsconfig) => async () => report(`types ${tsconfig}`, await run(process.execPath, [tsc, '--noEmit', '-p', tsconfig], root, env))),
    parallel,
  );

  // Nx caches a project's lint result by its files and its dependencies' files; a clean clone lints everything.
  say('static: eslint on every project (zero warnings allowed)…');
  const lint = report(
    'lint (every project, --max-warnings 0)',
    await run('npx', ['nx', 'run-many', '-t', 'lint', '--output-style=static', `--parallel=${parallel}`, '--', '--max-warnings=0'], root, env),
  );

  say('static: prettier --check …');
  const format = report('format (prettier --check .)', await run('npx', ['prettier', '--check', '.', '--log-level=warn'], root, env));
  return [...types, lint, format];
}
