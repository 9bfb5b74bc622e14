import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { AuditChainProblemCode, AuditChainReportView } from '@jumush/contracts/client';
import { AdminConsoleApi } from '../../core/api/admin-console-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { DateTimePipe, LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** What each broken link means, named literally so the translation check sees every key. */
export const CHAIN_PROBLEM_KEYS: Readonly<Record<AuditChainProblemCode, string>> = {
  hashMismatch: 'adminAudit.problem.hashMismatch',
  brokenLink: 'adminAudit.problem.brokenLink',
  gap: 'adminAudit.problem.gap',
};

const HEADS_PAGE_SIZE = 30;

/**
 * `/:lang/admin/audit`: the admin runs the audit chain's verification (every link's hash recomputed by the database)
 * and sees its result and the head hash, beside the heads published each day for anyone to keep.
 */
@Component({
  selector: 'jm-admin-audit',
  imports: [TranslatePipe, MatButtonModule, RouterLink, LoadState, Pager, ProblemAlert, DateTimePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-audit.html',
  styleUrls: ['../../shared/ui/list-page.scss', './admin-audit.scss'],
})
export class AdminAudit {
  private readonly api = inject(AdminConsoleApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly problemKey = (code: AuditChainProblemCode) => CHAIN_PROBLEM_KEYS[code];

  protected readonly verifying = signal(false);
  protected readonly report = signal<AuditChainReportView | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);

  protected readonly headsPage = signal(1);
  protected readonly heads = loader(
    () => this.headsPage(),
    (page) => this.api.publishedHeads(page, HEADS_PAGE_SIZE),
  );

  /** Walks the whole chain: on a large log this takes seconds, so it runs on demand, never on opening the page. */
  protected verify(): void {
    if (this.verifying()) return;
    this.verifying.set(true);
    this.problem.set(null);
    this.report.set(null);
    this.api.verifyAuditChain().subscribe({
      next: (report) => {
        this.report.set(report);
        this.verifying.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.verifying.set(false);
      },
    });
  }
}
