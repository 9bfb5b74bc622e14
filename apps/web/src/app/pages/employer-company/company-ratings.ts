import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { RATING_ANSWER_MAX_LENGTH } from '@jumush/contracts/client';
import { RatingsApi } from '../../core/api/ratings-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { RatingsSummary } from '../../shared/ratings/ratings-summary';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The employer's side of the ratings: read them (from 5 on) and answer each publicly, once. */
@Component({
  selector: 'jm-company-ratings',
  imports: [FormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, LoadState, ProblemAlert, LocalDatePipe, RatingsSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div data-testid="employer-ratings">
      <jm-load-state [loading]="ratings.loading()" [problem]="ratings.problem()" (retry)="ratings.reload()" />
      @if (ratings.value(); as view) {
        <jm-ratings-summary [ratings]="view" [lang]="lang()" />
        @if (view.aggregate) {
          <p class="meta">{{ 'rating.answerOnce' | translate }}</p>
          <ul class="list">
            @for (item of view.ratings; track item.id) {
              <li data-testid="employer-rating" [attr.data-id]="item.id" [attr.data-answered]="item.answer !== null">
                <p class="meta">
                  {{ 'rating.aspect.wageOnTime' | translate }} {{ item.wageOnTime }}/5 · {{ 'rating.aspect.housing' | translate }}
                  {{ item.housing }}/5 · {{ 'rating.aspect.treatment' | translate }} {{ item.treatment }}/5 ·
                  {{ (item.wouldRecommend ? 'rating.recommends' : 'rating.doesNotRecommend') | translate }} ·
                  {{ item.createdAt | localDate: lang() }}
                </p>
                <p class="text">{{ item.comment || ('rating.noComment' | translate) }}</p>
                @if (item.answer) {
                  <div class="answer" data-testid="rating-answer">
                    <p class="meta">{{ 'rating.employerAnswer' | translate }}</p>
                    <p class="text">{{ item.answer }}</p>
                  </div>
                } @else {
                  <form class="answer-form" (ngSubmit)="answer(item.id)">
                    <mat-form-field appearance="outline" class="field">
                      <mat-label>{{ 'rating.answerLabel' | translate }}</mat-label>
                      <textarea
                        matInput
                        rows="3"
                        data-testid="rating-answer-input"
                        [name]="'answer-' + item.id"
                        [maxlength]="maxLength"
                        [ngModel]="draftOf(item.id)"
                        (ngModelChange)="draft(item.id, $event)"
                      ></textarea>
                    </mat-form-field>
                    <button mat-flat-button type="submit" data-testid="rating-answer-send" [disabled]="busy() || !draftOf(item.id).trim()">
                      {{ 'rating.sendAnswer' | translate }}
                    </button>
                  </form>
                }
              </li>
            }
          </ul>
        }
        <jm-problem-alert [problem]="problem()" />
      }
    </div>
  `,
  styles: `
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list li {
      padding-block: 12px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .meta {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .text {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .answer {
      margin-block-start: 8px;
      padding-inline-start: 12px;
      border-inline-start: 3px solid var(--mat-sys-primary);
    }
    .answer-form {
      margin-block-start: 8px;
    }
    .field {
      width: 100%;
    }
  `,
})
export class CompanyRatings {
  private readonly api = inject(RatingsApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly maxLength = RATING_ANSWER_MAX_LENGTH;

  protected readonly ratings = loader(
    () => true,
    () => this.api.companyRatings(),
  );
  protected readonly drafts = signal<Partial<Record<string, string>>>({});
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected draftOf(id: string): string {
    return this.drafts()[id] ?? '';
  }

  protected draft(id: string, text: string): void {
    this.drafts.update((drafts) => ({ ...drafts, [id]: text }));
  }

  protected answer(id: string): void {
    const text = this.draftOf(id).trim();
    if (!text || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.answer(id, text).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.ratings.set(view);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toUiProblem(error));
        // A 409 means someone answered meanwhile: show the answer that stands.
        this.ratings.reload();
      },
    });
  }
}
