import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { formatNumber } from '../format/format';

/** Previous / next for paginated lists, with "21–40 of 95". Hidden when everything fits on one page. */
@Component({
  selector: 'jm-pager',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="'common.pagination' | translate">
        <button type="button" data-testid="pager-previous" [disabled]="page() <= 1" (click)="pageChange.emit(page() - 1)">
          <span aria-hidden="true">‹</span> {{ 'common.previous' | translate }}
        </button>
        <span class="range" aria-live="polite">{{ 'common.range' | translate: range() }}</span>
        <button type="button" data-testid="pager-next" [disabled]="page() >= pages()" (click)="pageChange.emit(page() + 1)">
          {{ 'common.next' | translate }} <span aria-hidden="true">›</span>
        </button>
      </nav>
    }
  `,
  styles: `
    .pager {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-block-start: 16px;
    }
    button {
      min-height: 44px;
      padding: 0 14px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 22px;
      background: transparent;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    button:disabled {
      color: var(--mat-sys-on-surface-variant);
      opacity: 0.5;
      cursor: default;
    }
    .range {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
      text-align: center;
    }
  `,
})
export class Pager {
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  readonly lang = input.required<string>();
  readonly pageChange = output<number>();

  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.total() / Math.max(1, this.pageSize()))));
  protected readonly range = computed(() => {
    const from = (this.page() - 1) * this.pageSize() + 1;
    const to = Math.min(this.total(), this.page() * this.pageSize());
    const lang = this.lang();
    return { from: formatNumber(from, lang), to: formatNumber(to, lang), total: formatNumber(this.total(), lang) };
  });
}
