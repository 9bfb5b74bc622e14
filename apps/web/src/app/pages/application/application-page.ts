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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import {
  ApplicationStatus,
  LetterRevocationCategory,
  canReportOnWork,
  canWithdrawApplication,
  hasDeparted,
  type MyApplicationView,
  type RequirementSourceView,
} from '@jumush/contracts/client';
import { AfterArrivalApi } from '../../core/api/after-arrival-api';
import { ApiPaths } from '../../core/api/api-paths';
import { ApplicationsApi } from '../../core/api/applications-api';
import { CandidatesApi } from '../../core/api/candidates-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { Connectivity } from '../../core/offline/connectivity';
import { Outbox, isTransient } from '../../core/offline/outbox';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe, NumberPipe, PluralPipe, RoublesPipe } from '../../shared/format/format-pipes';
import { legalSourceLine } from '../../shared/format/legal-source';
import { LoadState } from '../../shared/ui/load-state';
import { StatusBadge } from '../../shared/ui/status-badge';
import { confirmWithdrawal } from '../my-applications/withdrawal';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ApplicationTimeline } from '../my-applications/application-timeline';
import { hasLetter, reasonPhrase } from '../my-applications/timeline';
import { arrivalDateOf, deadlinePhrase } from './after-arrival';
import { PromisedVsActual } from './promised-vs-actual';
import { queuePhrase } from './queue-position';
import { RateEmployer } from './rate-employer';

/** Statuses whose recorded reason the migrant is shown as "why". */
const EXPLAINED_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.Declined,
  ApplicationStatus.Refused,
  ApplicationStatus.Closed,
  ApplicationStatus.NoShow,
];

/** The one-tap step of the journey the migrant confirms next, by status. */
export type JourneyStep = 'depart' | 'arrive';
export function journeyStepOf(status: ApplicationStatus): JourneyStep | null {
  if (status === ApplicationStatus.Approved) return 'depart';
  if (status === ApplicationStatus.Departed) return 'arrive';
  return null;
}

/** The migrant is there: the check-ins after arrival are theirs to answer. */
const CHECKED_IN_STATUSES: readonly ApplicationStatus[] = [ApplicationStatus.Arrived, ApplicationStatus.Working];

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
    NumberPipe,
    ApplicationTimeline,
    StatusBadge,
    PromisedVsActual,
    RateEmployer,
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
  private readonly afterArrivalApi = inject(AfterArrivalApi);
  private readonly outbox = inject(Outbox);
  private readonly connectivity = inject(Connectivity);
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
  /** The check-ins of this application, once the migrant has arrived. */
  protected readonly checkIns = loader(
    () => {
      const a = this.application.value();
      return a && CHECKED_IN_STATUSES.includes(a.status) ? a.id : null;
    },
    () => this.afterArrivalApi.myCheckIns(),
  );
  /** Its place among those waiting for the same employer or attaché, and how long that usually takes. */
  protected readonly queue = computed(() => {
    const a = this.application.value();
    return a ? queuePhrase(a) : null;
  });
  /** The rating section: once the migrant is there (the section says from when they may rate). */
  protected readonly rateable = computed(() => {
    const status = this.application.value()?.status;
    return status !== undefined && CHECKED_IN_STATUSES.includes(status);
  });
  protected readonly myCheckIns = computed(() => (this.checkIns.value() ?? []).filter((checkIn) => checkIn.applicationId === this.id()));
  /** Once the migrant has left for this job: help for its region and their grievances. */
  protected readonly departed = computed(() => {
    const a = this.application.value();
    return !!a && hasDeparted(a.status);
  });
  protected readonly journeyStep = computed(() => {
    const a = this.application.value();
    return a ? journeyStepOf(a.status) : null;
  });
  /** The step waits on this phone (no connection) and goes out when the connection returns. */
  protected readonly journeyQueued = computed(() => {
    const step = this.journeyStep();
    return step !== null && this.outbox.isQueued('journey', `${this.id()}:${step}`);
  });
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
  /** Promised versus actual: for a job the migrant reached (arrived, working). */
  protected readonly reportsOnWork = computed(() => {
    const a = this.application.value();
    return a ? canReportOnWork(a.status) : false;
  });
  protected readonly withdrawable = computed(() => {
    const a = this.application.value();
    return a ? canWithdrawApplication(a.status) : false;
  });

  private readonly letterSection = viewChild<ElementRef<HTMLElement>>('letterSection');
  private letterFocused = false;

  constructor() {
    // A queued step went out when the connection came back: show where the application stands now.
    this.outbox.delivered.pipe(takeUntilDestroyed()).subscribe((delivery) => {
      if (delivery.entry.kind !== 'journey' || !delivery.entry.subject.startsWith(`${this.id()}:`)) return;
      if (delivery.problem) this.problem.set(delivery.problem);
      this.application.reload();
    });
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

  /** "I have left" / "I have arrived" in one tap; offline, it waits on the phone and is sent on reconnect. */
  protected confirmJourney(a: MyApplicationView, step: JourneyStep): void {
    if (this.busy()) return;
    this.problem.set(null);
    if (!this.connectivity.online()) {
      this.queueJourney(a, step);
      return;
    }
    this.busy.set(true);
    this.api.journey(a.id, step).subscribe({
      next: (updated) => {
        this.application.set(updated);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        const problem = toUiProblem(error);
        this.busy.set(false);
        if (isTransient(problem)) this.queueJourney(a, step);
        else this.problem.set(problem);
      },
    });
  }

  private queueJourney(a: MyApplicationView, step: JourneyStep): void {
    this.outbox.enqueue({ kind: 'journey', subject: `${a.id}:${step}`, method: 'POST', url: ApiPaths.applicationJourney(a.id, step), body: {} });
  }

  protected withdraw(a: MyApplicationView): void {
    confirmWithdrawal(this.dialog, this.api, a).subscribe((updated?: MyApplicationView) => {
      if (updated) this.application.set(updated);
    });
  }
}
