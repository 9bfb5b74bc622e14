import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  type ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  ApplicationStatus,
  LetterRevocationCategory,
  canWithdrawApplication,
  type MyApplicationView,
  type RequirementSourceView,
} from '@jumush/contracts/client';
import { ApplicationsApi } from '../../core/api/applications-api';
import { CandidatesApi } from '../../core/api/candidates-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe, PluralPipe, RoublesPipe } from '../../shared/format/format-pipes';
import { legalSourceLine } from '../../shared/format/legal-source';
import { LoadState } from '../../shared/ui/load-state';
import { StatusBadge } from '../../shared/ui/status-badge';
import { confirmWithdrawal } from '../my-applications/withdrawal';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ApplicationTimeline } from '../my-applications/application-timeline';
import { hasLetter, reasonPhrase } from '../my-applications/timeline';
import { arrivalDateOf, deadlinePhrase } from './after-arrival';

/** Statuses whose recorded reason the migrant is shown as "why". */
const EXPLAINED_STATUSES: readonly ApplicationStatus[] = [ApplicationStatus.Declined, ApplicationStatus.Refused, ApplicationStatus.Closed];

/** Statuses after which there is nothing more to wait for here: the way on is another vacancy. */
const ENDED_STATUSES: readonly ApplicationStatus[] = [...EXPLAINED_STATUSES, ApplicationStatus.Withdrawn];

/**
 * `/:lang/applications/:id` (and `/:lang/applications/:id/letter`, where messages about an approval lead): one
 * application for its migrant — where it stands, why, what happened, what comes next and how long that usually
 * takes, the approval letter, the employer's address and phone, and what to do before leaving and on arrival.
 */
@Component({
  selector: 'jm-application-page',
  imports: [
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    LoadState,
    ProblemAlert,
    RoublesPipe,
    LocalDatePipe,
    PluralPipe,
    ApplicationTimeline,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './application-page.html',
  styleUrl: './application-page.scss',
})
export class ApplicationPage {
  private readonly api = inject(ApplicationsApi);
  private readonly candidates = inject(CandidatesApi);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  readonly id = input.required<string>();
  /** Route data: 'letter' when the link was the letter's; the page then brings the letter section into view. */
  readonly focus = input<'letter' | undefined>(undefined);

  protected readonly application = loader(
    () => this.id(),
    (id) => this.api.one(id),
  );
  /**
   * What the law asks on arrival, once the trip is approved: dated from the entry when the exchange knows it, else
   * undated (the section then says what the deadlines count from).
   */
  protected readonly afterArrival = loader(
    () => {
      const a = this.application.value();
      return a && hasLetter(a) ? { arrivedOn: arrivalDateOf(a) } : null;
    },
    ({ arrivedOn }) => this.candidates.afterArrival(arrivedOn),
  );
  protected readonly deadline = deadlinePhrase;
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);

  protected readonly letterReady = computed(() => {
    const a = this.application.value();
    return a ? hasLetter(a) : false;
  });
  /** The category's words, as the public verification page says them. */
  protected revocationCategoryKey(category: LetterRevocationCategory | null): string {
    return `verify.category.${category ?? LetterRevocationCategory.Other}`;
  }
  protected readonly reason = computed(() => {
    const a = this.application.value();
    return a && EXPLAINED_STATUSES.includes(a.status) ? reasonPhrase(a.statusReason) : null;
  });
  protected readonly ended = computed(() => {
    const a = this.application.value();
    return a ? ENDED_STATUSES.includes(a.status) : false;
  });
  protected readonly withdrawable = computed(() => {
    const a = this.application.value();
    return a ? canWithdrawApplication(a.status) : false;
  });

  private readonly letterSection = viewChild<ElementRef<HTMLElement>>('letterSection');
  private letterFocused = false;

  constructor() {
    afterRenderEffect(() => {
      const section = this.letterSection()?.nativeElement;
      if (!section || this.focus() !== 'letter' || this.letterFocused) return;
      this.letterFocused = true;
      section.scrollIntoView?.({ block: 'start' });
      section.focus({ preventScroll: true });
    });
  }

  protected sourceLine(source: RequirementSourceView): string {
    return legalSourceLine(source, (key, params) => this.translate.instant(key, params), this.lang());
  }

  protected happenedKey(status: ApplicationStatus): string {
    return `myApplications.happened.${status}`;
  }

  protected downloadLetter(a: MyApplicationView): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.letter(a.id).subscribe({
      next: (blob) => {
        saveBlob(blob, `letter-${a.id}.pdf`, this.document);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }

  protected withdraw(a: MyApplicationView): void {
    confirmWithdrawal(this.dialog, this.api, a).subscribe((updated?: MyApplicationView) => {
      if (updated) this.application.set(updated);
    });
  }
}
