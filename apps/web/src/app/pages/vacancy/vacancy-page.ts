import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PublicVacanciesApi } from '../../core/api/public-vacancies-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { SavedVacancies } from '../../core/offline/saved-vacancies';
import { loader } from '../../shared/data/loader';
import { LoadState } from '../../shared/ui/load-state';
import { VacancyDetails } from '../../shared/vacancy/vacancy-details';
import { formatRoubles } from '../../shared/format/format';
import { RatingsSummary } from '../../shared/ratings/ratings-summary';
import { ApplyBox } from './apply-box';

/** `/:lang/vacancies/:id`: one published vacancy, all its terms, and a way to share it. */
@Component({
  selector: 'jm-vacancy-page',
  imports: [RouterLink, TranslatePipe, LoadState, VacancyDetails, ApplyBox, RatingsSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="back" [routerLink]="['/', lang(), 'vacancies']"> <span aria-hidden="true">←</span> {{ 'vacancyPage.back' | translate }} </a>

    @if (notFound()) {
      <section class="not-found" data-testid="vacancy-not-found" aria-labelledby="vacancy-missing">
        <h1 id="vacancy-missing">{{ 'vacancyPage.notFoundTitle' | translate }}</h1>
        <p>{{ 'vacancyPage.notFoundText' | translate }}</p>
        <a class="button" [routerLink]="['/', lang(), 'vacancies']">{{ 'vacancyPage.searchOthers' | translate }}</a>
      </section>
    } @else {
      <jm-load-state [loading]="vacancy.loading()" [problem]="vacancy.problem()" (retry)="vacancy.reload()" />
      @if (vacancy.value(); as v) {
        <jm-vacancy-details [vacancy]="v" />
        <jm-ratings-summary [ratings]="v.companyRatings ?? null" [lang]="lang()" [companyId]="v.company.id" />
        <jm-apply-box [vacancyId]="v.id" />
        <div class="share">
          <button type="button" class="button" data-testid="save-vacancy" [attr.aria-pressed]="saved.isSaved(v.id)" (click)="saved.toggle(v)">
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                [attr.fill]="saved.isSaved(v.id) ? 'currentColor' : 'none'"
                stroke="currentColor"
                stroke-width="2"
                stroke-linejoin="round"
                d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9z"
              />
            </svg>
            {{ (saved.isSaved(v.id) ? 'saved.saved' : 'saved.save') | translate }}
          </button>
          <button type="button" class="button" data-testid="share-vacancy" (click)="share(v.title)">
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
                d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"
              />
            </svg>
            {{ 'vacancyPage.share' | translate }}
          </button>
          <p class="share-status" role="status">
            @if (shareStatus(); as key) {
              {{ key | translate }}
            }
          </p>
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    .back {
      display: inline-flex;
      gap: 6px;
      align-items: center;
      min-height: 44px;
      margin-block-end: 8px;
      text-decoration: none;
      font: var(--mat-sys-label-large);
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 8px;
      min-height: 48px;
      padding: 0 20px;
      border: 1px solid var(--mat-sys-primary);
      border-radius: 24px;
      background: transparent;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-label-large);
      text-decoration: none;
      cursor: pointer;
    }
    .share {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding-block: 16px;
      border-block-start: 1px solid var(--mat-sys-outline-variant);
    }
    .share-status {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .not-found {
      padding-block: 24px;
      text-align: center;
    }
    .not-found h1 {
      font: var(--mat-sys-headline-small);
    }
    .not-found p {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VacancyPage {
  private readonly api = inject(PublicVacanciesApi);
  private readonly document = inject(DOCUMENT);
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  protected readonly lang = inject(LocaleService).current;
  protected readonly saved = inject(SavedVacancies);

  /** The `:id` of the route (component input binding). */
  readonly id = input.required<string>();

  protected readonly vacancy = loader(
    () => this.id(),
    (id) => this.api.get(id),
  );
  protected readonly notFound = computed(() => this.vacancy.problem()?.status === 404);
  protected readonly shareStatus = signal<string | null>(null);

  private readonly languageChanged = toSignal(this.translate.onLangChange);

  constructor() {
    // The document title names the job and the wage: clearer tabs, and a shared link reads well.
    effect(() => {
      const v = this.vacancy.value();
      const lang = this.lang();
      this.languageChanged();
      if (v) this.title.setTitle(`${v.title} · ${formatRoubles(v.monthlyWageRoubles, lang)} · ${this.translate.instant('app.name')}`);
    });
  }

  /** The phone's share sheet where there is one (messengers), else the link is copied. */
  protected async share(title: string): Promise<void> {
    const url = this.document.location.href;
    const navigator = this.document.defaultView?.navigator;
    this.shareStatus.set(null);
    if (navigator?.share) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if ((error as DOMException)?.name === 'AbortError') return;
      }
    }
    try {
      await navigator?.clipboard?.writeText(url);
      this.shareStatus.set(navigator?.clipboard ? 'vacancyPage.linkCopied' : 'vacancyPage.copyFailed');
    } catch {
      this.shareStatus.set('vacancyPage.copyFailed');
    }
  }
}
