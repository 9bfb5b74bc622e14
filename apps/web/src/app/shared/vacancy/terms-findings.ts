import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { VacancyTermsFinding } from '@jumush/contracts/client';
import type { MessageParams } from '../../core/errors/problem';
import { formatNumber, formatRoublesAndKopecks } from '../format/format';

/** A finding's figures for its message: sums (`…Roubles`) as money with kopecks where there are any, the rest as numbers. */
export function termsFindingParams(finding: VacancyTermsFinding, lang: string): MessageParams {
  return Object.fromEntries(
    Object.entries(finding.params).map(([name, value]) => [
      name,
      name.endsWith('Roubles') ? formatRoublesAndKopecks(value, lang) : formatNumber(value, lang),
    ]),
  );
}

/**
 * What a vacancy's terms add up to (vacancyTermsFindings, the same function the API runs): red for what cannot be
 * honest as stated, amber for what to look at twice; each with its figures and the law it is measured against.
 */
@Component({
  selector: 'jm-terms-findings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (item of items(); track item.finding.code) {
      <p
        class="finding"
        [class.danger]="item.finding.severity === 'danger'"
        data-testid="terms-finding"
        [attr.data-finding]="item.finding.code"
        [attr.data-severity]="item.finding.severity"
      >
        <span class="mark" aria-hidden="true">!</span>
        <span>
          <span class="visually-hidden">{{ 'termsFindings.' + item.finding.severity | translate }}</span>
          {{ item.finding.code | translate: item.params }}
        </span>
      </p>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 8px;
    }
    .finding {
      display: flex;
      gap: 10px;
      align-items: flex-start;
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .finding.danger {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .mark {
      flex: none;
      display: grid;
      place-items: center;
      width: 24px;
      height: 24px;
      border-radius: 50%;
      background: var(--mat-sys-tertiary);
      color: var(--mat-sys-on-tertiary);
      font-weight: 700;
    }
    .danger .mark {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
})
export class TermsFindings {
  readonly findings = input.required<readonly VacancyTermsFinding[]>();
  readonly lang = input.required<string>();

  protected readonly items = computed(() => this.findings().map((finding) => ({ finding, params: termsFindingParams(finding, this.lang()) })));
}
