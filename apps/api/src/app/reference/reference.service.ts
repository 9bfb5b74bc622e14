/** Reference data in the reader's language: Russian regions (shipped), occupations and wage floors (from the admin's tables). */
import { Injectable } from '@nestjs/common';
import type { OccupationView, RegionView, WageFloorView } from '@jumush/contracts';
import { Locale, RUSSIAN_REGIONS, wageFloorFor } from '@jumush/domain';
import { OccupationsService } from '../occupations/occupations.service';
import { ProblemException } from '../http/problem';
import { MinimumWagesService } from './minimum-wages.service';

@Injectable()
export class ReferenceService {
  constructor(
    private readonly minimumWages: MinimumWagesService,
    private readonly occupationList: OccupationsService,
  ) {}

  /** Sorted by name in the language asked; Russian regions have no Kyrgyz, Uzbek or Tajik names: those read the Russian ones, as on the spot. */
  regions(lang: Locale = Locale.Russian): RegionView[] {
    const english = lang === Locale.English;
    const collator = new Intl.Collator(english ? 'en' : 'ru');
    return RUSSIAN_REGIONS.map((region) => ({
      code: region.code,
      name: english ? region.nameEn : region.nameRu,
      nameEn: region.nameEn,
    })).sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  }

  /** Every occupation, deactivated ones too (they still name vacancies and profiles; the web offers only active ones). */
  async occupations(): Promise<OccupationView[]> {
    return (await this.occupationList.all()).map((occupation) => ({
      code: occupation.code,
      sector: occupation.sector,
      names: { ...occupation.name },
      active: occupation.active,
    }));
  }

  /**
   * The minimum monthly wage in the region (none: the federal МРОТ) on the date, from the admin's table: the same rule
   * and rows a vacancy's submission is checked against; 404 'wage.noFloor' before the table starts.
   */
  async wageFloor(regionCode: string | null, date: string): Promise<WageFloorView> {
    const floor = wageFloorFor(regionCode, date, await this.minimumWages.table());
    if (!floor)
      throw new ProblemException(404, {
        code: 'wage.noFloor',
        detail: `No minimum wage is known for ${date}.`,
        params: { date },
      });
    return {
      regionCode,
      date,
      monthlyRoubles: floor.monthlyRoubles,
      regional: floor.regional,
      effectiveFrom: floor.effectiveFrom,
      source: floor.source,
    };
  }
}
