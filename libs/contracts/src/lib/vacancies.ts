/** Shapes of vacancies as employers, attaché staff and the public see them. */
import type { RatingsAggregate } from './ratings';
import type { CompanyStatus, VacancyRegionWarning, VacancyStatus, VacancyTermsFinding } from '@jumush/domain';
import type { HousingOption, MealsOption, RussianLevel, ShiftPattern } from './vacancy-terms';
import type { AuditEventView } from './employers';
import type { Page } from './accounts';

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
  /** The origin countries whose migrants it recruits: their attachés review it, their migrants find it. */
  openTo: string[];
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
  /**
   * The employer's ratings in figures, on one vacancy's page only (not in search items): null under RATINGS_SHOWN_FROM
   * ratings. Never a comment or anything about who rated.
   */
  companyRatings?: { count: number; shownFrom: number; aggregate: RatingsAggregate | null };
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
  /** null: the federal МРОТ, asked for without a region. */
  regionCode: string | null;
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
  /** False: deactivated; it still names the vacancies and profiles that have it, but is no longer offered. */
  active: boolean;
}

/** GET /vacancies/mine: one page of the employer's vacancies, and how many the company has in each status. */
export interface MyVacanciesPage extends Page<VacancyView> {
  counts: Record<VacancyStatus, number>;
}

/** Who offers a vacancy, as the attaché and the public see it. */
export interface VacancyCompanySummary {
  id: string;
  legalName: string;
  inn: string;
  /** Its status in the viewing attaché's country (for an admin: in any country, see companyStatusAnywhere). */
  status: CompanyStatus;
  /** The countries whose migrants it may recruit now. */
  verifiedCountries: string[];
}

/** The terms at each recorded version (submissions, publications, edits of a published vacancy) and the decisions. */
export interface VacancyHistoryView {
  revisions: VacancyRevisionView[];
  events: AuditEventView[];
}

/** A vacancy in the attaché's review queue (oldest submission first), with the employer it comes from. */
export interface VacancyReviewItem extends VacancyView {
  submittedAt: string | null;
  /** When the review is due (working days from submission), while it waits for one; null otherwise. */
  reviewDueAt: string | null;
  /** The review is past its deadline: the queue (longest waiting first) shows it first, marked. */
  overdue: boolean;
  company: VacancyCompanySummary;
  /** What the attaché should weigh about the region: the Far North coefficient, a region annexed from Ukraine. */
  regionWarnings: VacancyRegionWarning[];
  /** What the terms add up to (vacancyTermsFindings): housing costing the wage, hours above the 40-hour week, … */
  termsFindings: VacancyTermsFinding[];
}

/** GET /vacancy-reviews/:id: the vacancy, its employer and its history. */
export interface VacancyReviewView extends VacancyReviewItem {
  history: VacancyHistoryView;
}
