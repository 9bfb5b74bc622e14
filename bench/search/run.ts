/**
 * `npm run bench:search` — the public vacancy search on 100,000 published vacancies. See bench/README.md.
 *
 * For each typical query it measures, interleaved, N runs of (a) the HTTP endpoint of the real API (in process,
 * through fetch) and (b) the same SQL the service issues (runVacancySearch, the service's own code, on a pg pool),
 * and prints p50/p95 of both and p95(endpoint)/p95(sql), target < 2×. Then it EXPLAINs every statement of the
 * filtered queries and fails (exit 1) on a `Seq Scan on vacancies`.
 */
import './paths';
import { main } from './search-bench';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
