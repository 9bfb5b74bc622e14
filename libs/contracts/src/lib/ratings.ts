/** Ratings from those who worked there: what the migrant, the public and the employer read. */
import type { RatingRefusal } from '@jumush/domain';

/** The scores and choice of one rating. */
export interface RatingScores {
  wageOnTime: number;
  housing: number;
  treatment: number;
  wouldRecommend: boolean;
}

/** GET/PUT /ratings/mine/:applicationId: whether the migrant may rate this job, and their rating if any. */
export interface MyRatingView {
  applicationId: string;
  companyId: string;
  companyName: string;
  eligible: boolean;
  /** Why not, when not eligible (a problem code the web translates). */
  refusal: RatingRefusal | null;
  /** The first day (Moscow calendar) the migrant may rate; null when it does not depend on a date. */
  eligibleFrom: string | null;
  rating: (RatingScores & { comment: string | null; answer: string | null; createdAt: string; updatedAt: string }) | null;
}

/** A company's ratings in figures: only returned from RATINGS_SHOWN_FROM ratings on. */
export interface RatingsAggregate {
  count: number;
  wageOnTime: number;
  housing: number;
  treatment: number;
  /** Share of ratings that would recommend the employer, 0 to 1. */
  recommendShare: number;
}

/** A comment as the public reads it: never the author, nor the job it was about. */
export interface PublicRatingComment {
  id: string;
  comment: string;
  wouldRecommend: boolean;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}

/** What anyone reads of a company's ratings. Under the threshold: count only, aggregate null, comments empty. */
export interface PublicCompanyRatings {
  count: number;
  shownFrom: number;
  aggregate: RatingsAggregate | null;
  comments: PublicRatingComment[];
}

/** GET /public/companies/:id: a verified company as anyone may see it, with its ratings. */
export interface PublicCompanyView {
  id: string;
  legalName: string;
  inn: string;
  regionCode: string;
  ratings: PublicCompanyRatings;
}

/** One rating as the employer reads it (to answer it): no author, no job. */
export interface EmployerRatingView extends RatingScores {
  id: string;
  comment: string | null;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}

/** GET /companies/mine/ratings: the employer's ratings, under the threshold nothing but the count. */
export interface EmployerRatingsView {
  count: number;
  shownFrom: number;
  aggregate: RatingsAggregate | null;
  ratings: EmployerRatingView[];
}
