import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleService } from '../../core/i18n/locale.service';
import { LocalDatePipe, NumberPipe, PluralPipe, RoublesPipe } from '../format/format-pipes';
import { Occupations } from '../reference/occupations';
import { regionName } from '../reference/regions';
import { StatusBadge } from '../ui/status-badge';
import { VerifiedBadge } from '../ui/verified-badge';
import { isVerified, type VacancyDisplay } from './vacancy-display';

/**
 * All terms of a vacancy in plain words, grouped the way a migrant weighs them: pay and hours, housing and
 * meals, the contract, what is required, the description, and who the employer is. Used by the public
 * vacancy page, the employer's preview and the attaché's review.
 */
@Component({
  selector: 'jm-vacancy-details',
  imports: [TranslatePipe, RoublesPipe, NumberPipe, PluralPipe, LocalDatePipe, VerifiedBadge, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './vacancy-details.html',
  styleUrl: './vacancy-details.scss',
})
export class VacancyDetails {
  readonly vacancy = input.required<VacancyDisplay>();
  /** The page's main heading (h1) or a section in a larger page (h2). */
  readonly headingLevel = input<1 | 2>(1);
  /** Show the company's status badge instead of only "verified" (the attaché's view). */
  readonly showCompanyStatus = input(false);

  protected readonly lang = inject(LocaleService).current;
  private readonly occupations = inject(Occupations);

  protected readonly region = computed(() => regionName(this.vacancy().regionCode, this.lang()));
  protected readonly occupation = computed(() => this.occupations.name(this.vacancy().occupationCode, this.lang()));
  protected readonly verified = computed(() => isVerified(this.vacancy()));
  protected readonly paragraphs = computed(() =>
    this.vacancy()
      .description.split(/\n{2,}/)
      .map((text) => text.trim())
      .filter((text) => text.length > 0),
  );

  constructor() {
    this.occupations.load();
  }
}
