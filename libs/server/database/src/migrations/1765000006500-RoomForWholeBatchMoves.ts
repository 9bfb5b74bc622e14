import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Room on each page of `applications` and `batch_items` for a new version of every row on it, so that a statement
 * changing all of a page's rows — a batch's 1,000 applications of one vacancy are often side by side, and the
 * submission and the attaché's decision move them all at once — keeps every new version on its row's page.
 *
 * `applications` (was 70 %): a status change can be a HOT update (new version on the same page, no index entry),
 * since none of the table's indexes — the primary key on id, `applications_candidate_idx (candidate_id)`,
 * `applications_vacancy_candidate_unique (vacancy_id, candidate_id)` — holds a column a move changes (status,
 * status_reason, version, updated_at). But 70 % left room for the new versions of fewer than half of a full page's
 * ~52 rows: the others went to other pages, each with an entry in all three indexes (311 of a batch decision's
 * 1,000 updates in the benchmark). At 50 % a page's ~37 rows of ~104 bytes fit again beside themselves, and the dead
 * versions of the move before are pruned when the page is next read (it is then fuller than the same 50 %). In
 * the benchmark's decision: 1,000 HOT updates of 1,000, and 2,000 WAL records (152 kB) instead of 3,209 (255 kB).
 *
 * `batch_items` (was 100 %): closing an item cannot be HOT (`open` is in the predicate of
 * `batch_items_open_application_unique`), but with room its new version stays on the same page: 2,079 WAL records
 * (188 kB) for a decision's 1,000 items instead of 3,008 (274 kB). The flags written at submission change no indexed
 * column, so with room they are HOT updates.
 *
 * The price: both tables take more pages for the same rows (applications about 40 % more than at 70 %, batch items
 * twice as many). `ALTER TABLE … SET (fillfactor)` only changes where new rows go: pages already written keep their
 * rows until the table is rewritten (VACUUM FULL or CLUSTER, which lock it; pg_repack does not). This migration
 * rewrites nothing.
 */
export class RoomForWholeBatchMoves1765000006500 implements MigrationInterface {
  name = 'RoomForWholeBatchMoves1765000006500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" SET (fillfactor = 50)`);
    await queryRunner.query(`ALTER TABLE "batch_items" SET (fillfactor = 50)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "batch_items" RESET (fillfactor)`);
    await queryRunner.query(`ALTER TABLE "applications" SET (fillfactor = 70)`);
  }
}
