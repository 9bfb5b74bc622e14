import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { VacancyStatus } from '@jumush/contracts/client';
import { EmployerVacanciesApi } from '../../core/api/employer-vacancies-api';
import { LocaleService } from '../../core/i18n/locale.service';
import { loader } from '../../shared/data/loader';
import { LIST_PAGE_SIZE, pageFromParam } from '../../shared/data/paging';
import { LocalDatePipe, NumberPipe, RoublesPipe } from '../../shared/format/format-pipes';
import { regionName } from '../../shared/reference/regions';
import { LoadState } from '../../shared/ui/load-state';
import { Pager } from '../../shared/ui/pager';
import { StatusBadge } from '../../shared/ui/status-badge';

const STATUSES: readonly VacancyStatus[] = Object.values(VacancyStatus);

/** `/:lang/employer/vacancies`: the employer's vacancies by status (tabs with counts), paginated. */
@Component({
  selector: 'jm-employer-vacancies',
  imports: [RouterLink, TranslatePipe, MatButtonModule, LoadState, Pager, StatusBadge, RoublesPipe, NumberPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './employer-vacancies.html',
  styleUrls: ['../../shared/ui/list-page.scss', './employer-vacancies.scss'],
})
export class EmployerVacancies {
  private readonly api = inject(EmployerVacanciesApi);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleService).current;

  /** Query params `?status=&page=` (component input binding). */
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly statuses = STATUSES;
  protected readonly pageSize = LIST_PAGE_SIZE;
  protected readonly currentStatus = computed<VacancyStatus | null>(() => {
    const status = this.status();
    return status && (STATUSES as readonly string[]).includes(status) ? (status as VacancyStatus) : null;
  });
  protected readonly currentPage = computed(() => pageFromParam(this.page()));

  protected readonly list = loader(
    () => ({ status: this.currentStatus(), page: this.currentPage(), pageSize: LIST_PAGE_SIZE }),
    (query) => this.api.list(query),
  );
  protected readonly total = computed(() => {
    const counts = this.list.value()?.counts;
    return counts ? Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0) : null;
  });

  protected region(code: string): string {
    return regionName(code, this.lang());
  }

  protected count(status: VacancyStatus): number | null {
    return this.list.value()?.counts?.[status] ?? null;
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { queryParams: { status: this.currentStatus(), page: page > 1 ? page : null } });
  }
}
