/** Shapes of vacancies as employers, attaché staff and the public see them. */
import type { CompanyStatus, VacancyStatus } from '@jumush/domain';
import type { HousingOption, MealsOption, RussianLevel, ShiftPattern } from './vacancy-terms';

export interface VacancyTermsView {
  title: string;
  occupationCode: string;
  regionCode: string;
  town: string;
  monthlyWageRoubles: number;
  weeklyHours: number;
  shiftPattern: ShiftPattern;
  housing: HousingOption;
  housingCostRoubles: number | null;
  meals: MealsOption;
  travelPaid: boolean;
  insurance: boolean;
  contractMonths: number;
  startDate: string;
  positions: number;
  russianLevel: RussianLevel;
  experienceYears: number;
  skills: string[];
  description: string;
  applicationDeadline: string;
}

export interface VacancyView extends VacancyTermsView {
  id: string;
  companyId: string;
  originCountry: string;
  status: VacancyStatus;
  statusReason: string | null;
  filledPositions: number;
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A published vacancy as anyone may see it, with who offers it. */
export interface PublicVacancyView extends VacancyTermsView {
  id: string;
  company: { id: string; legalName: string; inn: string; status: CompanyStatus };
  remainingPositions: number;
  publishedAt: string;
}

export interface VacancyRevisionView {
  version: number;
  status: VacancyStatus;
  terms: VacancyTermsView;
  createdAt: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface VacancySearchFacets {
  regions: FacetCount[];
  occupations: FacetCount[];
  housing: FacetCount[];
  insurance: FacetCount[];
  travelPaid: FacetCount[];
}

export interface VacancySearchResult {
  items: PublicVacancyView[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  total: number;
  facets: VacancySearchFacets;
}

export interface WageFloorView {
  regionCode: string;
  date: string;
  monthlyRoubles: number;
  regional: boolean;
  effectiveFrom: string;
  source: string;
}

export interface RegionView {
  code: string;
  name: string;
  nameEn: string;
}

export interface OccupationView {
  code: string;
  sector: string;
  names: Record<string, string>;
}
