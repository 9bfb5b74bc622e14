import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { EMPTY, expand, map, reduce, type Observable } from 'rxjs';
import {
  APPLICATION_STATUSES_AWAITING_SHORTLISTING,
  ApplicationActor,
  ApplicationStatus,
  RussianLevel,
  canMoveApplication,
  type ApplicantView,
} from '@jumush/contracts/client';
import { ApplicationsApi, type ApplicantsFilter } from '../../core/api/applications-api';
import { BatchesApi } from '../../core/api/batches-api';
import { EmployerVacanciesApi } from '../../core/api/employer-vacancies-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE } from '../../shared/data/paging';
import { LocalDatePipe, NumberPipe, PluralPipe } from '../../shared/format/format-pipes';
import { Occupations } from '../../shared/reference/occupations';
import { DECISION_DIALOG_CONFIG, DecisionDialog, type DecisionDialogData } from '../../shared/ui/decision-dialog';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { OriginCountries } from '../../core/countries/origin-countries';

/** The API's largest page (MAX_PAGE_SIZE of the contracts, whose DTO module the browser does not load). */
const SHORTLIST_PAGE_SIZE = 100;

/** Statuses the employer filters by. */
export const APPLICANT_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.Submitted,
  ApplicationStatus.Shortlisted,
  ApplicationStatus.InBatch,
  ApplicationStatus.Declined,
  ApplicationStatus.Approved,
  ApplicationStatus.Refused,
  ApplicationStatus.Withdrawn,
  ApplicationStatus.Departed,
  ApplicationStatus.Arrived,
  ApplicationStatus.Working,
  ApplicationStatus.NoShow,
];

/** What happened, for a no-show: the employer picks one, then says more in words. */
export const NO_SHOW_KINDS: readonly string[] = [
  'applicants.noShow.kind.notArrived',
  'applicants.noShow.kind.notStarted',
  'applicants.noShow.kind.other',
];

/** `/:lang/employer/vacancies/:id/applicants`: who applied, shortlisting, declining, and building a batch. */
@Component({
  selector: 'jm-employer-applicants',
  imports: [FormsModule, RouterLink, TranslatePipe, MatButtonModule, LoadState, ProblemAlert, Pager, LocalDatePipe, PluralPipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employer-applicants.html',
  styleUrl: './employer-applicants.scss',
})
export class EmployerApplicants {
  private readonly api = inject(ApplicationsApi);
  private readonly batches = inject(BatchesApi);
  private readonly vacancies = inject(EmployerVacanciesApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly occupations = inject(Occupations);
  protected readonly lang = inject(LocaleService).current;

  readonly id = input.required<string>();

  protected readonly statuses = APPLICANT_STATUSES;
  protected readonly russianLevels = Object.values(RussianLevel);
  /** Applicants come from every origin country: the home regions of all of them, country by country. */
  private readonly countries = inject(OriginCountries);
  protected readonly regions = computed(() => this.countries.geography().regions);

  protected readonly filter = signal<ApplicantsFilter>({
    status: '',
    minReadiness: null,
    russianLevel: '',
    minExperience: null,
    residenceRegion: '',
    page: 1,
    pageSize: LIST_PAGE_SIZE,
  });
  protected readonly vacancy = loader(
    () => this.id(),
    (id) => this.vacancies.get(id),
  );
  protected readonly applicants = loader(
    () => ({ id: this.id(), filter: this.filter() }),
    ({ id, filter }) => this.api.applicants(id, filter),
  );
  protected readonly vacancyBatches = loader(
    () => this.id(),
    (id) => this.batches.mine(id),
  );
  protected readonly remaining = computed(() => {
    const v = this.vacancy.value();
    return v ? Math.max(0, v.positions - v.filledPositions) : null;
  });

  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly notice = signal<{ key: string; params: Record<string, number> } | null>(null);

  private readonly items = computed(() => this.applicants.value()?.items ?? []);
  protected readonly selectedItems = computed(() => this.items().filter((a) => this.selected().has(a.applicationId)));
  protected readonly selectedShortlisted = computed(() => this.selectedItems().filter((a) => a.status === ApplicationStatus.Shortlisted));
  /** Every shortlisted applicant of the vacancy, whatever the filters and the page: what a batch is built from. */
  protected readonly shortlisted = loader(
    () => this.id(),
    (id) => this.allShortlisted(id),
  );
  /** Ticked shortlisted applicants when some are ticked, otherwise the whole shortlist: no ticking needed. */
  protected readonly batchIds = computed(() => {
    const ticked = this.selectedShortlisted().map((a) => a.applicationId);
    return ticked.length > 0 ? ticked : (this.shortlisted.value() ?? []);
  });
  protected readonly batchCount = computed(() => this.batchIds().length);

  constructor() {
    this.occupations.load();
  }

  protected occupationName(code: string): string {
    return this.occupations.name(code, this.lang());
  }

  protected regionName(code: string | null): string {
    const region = this.regions().find((r) => r.code === code);
    return region ? (region.name[this.lang()] ?? region.name.ru) : '';
  }

  protected setFilter(patch: Partial<ApplicantsFilter>): void {
    this.filter.update((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));
    if (patch.page === undefined) this.selected.set(new Set());
  }

  protected numberOrNull(value: string): number | null {
    return value === '' ? null : Number(value);
  }

  protected toggle(id: string, on: boolean): void {
    const next = new Set(this.selected());
    if (on) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected toggleAll(on: boolean): void {
    this.selected.set(on ? new Set(this.items().map((a) => a.applicationId)) : new Set());
  }

  protected canShortlist(a: ApplicantView): boolean {
    return APPLICATION_STATUSES_AWAITING_SHORTLISTING.includes(a.status);
  }

  protected canDecline(a: ApplicantView): boolean {
    return canMoveApplication(a.status, ApplicationStatus.Declined, ApplicationActor.Employer);
  }

  /** Only after arrival: the employer confirms the start of work, or that the migrant never came or never started. */
  protected canStartWork(a: ApplicantView): boolean {
    return a.status === ApplicationStatus.Arrived && canMoveApplication(a.status, ApplicationStatus.Working, ApplicationActor.Employer);
  }

  protected canRecordNoShow(a: ApplicantView): boolean {
    return a.status === ApplicationStatus.Arrived && canMoveApplication(a.status, ApplicationStatus.NoShow, ApplicationActor.Employer);
  }

  /** The employer's own words for a status ("shortlisted", not the migrant's "you are shortlisted"). */
  protected statusKey(status: string): string {
    return `applicants.status.${status}`;
  }

  protected russianKey(level: string): string {
    return `terms.russian.${level}`;
  }

  protected shortlist(a: ApplicantView): void {
    this.run(this.api.shortlist(a.applicationId, a.version).pipe(map(() => ({ key: 'applicants.shortlisted', params: {} }))));
  }

  protected decline(a: ApplicantView): void {
    this.askReason('applicants.declineOne', { name: a.candidate.displayName }, (reason) =>
      this.api.decline(a.applicationId, a.version, reason).pipe(map(() => ({ key: 'applicants.declined', params: {} }))),
    );
  }

  protected startWork(a: ApplicantView): void {
    this.confirm({
      titleKey: 'applicants.startWork.title',
      textKey: 'applicants.startWork.text',
      textParams: { name: a.candidate.displayName },
      confirmKey: 'applicants.startWork.confirm',
      reasonRequired: false,
      submit: () => this.api.startWork(a.applicationId, a.version).pipe(map(() => ({ key: 'applicants.startWork.done', params: {} }))),
    });
  }

  protected recordNoShow(a: ApplicantView): void {
    this.confirm({
      titleKey: 'applicants.noShow.title',
      textKey: 'applicants.noShow.text',
      textParams: { name: a.candidate.displayName },
      confirmKey: 'applicants.noShow.confirm',
      reasonRequired: true,
      reasonHintKey: 'applicants.noShow.hint',
      reasonKinds: { labelKey: 'applicants.noShow.kindLabel', optionKeys: NO_SHOW_KINDS },
      destructive: true,
      submit: (reason) => this.api.noShow(a.applicationId, a.version, reason).pipe(map(() => ({ key: 'applicants.noShow.done', params: {} }))),
    });
  }

  protected shortlistSelected(): void {
    this.run(
      this.api
        .decideMany(this.id(), 'shortlist', [...this.selected()])
        .pipe(map((r) => ({ key: 'applicants.bulkDone', params: { changed: r.changed.length, skipped: r.skipped.length } }))),
    );
  }

  protected declineSelected(): void {
    this.askReason('applicants.declineMany', { count: this.selected().size }, (reason) =>
      this.api
        .decideMany(this.id(), 'decline', [...this.selected()], reason)
        .pipe(map((r) => ({ key: 'applicants.bulkDone', params: { changed: r.changed.length, skipped: r.skipped.length } }))),
    );
  }

  protected createBatch(): void {
    const ids = this.batchIds();
    if (ids.length === 0 || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.batches.create(this.id(), ids).subscribe({
      next: (batch) => void this.router.navigate(['/', this.lang(), 'employer', 'batches', batch.id]),
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }

  /** The ids of every shortlisted applicant, reading the list page by page. */
  private allShortlisted(vacancyId: string): Observable<string[]> {
    const pageOf = (page: number) => this.api.applicants(vacancyId, { status: ApplicationStatus.Shortlisted, page, pageSize: SHORTLIST_PAGE_SIZE });
    return pageOf(1).pipe(
      expand((result) => (result.page * result.pageSize < result.total && result.items.length > 0 ? pageOf(result.page + 1) : EMPTY)),
      reduce((ids: string[], result) => [...ids, ...result.items.map((a) => a.applicationId)], []),
    );
  }

  private askReason(
    textKey: string,
    params: Record<string, string | number>,
    submit: (reason: string) => Observable<{ key: string; params: Record<string, number> }>,
  ): void {
    this.confirm({
      titleKey: 'applicants.declineTitle',
      textKey,
      textParams: params,
      confirmKey: 'applicants.decline',
      reasonRequired: true,
      reasonHintKey: 'applicants.declineHint',
      destructive: true,
      submit,
    });
  }

  /** A decision confirmed in the dialog (which shows the API's errors); done, the list reloads and says so. */
  private confirm(data: DecisionDialogData<{ key: string; params: Record<string, number> }>): void {
    this.problem.set(null);
    this.notice.set(null);
    this.dialog
      .open(DecisionDialog<{ key: string; params: Record<string, number> }>, { ...DECISION_DIALOG_CONFIG, data })
      .afterClosed()
      .subscribe((done) => {
        if (!done) return;
        this.notice.set(done);
        this.selected.set(new Set());
        this.applicants.reload();
        this.shortlisted.reload();
      });
  }

  private run(request: Observable<{ key: string; params: Record<string, number> }>): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    this.notice.set(null);
    request.subscribe({
      next: (done) => {
        this.notice.set(done);
        this.busy.set(false);
        this.selected.set(new Set());
        this.applicants.reload();
        this.shortlisted.reload();
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
        this.applicants.reload();
        this.shortlisted.reload();
      },
    });
  }
}
