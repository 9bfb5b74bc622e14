/**
 * `npm run bench:dashboards` — the oversight dashboards on 1,000,000 applications' history beside 10,000. See bench/README.md.
 *
 * Seeds (set-based) a big country (Kyrgyzstan, 1,000,000 applications) and a small one (Uzbekistan, 10,000) over the
 * same 100,000 vacancies, through the real rollup triggers, then times interleaved each dashboard endpoint of both
 * and the SQL the service issues on the rollups (runDashboardQueries, given a pg pool). Targets: p95 at 1,000,000
 * within 1.5× of p95 at 10,000, and each endpoint within 2× of its SQL.
 */
import '../search/paths';
import { main } from './dashboards-bench';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
