import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { UiProblem } from '../../core/errors/problem';

/**
 * What a page shows while its data loads or when loading failed: a thin progress bar with a spoken
 * "Loading…", or the translated problem with a Retry button. Renders nothing otherwise.
 */
@Component({
  selector: 'jm-load-state',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" class="status">
      @if (loading()) {
        <div class="bar" aria-hidden="true"><span></span></div>
        <p class="loading-text" [class.visually-hidden]="quiet()">{{ 'common.loading' | translate }}</p>
      }
    </div>
    @if (!loading() && problem(); as p) {
      <div class="problem" role="alert" data-testid="load-problem">
        <p>{{ p.code | translate: p.params }}</p>
        <button type="button" class="retry" (click)="retry.emit()">{{ 'common.retry' | translate }}</button>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .bar {
      position: relative;
      height: 4px;
      overflow: hidden;
      border-radius: 2px;
      background: var(--mat-sys-primary-container);
    }
    .bar span {
      position: absolute;
      inset-block: 0;
      width: 40%;
      background: var(--mat-sys-primary);
      animation: slide 1.2s ease-in-out infinite;
    }
    @keyframes slide {
      from {
        inset-inline-start: -40%;
      }
      to {
        inset-inline-start: 100%;
      }
    }
    .loading-text {
      margin: 12px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .problem {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .problem p {
      flex: 1 1 200px;
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .retry {
      min-height: 40px;
      padding: 0 16px;
      border: 1px solid currentColor;
      border-radius: 20px;
      background: transparent;
      color: inherit;
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
  `,
})
export class LoadState {
  readonly loading = input(false);
  readonly problem = input<UiProblem | null>(null);
  /** Only the bar is visible (the text is still spoken): for reloads of a page already on screen. */
  readonly quiet = input(false);
  readonly retry = output<void>();
}
