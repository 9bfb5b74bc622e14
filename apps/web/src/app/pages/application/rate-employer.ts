import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { RATING_ASPECTS, RATING_COMMENT_MAX_LENGTH, type RatingAspect } from '@jumush/contracts/client';
import { RatingsApi } from '../../core/api/ratings-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/**
 * The migrant rates the employer of a job they worked at least 30 days: wage paid on time, housing, treatment (1–5),
 * would recommend, an optional comment. Before that the section says from when (or why not); the rating stays changeable.
 */
@Component({
  selector: 'jm-rate-employer',
  imports: [FormsModule, TranslatePipe, MatButtonModule, MatFormFieldModule, MatInputModule, LoadState, ProblemAlert, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="box" data-testid="rate-employer" aria-labelledby="rate-title">
      <h2 id="rate-title">{{ 'rating.formTitle' | translate }}</h2>
      <jm-load-state [loading]="mine.loading()" [problem]="mine.problem()" (retry)="mine.reload()" />
      @if (mine.value(); as view) {
        @if (!view.eligible) {
          <p data-testid="rate-not-yet" [attr.data-refusal]="view.refusal">
            @if (view.refusal === 'rating.tooSoon' && view.eligibleFrom) {
              {{ 'rating.tooSoon' | translate: { eligibleFrom: (view.eligibleFrom | localDate: lang()) } }}
            } @else {
              {{ 'rating.notWorked' | translate }}
            }
          </p>
        } @else {
          <p class="meta">{{ 'rating.formIntro' | translate }}</p>
          <form (ngSubmit)="save()">
            @for (aspect of aspects; track aspect) {
              <fieldset class="scores">
                <legend>{{ aspectKey(aspect) | translate }}</legend>
                @for (score of scores; track score) {
                  <label class="score">
                    <input
                      type="radio"
                      [name]="aspect"
                      [value]="score"
                      [attr.data-testid]="'rate-' + aspect + '-' + score"
                      [checked]="values()[aspect] === score"
                      (change)="set(aspect, score)"
                    />
                    {{ score }}
                  </label>
                }
              </fieldset>
            }
            <fieldset class="scores">
              <legend>{{ 'rating.wouldRecommend' | translate }}</legend>
              <label class="score">
                <input
                  type="radio"
                  name="recommend"
                  data-testid="rate-recommend-yes"
                  [checked]="recommend() === true"
                  (change)="recommend.set(true)"
                />
                {{ 'rating.yes' | translate }}
              </label>
              <label class="score">
                <input
                  type="radio"
                  name="recommend"
                  data-testid="rate-recommend-no"
                  [checked]="recommend() === false"
                  (change)="recommend.set(false)"
                />
                {{ 'rating.no' | translate }}
              </label>
            </fieldset>
            <mat-form-field appearance="outline" class="field">
              <mat-label>{{ 'rating.comment' | translate }}</mat-label>
              <textarea matInput rows="3" name="comment" data-testid="rate-comment" [maxlength]="commentMax" [(ngModel)]="comment"></textarea>
            </mat-form-field>
            <jm-problem-alert [problem]="problem()" />
            <button mat-flat-button type="submit" data-testid="rate-save" [disabled]="busy() || !complete()">
              {{ (view.rating ? 'rating.change' : 'rating.save') | translate }}
            </button>
            @if (saved()) {
              <p role="status" data-testid="rate-saved">{{ 'rating.saved' | translate }}</p>
            }
          </form>
          @if (view.rating?.answer; as answer) {
            <div class="answer" data-testid="rating-answer">
              <p class="meta">{{ 'rating.employerAnswer' | translate }}</p>
              <p>{{ answer }}</p>
            </div>
          }
        }
      }
    </section>
  `,
  styles: `
    .scores {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      margin: 0 0 12px;
      padding: 0;
      border: 0;
    }
    legend {
      margin-block-end: 4px;
      font: var(--mat-sys-title-small);
    }
    .score {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-width: 48px;
      min-height: 44px;
    }
    .score input {
      width: 22px;
      height: 22px;
    }
    .field {
      width: 100%;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .answer {
      margin-block-start: 12px;
      padding-inline-start: 12px;
      border-inline-start: 3px solid var(--mat-sys-primary);
    }
  `,
})
export class RateEmployer {
  private readonly api = inject(RatingsApi);
  protected readonly lang = inject(LocaleService).current;

  readonly applicationId = input.required<string>();

  protected readonly aspects = RATING_ASPECTS;
  protected readonly aspectKey = (aspect: RatingAspect): string => `rating.aspect.${aspect}`;
  protected readonly scores = [1, 2, 3, 4, 5];
  protected readonly commentMax = RATING_COMMENT_MAX_LENGTH;
  protected readonly mine = loader(
    () => this.applicationId(),
    (id) => this.api.mine(id),
  );
  protected readonly values = signal<Partial<Record<RatingAspect, number>>>({});
  protected readonly recommend = signal<boolean | null>(null);
  protected comment = '';
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  constructor() {
    // A rating given before fills the form: the author may change it.
    effect(() => {
      const rating = this.mine.value()?.rating;
      if (!rating) return;
      this.values.set({ wageOnTime: rating.wageOnTime, housing: rating.housing, treatment: rating.treatment });
      this.recommend.set(rating.wouldRecommend);
      this.comment = rating.comment ?? '';
    });
  }

  protected set(aspect: RatingAspect, score: number): void {
    this.values.update((values) => ({ ...values, [aspect]: score }));
    this.saved.set(false);
  }

  protected complete(): boolean {
    return this.aspects.every((aspect) => this.values()[aspect] !== undefined) && this.recommend() !== null;
  }

  protected save(): void {
    const values = this.values();
    const recommend = this.recommend();
    if (!this.complete() || recommend === null || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api
      .rate(this.applicationId(), {
        wageOnTime: values.wageOnTime as number,
        housing: values.housing as number,
        treatment: values.treatment as number,
        wouldRecommend: recommend,
        comment: this.comment.trim(),
      })
      .subscribe({
        next: (view) => {
          this.busy.set(false);
          this.saved.set(true);
          this.mine.set(view);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(toUiProblem(error));
        },
      });
  }
}
