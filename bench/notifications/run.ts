/**
 * `npm run bench:notifications` — 10,000 notifications through the whole pipeline (outbox rows → relay →
 * fan-out → delivery to the capturing SMS adapter and the in-app centre) against raw BullMQ (add + process
 * of an empty job, same concurrency, same Redis), in the same run. See bench/notifications/README.md.
 */
import '../search/paths';
import { main } from './notifications-bench';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
