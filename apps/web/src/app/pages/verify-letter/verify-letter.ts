import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { LetterVerificationView } from '@jumush/contracts/client';
import { LetterVerificationApi } from '../../core/api/notifications-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';

/**
 * `/:lang/verify/:code` (the QR code of an approval letter): is this letter real and still valid? Shows enough to match
 * the paper (initials, birth year, employer, vacancy, date) and, when revoked, the day and the reason's category.
 */
@Component({
  selector: 'jm-verify-letter',
  imports: [TranslatePipe, LoadState, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'verify.title' | translate }}</h1>
    <jm-load-state [loading]="result.loading()" [problem]="result.problem()" (retry)="result.reload()" />
    @if (result.value(); as r) {
      <section
        class="verdict"
        [class]="'verdict ' + r.status.toLowerCase()"
        data-testid="verification-status"
        [attr.data-status]="r.status"
        role="status"
      >
        <p class="headline">
          <span aria-hidden="true">{{ r.status === 'VALID' ? '✓' : '✗' }}</span> {{ statusKey(r.status) | translate }}
        </p>
        <p>{{ textKey(r.status) | translate }}</p>
      </section>
      @if (r.status !== 'UNKNOWN') {
        <dl>
          @if (r.status === 'REVOKED') {
            @if (r.revokedOn) {
              <dt>{{ 'verify.revokedOn' | translate }}</dt>
              <dd data-testid="verify-revoked-on">{{ r.revokedOn | localDate: lang() }}</dd>
            }
            @if (r.revocationCategory) {
              <dt>{{ 'verify.revocationCategory' | translate }}</dt>
              <dd data-testid="verify-revocation-category">{{ categoryKey(r.revocationCategory) | translate }}</dd>
            }
          }
          @if (r.initials || r.initialsCyrillic) {
            <dt>{{ 'verify.person' | translate }}</dt>
            <dd data-testid="verify-initials">{{ initialsOf(r) }}</dd>
          }
          @if (r.birthYear) {
            <dt>{{ 'verify.birthYear' | translate }}</dt>
            <dd data-testid="verify-birth-year">{{ r.birthYear }}</dd>
          }
          @if (r.employer) {
            <dt>{{ 'verify.employer' | translate }}</dt>
            <dd>{{ r.employer }}</dd>
          }
          @if (r.vacancyTitle) {
            <dt>{{ 'verify.vacancy' | translate }}</dt>
            <dd>{{ r.vacancyTitle }}</dd>
          }
          @if (r.town) {
            <dt>{{ 'verify.town' | translate }}</dt>
            <dd>{{ r.town }}</dd>
          }
          @if (r.decidedOn) {
            <dt>{{ 'verify.decidedOn' | translate }}</dt>
            <dd>{{ r.decidedOn | localDate: lang() }}</dd>
          }
          @if (r.office) {
            <dt>{{ 'verify.office' | translate }}</dt>
            <dd>{{ r.office }}</dd>
          }
        </dl>
      }
      <p class="code">{{ 'verify.code' | translate: { code: code() } }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 560px);
      margin-inline: auto;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .verdict {
      padding: 16px;
      border-radius: 12px;
      border: 2px solid;
    }
    .verdict p {
      margin: 0;
    }
    .headline {
      font: var(--mat-sys-headline-small);
      font-weight: 700;
      margin-block-end: 4px !important;
    }
    .valid {
      background: #e3f5e6;
      color: #0b5d1e;
      border-color: #1e8e3e;
    }
    .revoked {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: var(--mat-sys-error);
    }
    .unknown {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      border-color: var(--mat-sys-outline);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin-block: 16px;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-weight: 500;
    }
    .code {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      word-break: break-all;
    }
  `,
})
export class VerifyLetter {
  private readonly api = inject(LetterVerificationApi);
  protected readonly lang = inject(LocaleService).current;
  readonly code = input.required<string>();
  protected readonly result = loader(
    () => this.code(),
    (code) => this.api.verify(code),
  );

  /** Both scripts the letter prints the name in, so it matches the paper whichever line is read. */
  protected initialsOf(r: LetterVerificationView): string {
    return [r.initialsCyrillic, r.initials].filter(Boolean).join(' / ');
  }

  protected categoryKey(category: string): string {
    return `verify.category.${category}`;
  }

  protected statusKey(status: string): string {
    return `verify.status.${status}`;
  }

  protected textKey(status: string): string {
    return `verify.text.${status}`;
  }
}
