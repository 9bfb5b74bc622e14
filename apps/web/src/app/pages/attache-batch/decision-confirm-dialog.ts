import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import type { BatchDecisionResultView } from '@jumush/contracts/client';
import { BatchesApi } from '../../core/api/batches-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { decisionBody, decisionSummary, type DecisionDraft } from './decision-summary';

export interface DecisionConfirmData {
  batchId: string;
  draft: DecisionDraft;
}

/** A new key per opening of the dialog, reused by its retries: the API then never decides twice. */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto?.getRandomValues?.(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Says exactly what the decision will do, then sends it (closing with the result). */
@Component({
  selector: 'jm-decision-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'attacheBatch.confirmTitle' | translate }}</h2>
    <mat-dialog-content>
      <p class="summary" data-testid="decision-summary">{{ summary.key | translate: summary.params }}</p>
      <p>{{ 'attacheBatch.confirmText' | translate }}</p>
      <jm-problem-alert [problem]="problem()" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close [disabled]="busy()">{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="button" data-testid="confirm-decision" [disabled]="busy()" (click)="confirm()" cdkFocusInitial>
        {{ (busy() ? 'common.sending' : problem() ? 'attacheBatch.tryAgain' : 'attacheBatch.confirm') | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .summary {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
  `,
})
export class DecisionConfirmDialog {
  protected readonly data = inject<DecisionConfirmData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DecisionConfirmDialog, BatchDecisionResultView>>(MatDialogRef);
  private readonly api = inject(BatchesApi);
  private readonly idempotencyKey = newIdempotencyKey();
  protected readonly summary = decisionSummary(this.data.draft);
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected confirm(): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.dialogRef.disableClose = true;
    this.api.decide(this.data.batchId, decisionBody(this.data.draft), this.idempotencyKey).subscribe({
      next: (result) => this.dialogRef.close(result),
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
        this.dialogRef.disableClose = false;
      },
    });
  }
}
