import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { CompanyStatus, VacancyStatus, VacancyTermsFindingCode, type VacancyReviewView, type VacancyView } from '@jumush/contracts/client';
import { ReferenceApi } from '../../core/api/reference-api';
import { VacancyReviewsApi } from '../../core/api/vacancy-reviews-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { todayIso } from '../../shared/format/format';
import { DateTimePipe, LocalDatePipe, RoublesPipe } from '../../shared/format/format-pipes';
import { DECISION_DIALOG_CONFIG, DecisionDialog, type DecisionDialogData } from '../../shared/ui/decision-dialog';
import { LoadState } from '../../shared/ui/load-state';
import { StatusBadge } from '../../shared/ui/status-badge';
import { VacancyDetails } from '../../shared/vacancy/vacancy-details';
import { TermsFindings } from '../../shared/vacancy/terms-findings';
import { VacancyHistory } from '../../shared/vacancy/vacancy-history';
import { hintFromFloor, wageFloorRequest } from '../../shared/vacancy/wage-floor';

type VacancyDecision = 'publish' | 'reject';

/** Red findings about the wage itself: the wage is no longer ticked green beside them. */
const WAGE_FINDINGS: readonly VacancyTermsFindingCode[] = [VacancyTermsFindingCode.HousingCostsWage, VacancyTermsFindingCode.HourlyWageBelowFloor];

/**
 * `/:lang/attache/vacancies/:id`: a vacancy under review — all its terms as the migrant will read them,
 * the wage checked against the minimum of its region on its start date, what the terms add up to (housing
 * against the wage, hours against the 40-hour week, the wage per hour), the employer's status — and
 * Publish / Reject with a reason.
 */
@Component({
  selector: 'jm-attache-vacancy',
  imports: [
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    LoadState,
    StatusBadge,
    VacancyDetails,
    VacancyHistory,
    TermsFindings,
    RoublesPipe,
    LocalDatePipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attache-vacancy.html',
  styleUrl: './attache-vacancy.scss',
})
export class AttacheVacancy {
  private readonly api = inject(VacancyReviewsApi);
  private readonly reference = inject(ReferenceApi);
  private readonly dialog = inject(MatDialog);
  protected readonly lang = inject(LocaleService).current;

  readonly id = input.required<string>();

  protected readonly vacancy = loader(
    () => this.id(),
    (id) => this.api.get(id),
  );
  protected readonly pending = computed(() => this.vacancy.value()?.status === VacancyStatus.PendingReview);
  protected readonly companyVerified = computed(() => this.vacancy.value()?.company.status === CompanyStatus.Verified);
  private readonly floorRequest = computed(() => {
    const v = this.vacancy.value();
    return v ? wageFloorRequest(v.regionCode, v.startDate, todayIso()) : null;
  });
  /** The floor in force from the API (the admin's table, which publishing is checked against), not the shipped one. */
  private readonly floorInForce = loader(
    () => this.floorRequest(),
    (request) => this.reference.wageFloor(request.region, request.date),
  );
  protected readonly floor = computed(() => {
    const v = this.vacancy.value();
    const request = this.floorRequest();
    const floor = this.floorInForce.value();
    if (!v || !request || !floor || floor.date !== request.date || (floor.regionCode ?? null) !== request.region) return null;
    return hintFromFloor(request, floor, v.monthlyWageRoubles);
  });
  /** No red finding about the wage (housing costing it all, too little per hour): only then is the wage ticked green. */
  protected readonly wageHonest = computed(
    () => !this.vacancy.value()?.termsFindings.some((finding) => finding.severity === 'danger' && WAGE_FINDINGS.includes(finding.code)),
  );
  protected readonly decided = signal<VacancyDecision | null>(null);

  protected decide(decision: VacancyDecision): void {
    const vacancy = this.vacancy.value();
    if (!vacancy) return;
    const data: DecisionDialogData<VacancyView> = {
      titleKey: `decision.vacancy.${decision}.title`,
      textKey: `decision.vacancy.${decision}.text`,
      textParams: { title: vacancy.title, company: vacancy.company.legalName },
      confirmKey: `decision.vacancy.${decision}.confirm`,
      reasonRequired: decision === 'reject',
      destructive: decision === 'reject',
      submit: (reason) => (decision === 'publish' ? this.api.publish(vacancy.id) : this.api.reject(vacancy.id, reason)),
    };
    this.dialog
      .open<DecisionDialog<VacancyView>, DecisionDialogData<VacancyView>, VacancyView>(DecisionDialog, { ...DECISION_DIALOG_CONFIG, data })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.decided.set(decision);
        const next: VacancyReviewView = {
          ...vacancy,
          ...updated,
          company: vacancy.company,
          history: vacancy.history,
          submittedAt: vacancy.submittedAt,
        };
        this.vacancy.set(next);
        // The decision is now part of the history.
        this.vacancy.reload();
      });
  }
}
