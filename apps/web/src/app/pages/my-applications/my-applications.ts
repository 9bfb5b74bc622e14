import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { canWithdrawApplication, type MyApplicationView } from '@jumush/contracts/client';
import { ApplicationsApi } from '../../core/api/applications-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { RoublesPipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { StatusBadge } from '../../shared/ui/status-badge';
import { confirmWithdrawal } from './withdrawal';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ApplicationTimeline } from './application-timeline';
import { hasLetter } from './timeline';

/** `/:lang/applications`: the migrant's applications, where each stands and what comes next. */
@Component({
  selector: 'jm-my-applications',
  imports: [RouterLink, TranslatePipe, MatButtonModule, LoadState, ProblemAlert, RoublesPipe, ApplicationTimeline, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'myApplications.title' | translate }}</h1>
    <jm-load-state [loading]="list.loading()" [problem]="list.problem()" (retry)="list.reload()" />
    <jm-problem-alert [problem]="problem()" />
    @if (list.value(); as items) {
      @if (items.length === 0) {
        <p data-testid="no-applications">{{ 'myApplications.empty' | translate }}</p>
        <a mat-flat-button [routerLink]="['/', lang(), 'vacancies']">{{ 'nav.findJob' | translate }}</a>
      }
      <ul class="cards">
        @for (a of items; track a.id) {
          <li class="card" data-testid="my-application" [attr.data-id]="a.id" [attr.data-status]="a.status">
            <header>
              <a class="title" data-testid="open-application" [routerLink]="['/', lang(), 'applications', a.id]">{{ a.vacancy.title }}</a>
              <jm-status-badge kind="application" [status]="a.status" data-testid="application-status" />
            </header>
            <p class="meta">{{ a.vacancy.companyName }} · {{ a.vacancy.town }} · {{ a.vacancy.monthlyWageRoubles | roubles: lang() }}</p>
            <a class="details" [routerLink]="['/', lang(), 'applications', a.id]">{{ 'myApplications.details' | translate }}</a>

            <h2 class="sub">{{ 'myApplications.whatHappened' | translate }}</h2>
            <jm-application-timeline [application]="a" [lang]="lang()" />

            @if (hasLetter(a)) {
              <div class="approved">
                <p>{{ 'myApplications.approvedNext' | translate }}</p>
                <button mat-flat-button type="button" data-testid="download-letter" [disabled]="busy() === a.id" (click)="downloadLetter(a)">
                  {{ 'myApplications.downloadLetter' | translate }}
                </button>
              </div>
            }
            @if (withdrawable(a)) {
              <button mat-stroked-button type="button" data-testid="withdraw" [disabled]="busy() === a.id" (click)="withdraw(a)">
                {{ 'myApplications.withdraw' | translate }}
              </button>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 16px;
    }
    .card {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      display: grid;
      gap: 8px;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px;
      align-items: center;
    }
    .title {
      font: var(--mat-sys-title-medium);
    }
    .meta {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .sub {
      font: var(--mat-sys-title-small);
      margin: 8px 0 0;
    }
    .details {
      justify-self: start;
    }
    .approved {
      padding: 12px;
      border-radius: 8px;
      background: var(--mat-sys-primary-container);
    }
  `,
})
export class MyApplications {
  private readonly api = inject(ApplicationsApi);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;
  protected readonly list = loader(
    () => true,
    () => this.api.mine(),
  );
  protected readonly busy = signal<string | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly hasLetter = hasLetter;

  protected withdrawable(a: MyApplicationView): boolean {
    return canWithdrawApplication(a.status);
  }

  protected downloadLetter(a: MyApplicationView): void {
    this.busy.set(a.id);
    this.problem.set(null);
    this.api.letter(a.id).subscribe({
      next: (blob) => {
        saveBlob(blob, `letter-${a.id}.pdf`, this.document);
        this.busy.set(null);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(null);
      },
    });
  }

  protected withdraw(a: MyApplicationView): void {
    confirmWithdrawal(this.dialog, this.api, a).subscribe((updated?: MyApplicationView) => {
      if (!updated) return;
      this.list.set((this.list.value() ?? []).map((item) => (item.id === updated.id ? updated : item)));
    });
  }
}
