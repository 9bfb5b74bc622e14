/**
 * `npm run bench:batch-approve` — the attaché's decision on a batch of 1,000 candidates.
 *
 * Seeds a vacancy with 1,000 shortlisted candidates in one submitted batch, then times (a) the real decision
 * endpoint (one set-based transaction): its server time from the Server-Timing header, phase by phase, and the
 * HTTP round trip; (b) the pieces of the one statement that moves the applications, on a copy of the data;
 * (c) the naive baseline: the same work one candidate at a time, one transaction each. All in this process
 * against the same PostgreSQL. Targets: server time ≤ 100 ms and ≥ 50× faster than the baseline.
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
