import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CHECK_IN_QUESTIONS, type CheckInAnswer, type CheckInQuestion, type CheckInView } from '@jumush/contracts/client';
import { AfterArrivalApi } from '../../core/api/after-arrival-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/**
 * `/:lang/check-ins/:id`, where the check-in's SMS link and notification lead: five questions, one tap each. An
 * answer that opens a grievance says so, with the way to the grievance.
 */
@Component({
  selector: 'jm-check-in',
  imports: [RouterLink, TranslatePipe, MatButtonModule, LoadState, ProblemAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <jm-load-state [loading]="checkIn.loading()" [problem]="checkIn.problem()" (retry)="checkIn.reload()" />
    <jm-problem-alert [problem]="problem()" />
    @if (checkIn.value(); as c) {
      <a class="back" [routerLink]="['/', lang(), 'applications', c.applicationId]"
        ><span aria-hidden="true">←</span>&nbsp;{{ 'checkIn.toApplication' | translate }}</a
      >
      <h1 data-testid="check-in" [attr.data-day]="c.day">{{ 'checkIn.title' | translate }} · {{ 'checkIn.day' | translate: { day: c.day } }}</h1>
      <p class="meta">{{ c.vacancyTitle }}</p>
      <p>{{ 'checkIn.intro' | translate }}</p>
      <ul class="questions">
        @for (q of questions; track q) {
          <li data-testid="check-in-question" [attr.data-question]="q" [attr.data-answer]="c.answers[q] ?? null">
            <p class="strong" [id]="'q-' + q">{{ questionKey(q) | translate }}</p>
            <div class="answers" role="group" [attr.aria-labelledby]="'q-' + q">
              @for (a of answers; track a) {
                <button
                  mat-stroked-button
                  type="button"
                  [attr.data-testid]="'answer-' + q + '-' + a"
                  [attr.aria-pressed]="c.answers[q] === a"
                  [class.chosen]="c.answers[q] === a"
                  [disabled]="busy()"
                  (click)="answer(c, q, a)"
                >
                  {{ answerKeys[a] | translate }}
                </button>
              }
            </div>
          </li>
        }
      </ul>
      @if (c.grievanceIds.length > 0) {
        <section class="box told" role="status" data-testid="check-in-told">
          <p>{{ 'checkIn.told' | translate }}</p>
          @for (g of c.grievanceIds; track g) {
            <a data-testid="to-grievance" [routerLink]="['/', lang(), 'grievances', g]">{{ 'checkIn.toGrievance' | translate }}</a>
          }
        </section>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 720px);
      margin-inline: auto;
    }
    .questions {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 16px;
    }
    .answers {
      display: flex;
      gap: 12px;
    }
    .answers button {
      min-width: 96px;
      min-height: 48px;
    }
    .chosen {
      background: var(--mat-sys-secondary-container);
      font-weight: 600;
    }
    .strong {
      font-weight: 600;
    }
    .box {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
  `,
})
export class CheckInPage {
  private readonly api = inject(AfterArrivalApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly questions = CHECK_IN_QUESTIONS;
  protected readonly answers: readonly CheckInAnswer[] = ['yes', 'no'];
  protected readonly answerKeys: Readonly<Record<CheckInAnswer, string>> = { yes: 'checkIn.yes', no: 'checkIn.no' };

  readonly id = input.required<string>();

  protected readonly checkIn = loader(
    () => this.id(),
    (id) => this.api.checkIn(id),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected answer(c: CheckInView, question: CheckInQuestion, answer: CheckInAnswer): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.answer(c.id, question, answer).subscribe({
      next: (updated) => {
        this.checkIn.set(updated);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }

  protected questionKey(value: string): string {
    return `checkIn.question.${value}`;
  }
}
