import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  CompanyStatus,
  SUSPENSION_CATEGORIES,
  SuspensionCategory,
  companyDecisionNeedsReason,
  companyDecisionsFrom,
  companyStandingSummary,
  type CompanyDecision,
  type CompanyDetailView,
  type CompanyDocumentView,
  type CompanyView,
} from '@jumush/contracts/client';
import { VerificationApi } from '../../core/api/verification-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { FileSizePipe, LocalDatePipe } from '../../shared/format/format-pipes';
import { AuditTrail } from '../../shared/ui/audit-trail';
import { regionName } from '../../shared/reference/regions';
import { suspensionCategoryKey } from '../../shared/reference/suspension-categories';
import { DECISION_DIALOG_CONFIG, DecisionDialog, type DecisionDialogData } from '../../shared/ui/decision-dialog';
import { LoadState } from '../../shared/ui/load-state';
import { StatusBadge } from '../../shared/ui/status-badge';
import { CountryNamePipe } from '../../core/countries/country-name.pipe';
import { CompanyAfterArrival } from './company-after-arrival';

/** How each decision is presented: test hook, whether it goes against the employer. Whether it needs a reason is the domain's. */
const DECISION_UI: Readonly<Record<CompanyDecision, { testId: string; destructive: boolean }>> = {
  verify: { testId: 'verify-company', destructive: false },
  reject: { testId: 'reject', destructive: true },
  suspend: { testId: 'suspend-company', destructive: true },
  reinstate: { testId: 'reinstate-company', destructive: false },
};

/**
 * `/:lang/attache/companies/:id`: one employer for the attaché — its details, documents to download, the
 * decisions its status allows (each with its reason, in a dialog), and its history.
 */
@Component({
  selector: 'jm-attache-company',
  imports: [
    CountryNamePipe,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    LoadState,
    StatusBadge,
    AuditTrail,
    LocalDatePipe,
    FileSizePipe,
    CompanyAfterArrival,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attache-company.html',
  styleUrl: './attache-company.scss',
})
export class AttacheCompany {
  private readonly api = inject(VerificationApi);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  readonly id = input.required<string>();

  protected readonly company = loader(
    () => this.id(),
    (id) => this.api.company(id),
  );
  /**
   * What the viewer decides on: an attaché, their own country's decision (the badge, the reason, the buttons); an
   * admin, the global block (suspend or reinstate everywhere).
   */
  protected readonly own = computed(() => {
    const company = this.company.value();
    return company ? ownStanding(company) : null;
  });
  protected readonly decisions = computed(() => {
    const own = this.own();
    if (!own) return [];
    const decisions: CompanyDecision[] = own.country
      ? companyDecisionsFrom(own.status)
      : [own.status === CompanyStatus.Suspended ? 'reinstate' : 'suspend'];
    return decisions.map((decision) => ({ decision, ...DECISION_UI[decision] }));
  });
  /** One click: verify for the attaché's country relying on a country that verified the employer (while their own is pending). */
  protected readonly reliable = computed(() => {
    const company = this.company.value();
    return company && this.own()?.status === CompanyStatus.Pending ? company.reliableCountries : [];
  });
  protected readonly relying = signal<string | null>(null);
  protected readonly relyProblem = signal<UiProblem | null>(null);
  protected readonly decided = signal<CompanyDecision | null>(null);
  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadProblem = signal<UiProblem | null>(null);

  protected region(code: string): string {
    return regionName(code, this.lang());
  }

  protected decide(decision: CompanyDecision): void {
    const company = this.company.value();
    if (!company) return;
    const ui = DECISION_UI[decision];
    const data: DecisionDialogData<CompanyView> = {
      titleKey: `decision.company.${decision}.title`,
      textKey: `decision.company.${decision}.text`,
      textParams: { name: company.legalName },
      confirmKey: `decision.company.${decision}.confirm`,
      reasonRequired: companyDecisionNeedsReason(decision),
      destructive: ui.destructive,
      // A suspension says its category: the public registry publishes it instead of the reason.
      ...(decision === 'suspend'
        ? {
            choice: {
              labelKey: 'suspensionCategory.label',
              hintKey: 'suspensionCategory.hint',
              options: SUSPENSION_CATEGORIES.map((value) => ({ value, labelKey: suspensionCategoryKey(value) })),
            },
          }
        : {}),
      submit: (reason, choice) =>
        this.api.decide(company.id, decision, reason, SUSPENSION_CATEGORIES.find((category) => category === choice) ?? SuspensionCategory.Other),
    };
    this.dialog
      .open<DecisionDialog<CompanyView>, DecisionDialogData<CompanyView>, CompanyView>(DecisionDialog, { ...DECISION_DIALOG_CONFIG, data })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.decided.set(decision);
        // The answer has the new status; the history comes with the detail, so load it again.
        this.company.set({ ...company, ...updated, history: company.history });
        this.company.reload();
      });
  }

  protected rely(country: string): void {
    const company = this.company.value();
    if (!company || this.relying()) return;
    this.relying.set(country);
    this.relyProblem.set(null);
    this.api.rely(company.id, country).subscribe({
      next: (updated) => {
        this.relying.set(null);
        this.decided.set('verify');
        this.company.set({ ...company, ...updated, history: company.history });
        this.company.reload();
      },
      error: (error: unknown) => {
        this.relying.set(null);
        this.relyProblem.set(toUiProblem(error));
      },
    });
  }

  protected download(companyId: string, doc: CompanyDocumentView): void {
    this.downloading.set(doc.id);
    this.downloadProblem.set(null);
    this.api.downloadDocument(companyId, doc.id).subscribe({
      next: (blob) => {
        this.downloading.set(null);
        saveBlob(blob, doc.fileName, this.document);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadProblem.set(toUiProblem(error));
      },
    });
  }
}

/** The attaché's own country's decision, or (for an admin, who has no country) the company's standing everywhere. */
function ownStanding(company: CompanyDetailView): { country: string | null; status: CompanyStatus; reason: string | null } {
  const row = company.ownCountry ? company.countries.find((candidate) => candidate.country === company.ownCountry) : undefined;
  if (company.ownCountry) return { country: company.ownCountry, status: row?.status ?? CompanyStatus.Pending, reason: row?.statusReason ?? null };
  const summary = companyStandingSummary(company, company.countries);
  return { country: null, status: company.blocked ? CompanyStatus.Suspended : summary.status, reason: company.blocked?.reason ?? null };
}
