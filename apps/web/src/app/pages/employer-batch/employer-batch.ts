import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApplicationStatus, canEditBatch, type BatchDetailView } from '@jumush/contracts/client';
import { ApplicationsApi } from '../../core/api/applications-api';
import type { BatchDocument } from '../../core/api/api-paths';
import { BatchesApi } from '../../core/api/batches-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { DateTimePipe, LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The batch page shows every candidate: one page of this size covers the largest batch there is. */
export const BATCH_PAGE_SIZE = 2000;

/** Documents a decided batch offers. */
export const BATCH_DOCUMENTS: readonly BatchDocument[] = ['decision-sheet.pdf', 'approved.csv', 'approved.xlsx'];

/** `/:lang/employer/batches/:id`: one batch, its candidates and flags, editing while a draft or returned, submission, results. */
@Component({
  selector: 'jm-employer-batch',
  imports: [RouterLink, TranslatePipe, MatButtonModule, LoadState, ProblemAlert, LocalDatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employer-batch.html',
  styleUrl: './employer-batch.scss',
})
export class EmployerBatch {
  private readonly api = inject(BatchesApi);
  private readonly applications = inject(ApplicationsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  readonly id = input.required<string>();

  protected readonly batch = loader(
    () => this.id(),
    (id) => this.api.get(id, { page: 1, pageSize: BATCH_PAGE_SIZE }),
  );
  protected readonly editable = computed(() => {
    const b = this.batch.value();
    return !!b && canEditBatch(b.status);
  });
  /** Shortlisted applicants of the vacancy not in the batch yet, offered while it can be edited. */
  protected readonly candidatesToAdd = loader(
    () => {
      const b = this.batch.value();
      return b && canEditBatch(b.status) ? b.vacancy.id : null;
    },
    (vacancyId) => this.applications.applicants(vacancyId, { status: ApplicationStatus.Shortlisted, page: 1, pageSize: 100 }),
  );
  protected readonly addable = computed(() => {
    const inBatch = new Set((this.batch.value()?.items ?? []).map((i) => i.applicationId));
    return (this.candidatesToAdd.value()?.items ?? []).filter((a) => !inBatch.has(a.applicationId));
  });
  protected readonly remaining = computed(() => {
    const v = this.batch.value()?.vacancy;
    return v ? Math.max(0, v.positions - v.filledPositions) : 0;
  });
  protected readonly documents = BATCH_DOCUMENTS;
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected statusKey(status: string): string {
    return `batch.status.${status}`;
  }

  protected flagKey(flag: string): string {
    return `batch.flag.${flag}`;
  }

  protected documentKey(file: BatchDocument): string {
    return `batchPage.document.${file.replace('.', '_')}`;
  }

  protected remove(applicationId: string): void {
    const b = this.batch.value();
    if (!b) return;
    this.setItems(
      b,
      b.items.map((i) => i.applicationId).filter((id) => id !== applicationId),
    );
  }

  protected add(applicationId: string): void {
    const b = this.batch.value();
    if (!b) return;
    this.setItems(b, [...b.items.map((i) => i.applicationId), applicationId]);
  }

  private setItems(b: BatchDetailView, ids: string[]): void {
    this.act(this.api.setItems(b.id, ids), 'batchPage.saved');
  }

  protected submit(): void {
    const b = this.batch.value();
    if (b) this.act(this.api.submit(b.id), 'batchPage.submitted');
  }

  private act(request: ReturnType<BatchesApi['submit']>, done: string): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.notice.set(null);
    request.subscribe({
      next: (batch) => {
        this.batch.set(batch);
        this.notice.set(done);
        this.busy.set(false);
        this.candidatesToAdd.reload();
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }

  protected download(file: BatchDocument): void {
    const b = this.batch.value();
    if (!b) return;
    this.problem.set(null);
    this.api.document(b.id, file).subscribe({
      next: (blob) => saveBlob(blob, `batch-${b.id}-${file}`, this.document),
      error: (error: unknown) => this.problem.set(toUiProblem(error)),
    });
  }
}
