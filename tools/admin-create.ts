/**
 * `npm run admin:create -- --email someone@example.org [--name "…"] [--locale ru] [--web-url https://jumush.kg]`
 *
 * Creates an ADMIN account nobody can sign in to yet and prints a one-time set-up link (72 h) through which its owner
 * sets the password. Refuses an e-mail that already has an account. Migrations run first.
 *   - With DATABASE_URL: that database (production: run it from a checkout of the deployed version).
 *   - Without: the database of `npm start` in its data folder (.data/, or JUMUSH_DATA_DIR). If `npm start` is running,
 *     its PostgreSQL is used; otherwise the embedded PostgreSQL is started on the folder for the command's duration,
 *     holding the folder's lock (an `npm start` meanwhile is refused, and waits for nothing).
 * The link starts with --web-url, else PUBLIC_WEB_URL, else http://localhost:<WEB_PORT or 4200>.
 */
import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { isSupportedLocale, Locale } from '@jumush/domain';
import { dataSourceOptions, runMigrationsExclusively } from '@jumush/server/database';
import { createAdminWithSetupLink, FirstAdminRefusal } from '../apps/api/src/app/accounts/first-admin';
import { acquireInstanceLock, InstanceLockedError, readLock, type InstanceLock } from './stack/instance-lock';
import { ensureDatabase, persistentPostgresDir, runningPostgresUrl, startPostgres, databaseUrl } from './stack/postgres';
import { REPO_ROOT } from './stack/stack';

interface Arguments {
  email: string;
  name: string | null;
  locale: Locale;
  webUrl: string;
}

function parseArguments(argv: string[]): Arguments {
  const value = (flag: string): string | null => {
    const index = argv.indexOf(flag);
    if (index === -1) return null;
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new FirstAdminRefusal(`${flag} needs a value.`);
    return next;
  };
  const email = value('--email');
  if (!email)
    throw new FirstAdminRefusal(
      'Usage: npm run admin:create -- --email someone@example.org [--name "Full Name"] [--locale ru] [--web-url https://…]',
    );
  const locale = value('--locale') ?? Locale.Russian;
  if (!isSupportedLocale(locale)) throw new FirstAdminRefusal(`--locale must be one of ky, ru, uz, tg, en.`);
  const webUrl = value('--web-url') ?? process.env['PUBLIC_WEB_URL'] ?? `http://localhost:${process.env['WEB_PORT'] ?? 4200}`;
  return { email, name: value('--name'), locale, webUrl };
}

/** Where the database is, and what to stop afterwards. */
async function openDatabase(say: (line: string) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const given = process.env['DATABASE_URL'];
  if (given) {
    say('Using DATABASE_URL.');
    return { url: given, close: async () => undefined };
  }
  const dataDir = resolve(process.env['JUMUSH_DATA_DIR'] ?? join(REPO_ROOT, '.data'));
  const postgresDir = persistentPostgresDir(dataDir);
  let lock: InstanceLock;
  try {
    lock = acquireInstanceLock(dataDir);
  } catch (error) {
    if (!(error instanceof InstanceLockedError)) throw error;
    // `npm start` runs from this folder: use its PostgreSQL.
    const running = runningPostgresUrl(postgresDir);
    if (!running)
      throw new FirstAdminRefusal(
        `npm start is running from ${dataDir} (pid ${readLock(dataDir)?.pid ?? '?'}) but its PostgreSQL is not up yet: wait until it has started, or stop it (Ctrl-C) and run this again.`,
      );
    say(`npm start is running: using its PostgreSQL (${postgresDir}).`);
    return { url: databaseUrl(running, 'jumush'), close: async () => undefined };
  }
  try {
    say(`Starting the embedded PostgreSQL on ${postgresDir} for this command…`);
    const postgres = await startPostgres({ dataDir: postgresDir, ownSignals: true });
    const url = await ensureDatabase(postgres.serverUrl, 'jumush').catch(async (error: unknown) => {
      await postgres.stop();
      throw error;
    });
    return {
      url,
      close: async () => {
        await postgres.stop();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function main(): Promise<number> {
  const say = (line: string) => console.log(`[admin:create] ${line}`);
  const args = parseArguments(process.argv.slice(2));
  const database = await openDatabase(say);
  const dataSource = new DataSource(dataSourceOptions(database.url, { applicationName: 'jumush-admin-create', poolSize: 2 }));
  try {
    await dataSource.initialize();
    const applied = await runMigrationsExclusively(dataSource);
    if (applied.length > 0) say(`Applied ${applied.length} migration(s).`);
    const admin = await createAdminWithSetupLink(dataSource, { email: args.email, fullName: args.name, webUrl: args.webUrl, locale: args.locale });
    say(`Created the admin account ${admin.email} (audited as account.created by the system).`);
    say(`Its owner sets the password here, once, before ${admin.expiresAt.toISOString()}:`);
    console.log(`\n  ${admin.setupLink}\n`);
    say('Give the link to its owner only (it is not stored anywhere: run the command again for another account).');
    return 0;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[admin:create] ${error instanceof FirstAdminRefusal ? error.message : `Failed: ${(error as Error).message}`}`);
    process.exit(1);
  },
);
