import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

/** Two-factor recovery codes, shown once (only their hashes are kept): copy them or print them. */
@Component({
  selector: 'jm-recovery-codes',
  imports: [TranslatePipe, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="recovery" aria-labelledby="recovery-codes-title" data-testid="recovery-codes">
      <h2 id="recovery-codes-title">{{ 'twoFactor.recoveryTitle' | translate }}</h2>
      <p>{{ 'twoFactor.recoveryOnce' | translate }}</p>
      <ol class="codes">
        @for (code of codes(); track code) {
          <li>
            <code data-testid="recovery-code">{{ code }}</code>
          </li>
        }
      </ol>
      <div class="actions">
        <button mat-stroked-button type="button" data-testid="copy-recovery-codes" (click)="copy()">{{ 'twoFactor.copy' | translate }}</button>
        <button mat-stroked-button type="button" data-testid="print-recovery-codes" (click)="print()">{{ 'twoFactor.print' | translate }}</button>
      </div>
      <p class="done" role="status">
        @if (copied()) {
          {{ 'twoFactor.copied' | translate }}
        }
      </p>
    </section>
  `,
  styles: `
    .codes {
      display: grid;
      grid-template-columns: repeat(2, max-content);
      gap: 8px 32px;
      padding-inline-start: 24px;
      font: var(--mat-sys-title-medium);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .done:empty {
      display: none;
    }
  `,
})
export class RecoveryCodes {
  private readonly document = inject(DOCUMENT);
  readonly codes = input.required<readonly string[]>();
  protected readonly copied = signal(false);

  protected copy(): void {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) return;
    clipboard.writeText(this.codes().join('\n')).then(
      () => this.copied.set(true),
      () => undefined,
    );
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
