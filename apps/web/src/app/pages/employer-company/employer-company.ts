import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  COMPANY_DOCUMENT_KINDS_HELD_ONCE,
  CompanyStatus,
  companyStandingSummary,
  type CompanyDocumentView,
  type CompanyView,
} from '@jumush/contracts/client';
import { CompaniesApi } from '../../core/api/companies-api';
import { toUiProblem, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { regionName } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { StatusBadge } from '../../shared/ui/status-badge';
import { CompanyDocuments } from './company-documents';
import { CompanyForm } from './company-form';
import { CompanyRatings } from './company-ratings';
import { CompanyMembers } from './company-members';
import { InnDispute } from './inn-dispute';
import { CountryNamePipe } from '../../core/countries/country-name.pipe';

/**
 * `/:lang/employer/company`: registration while the employer has no company, then the company with its
 * verification status (and the attaché's reason), documents, resubmission and colleagues.
 */
@Component({
  selector: 'jm-employer-company',
  imports: [
    CountryNamePipe,
    RouterLink,
    TranslatePipe,
    MatButtonModule,
    LoadState,
    StatusBadge,
    LocalDatePipe,
    CompanyForm,
    CompanyDocuments,
    CompanyMembers,
    CompanyRatings,
    InnDispute,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employer-company.html',
  styleUrl: './employer-company.scss',
})
export class EmployerCompany {
  private readonly api = inject(CompaniesApi);
  protected readonly lang = inject(LocaleService).current;
  protected readonly Status = CompanyStatus;

  protected readonly company = loader(
    () => true,
    () => this.api.mine(),
  );
  /** The API says "no company yet" with 404 'company.none': that is the registration form, not an error. */
  protected readonly none = computed(() => this.company.problem()?.code === 'company.none');
  protected readonly failure = computed(() => (this.none() ? null : this.company.problem()));
  /** Each country decides for its citizens: the card leads with the status that counts anywhere, then lists them all. */
  protected readonly standing = computed(() => {
    const company = this.company.value();
    return company ? companyStandingSummary(company, company.countries) : null;
  });
  protected readonly justRegistered = signal(false);
  /** The INN the registration was refused for because a company holds it: offered for a dispute. */
  protected readonly takenInn = signal<string | null>(null);

  protected readonly resubmitting = signal(false);
  protected readonly resubmitProblem = signal<UiProblem | null>(null);
  protected readonly resubmitted = signal(false);

  protected region(code: string): string {
    return regionName(code, this.lang());
  }

  protected registered(company: CompanyView): void {
    this.justRegistered.set(true);
    this.company.set(company);
  }

  /** A registration extract or licence replaces the company's earlier one (the API deleted it); other documents add up. */
  protected documentUploaded(company: CompanyView, document: CompanyDocumentView): void {
    const kept = COMPANY_DOCUMENT_KINDS_HELD_ONCE.includes(document.kind)
      ? company.documents.filter((earlier) => earlier.kind !== document.kind)
      : company.documents;
    this.company.set({ ...company, documents: [...kept, document] });
  }

  protected resubmit(): void {
    if (this.resubmitting()) return;
    this.resubmitting.set(true);
    this.resubmitProblem.set(null);
    this.api.resubmit().subscribe({
      next: (company) => {
        this.resubmitting.set(false);
        this.resubmitted.set(true);
        this.company.set(company);
      },
      error: (error: unknown) => {
        this.resubmitting.set(false);
        this.resubmitProblem.set(toUiProblem(error));
      },
    });
  }
}
