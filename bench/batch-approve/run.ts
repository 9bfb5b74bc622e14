/**
 * `npm run bench:batch-approve` — the attaché's decision on a batch of 1,000 candidates.
 *
 * Seeds a vacancy with 1,000 shortlisted candidates in one submitted batch, then times (a) the real
 * decision endpoint (one set-based transaction) and (b) the naive baseline: the same work done one
 * candidate at a time, one transaction each (status, timeline entry, audit event, outbox row, filled
 * positions, letter). Both run in this process against the same PostgreSQL; it prints both times and
 * the speed-up. Targets: the decision under 1 s and at least 10× faster than the baseline.
 */
import '../search/paths';
import { main } from './batch-approve-bench';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
