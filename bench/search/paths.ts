/** Imported first by run.ts: the workspace's path aliases (@jumush/*) and decorator metadata, as the API needs them. */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

const root = resolve(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
register({ baseUrl: root, paths: compilerOptions.paths });
