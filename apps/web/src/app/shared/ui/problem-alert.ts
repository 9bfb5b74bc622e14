import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldError } from '@jumush/contracts/client';
import type { MessageParams, UiProblem } from '../../core/errors/problem';

/** The translated message of a failed request, plus field errors no form field could show. */
@Component({
  selector: 'jm-problem-alert',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="live" role="alert">
      @if (problem(); as p) {
        <div class="problem">
          <p class="problem-message">{{ p.code | translate: p.params }}</p>
          @if (details().length > 0) {
            <ul>
              @for (item of details(); track $index) {
                <li>{{ item.code | translate: item.params }}</li>
              }
            </ul>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .problem {
      margin-block: 0 16px;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small, 8px);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-body-medium);
    }
    .problem-message {
      margin: 0;
      font-weight: 500;
    }
    ul {
      margin: 8px 0 0;
      padding-inline-start: 20px;
    }
  `,
})
export class ProblemAlert {
  readonly problem = input<UiProblem | null>(null);
  /** Field errors that matched no control of the form. */
  readonly unmatched = input<readonly FieldError[]>([]);

  protected readonly details = computed(() =>
    this.unmatched().map((error) => ({
      code: error.code,
      params: { field: error.field, ...(error.params ?? {}) } as MessageParams,
    })),
  );
}
