import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Connectivity } from './connectivity';

/** The shell's "you are offline" strip: says at once that the phone lost its connection, and what still works. */
@Component({
  selector: 'jm-offline-banner',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="live" role="status">
      @if (!connectivity.online()) {
        <p class="offline" data-testid="offline-indicator">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              d="M3 3l18 18M8.5 16.5a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 5.2-2.8M19 12.9a10 10 0 0 0-2.3-1.7M2 8.8a15 15 0 0 1 4.2-2.6M22 8.8A15 15 0 0 0 11 5M12 20h.01"
            />
          </svg>
          <span>{{ 'offline.banner' | translate }}</span>
        </p>
      }
    </div>
  `,
  styles: `
    .offline {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 0;
      padding: 8px 16px;
      background: var(--mat-sys-inverse-surface);
      color: var(--mat-sys-inverse-on-surface);
      font: var(--mat-sys-body-medium);
    }
    svg {
      flex: none;
      margin-block-start: 1px;
    }
  `,
})
export class OfflineBanner {
  protected readonly connectivity = inject(Connectivity);
}
