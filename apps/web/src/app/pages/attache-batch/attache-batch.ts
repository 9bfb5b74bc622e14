import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  ATTACHE_LETTER_REVOCATION_CATEGORIES,
  REFUSAL_REASONS,
  isAwaitingDecision,
  type BatchDecisionKind,
  type BatchDecisionResultView,
  type BatchStatus,
  type LetterRevocationCategory,
  type RefusalReason,
} from '@jumush/contracts/client';
import type { BatchDocument } from '../../core/api/api-paths';
import { BatchesApi } from '../../core/api/batches-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { DECISION_DIALOG_CONFIG } from '../../shared/ui/decision-dialog';
import { LoadState } from '../../shared/ui/load-state';
import { BATCH_DOCUMENTS, BATCH_PAGE_SIZE } from '../employer-batch/employer-batch';
import { DecisionConfirmDialog, type DecisionConfirmData } from './decision-confirm-dialog';
import { decisionProblems, type DecisionDraft, type ExclusionChoice } from './decision-summary';

/** `/:lang/attache/batches/:id`: the candidates with their flags, exclusions with reasons, and the one decision. */
@Component({
  selector: 'jm-attache-batch',
  imports: [FormsModule, RouterLink, TranslatePipe, MatButtonModule, LoadState, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attache-batch.html',
  styleUrl: './attache-batch.scss',
})
export class AttacheBatch {
  private readonly api = inject(BatchesApi);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  readonly id = input.required<string>();

  protected readonly flaggedOnly = signal(false);
  protected readonly batch = loader(
    () => ({ id: this.id(), flaggedOnly: this.flaggedOnly() }),
    ({ id, flaggedOnly }) => this.api.get(id, { flaggedOnly, page: 1, pageSize: BATCH_PAGE_SIZE }),
  );
  protected readonly reasons = REFUSAL_REASONS;
  protected readonly documents = BATCH_DOCUMENTS;
  protected readonly exclusions = signal<ReadonlyMap<string, ExclusionChoice>>(new Map());
  protected readonly refuseReason = signal<RefusalReason | ''>('');
  protected readonly refuseText = signal('');
  protected readonly returnComment = signal('');
  protected readonly pendingKind = signal<BatchDecisionKind | null>(null);
  protected readonly problems = signal<string[]>([]);
  protected readonly result = signal<BatchDecisionResultView | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly revocationCategories = ATTACHE_LETTER_REVOCATION_CATEGORIES;
  /** The letter being revoked: its application, the category and the reason typed so far. */
  protected readonly revoking = signal<{ applicationId: string; category: LetterRevocationCategory | ''; reason: string } | null>(null);
  protected readonly revokeReady = computed(() => {
    const r = this.revoking();
    return !!r && r.category !== '' && r.reason.trim().length >= 3;
  });

  protected readonly decidable = computed(() => {
    const b = this.batch.value();
    return !!b && isAwaitingDecision(b.status) && this.result() === null;
  });

  protected statusKey(status: BatchStatus): string {
    return `batch.status.${status}`;
  }

  protected flagKey(flag: string): string {
    return `batch.flag.${flag}`;
  }

  protected reasonKey(reason: string): string {
    return `refusal.${reason}`;
  }

  protected categoryKey(category: string): string {
    return `verify.category.${category}`;
  }

  protected documentKey(file: BatchDocument): string {
    return `batchPage.document.${file.replace('.', '_')}`;
  }

  protected toggleExclusion(applicationId: string, on: boolean): void {
    const next = new Map(this.exclusions());
    if (on) next.set(applicationId, next.get(applicationId) ?? { reasonCode: '', text: '' });
    else next.delete(applicationId);
    this.exclusions.set(next);
  }

  protected updateExclusion(applicationId: string, patch: Partial<ExclusionChoice>): void {
    const current = this.exclusions().get(applicationId);
    if (!current) return;
    this.exclusions.set(new Map(this.exclusions()).set(applicationId, { ...current, ...patch }));
  }

  /** First click on Refuse all / Return shows its fields; the decision is then confirmed in the dialog. */
  protected decide(kind: BatchDecisionKind): void {
    const b = this.batch.value();
    if (!b) return;
    if ((kind === 'REFUSE_ALL' || kind === 'RETURN') && this.pendingKind() !== kind) {
      this.pendingKind.set(kind);
      this.problems.set([]);
      return;
    }
    const draft: DecisionDraft = {
      kind,
      total: b.candidateCount,
      exclusions: this.exclusions(),
      reasonCode: this.refuseReason(),
      text: this.refuseText(),
      comment: this.returnComment(),
    };
    const problems = decisionProblems(draft);
    this.problems.set(problems);
    if (problems.length > 0) return;
    const data: DecisionConfirmData = { batchId: b.id, draft };
    this.dialog
      .open(DecisionConfirmDialog, { ...DECISION_DIALOG_CONFIG, data })
      .afterClosed()
      .subscribe((result?: BatchDecisionResultView) => {
        if (!result) return;
        this.result.set(result);
        this.pendingKind.set(null);
        this.exclusions.set(new Map());
        this.batch.reload();
      });
  }

  protected startRevoke(applicationId: string): void {
    this.problem.set(null);
    this.revoking.set({ applicationId, category: '', reason: '' });
  }

  protected updateRevoke(patch: Partial<{ category: LetterRevocationCategory | ''; reason: string }>): void {
    const current = this.revoking();
    if (current) this.revoking.set({ ...current, ...patch });
  }

  /** Revokes the letter; the migrant is told by the API, and the row shows the letter as revoked after the reload. */
  protected confirmRevoke(): void {
    const r = this.revoking();
    if (!r || r.category === '' || !this.revokeReady()) return;
    this.api.revokeLetter(r.applicationId, { category: r.category, reason: r.reason.trim() }).subscribe({
      next: () => {
        this.revoking.set(null);
        this.batch.reload();
      },
      error: (error: unknown) => this.problem.set(toUiProblem(error)),
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
