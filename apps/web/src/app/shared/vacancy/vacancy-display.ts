import { CompanyStatus, type VacancyTermsView } from '@jumush/contracts/client';

/**
 * What the card and the page of a vacancy show: its terms, and — when known — who offers it and how many
 * places are left. A PublicVacancyView is one; the employer's preview and the attaché's review build one.
 */
export interface VacancyDisplay extends VacancyTermsView {
  id?: string;
  company?: { legalName: string; inn?: string; status: CompanyStatus } | null;
  remainingPositions?: number | null;
  publishedAt?: string | null;
}

export function isVerified(display: Pick<VacancyDisplay, 'company'>): boolean {
  return display.company?.status === CompanyStatus.Verified;
}
