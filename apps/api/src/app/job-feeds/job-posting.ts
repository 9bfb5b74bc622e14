/**
 * The schema.org JobPosting of a public vacancy (https://schema.org/JobPosting), as JSON-LD for its page: what search
 * engines read to list it as a job. Pure: a view in, an object out.
 */
import type { PublicVacancyView } from '@jumush/contracts';

/** Properties a JobPosting must have to be shown as a job (Google Search Central, "Job posting structured data"). */
export const JOB_POSTING_REQUIRED_PROPERTIES = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'] as const;

export interface JobPosting {
  '@context': 'https://schema.org';
  '@type': 'JobPosting';
  title: string;
  description: string;
  datePosted: string;
  validThrough: string;
  employmentType: string[];
  hiringOrganization: { '@type': 'Organization'; name: string; taxID: string };
  jobLocation: {
    '@type': 'Place';
    address: { '@type': 'PostalAddress'; addressLocality: string; addressRegion: string; addressCountry: 'RU' };
  };
  baseSalary: { '@type': 'MonetaryAmount'; currency: 'RUB'; value: { '@type': 'QuantitativeValue'; value: number; unitText: 'MONTH' } };
  identifier: { '@type': 'PropertyValue'; name: 'Jumush'; value: string };
  totalJobOpenings: number;
  directApply: true;
  url: string;
}

/** Hours a week from which a job counts as full time (the Labour Code's normal week is 40; ст. 91 ТК РФ). */
const FULL_TIME_WEEKLY_HOURS = 35;

/** FULL_TIME or PART_TIME by the weekly hours, and TEMPORARY: every vacancy here is a fixed-term contract. */
export function employmentTypesOf(weeklyHours: number): string[] {
  return [weeklyHours >= FULL_TIME_WEEKLY_HOURS ? 'FULL_TIME' : 'PART_TIME', 'TEMPORARY'];
}

/** The end of the deadline day on the Moscow calendar (UTC+3 all year since 2014), which the search also uses. */
export function endOfMoscowDay(isoDate: string): string {
  return `${isoDate}T23:59:59+03:00`;
}

/**
 * The vacancy's JobPosting. The description is the employer's own text, or, when they wrote none, a line made of
 * its terms, so that the required property is never empty.
 */
export function jobPostingOf(vacancy: PublicVacancyView, regionName: string, url: string): JobPosting {
  const description =
    vacancy.description.trim() ||
    `${vacancy.title}, ${vacancy.town}: ${vacancy.monthlyWageRoubles} ₽ в месяц, ${vacancy.weeklyHours} ч в неделю, договор на ${vacancy.contractMonths} мес.`;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: vacancy.title,
    description,
    datePosted: vacancy.publishedAt,
    validThrough: endOfMoscowDay(vacancy.applicationDeadline),
    employmentType: employmentTypesOf(vacancy.weeklyHours),
    hiringOrganization: { '@type': 'Organization', name: vacancy.company.legalName, taxID: vacancy.company.inn },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: vacancy.town, addressRegion: regionName, addressCountry: 'RU' },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'RUB',
      value: { '@type': 'QuantitativeValue', value: vacancy.monthlyWageRoubles, unitText: 'MONTH' },
    },
    identifier: { '@type': 'PropertyValue', name: 'Jumush', value: vacancy.id },
    totalJobOpenings: vacancy.remainingPositions,
    directApply: true,
    url,
  };
}
