/** After arrival: check-ins and grievances, as the API answers them. */
import type { CheckInAnswer, CheckInQuestion, GrievanceCategory, GrievanceMove, GrievanceStatus } from '@jumush/domain';

export interface CheckInView {
  id: string;
  applicationId: string;
  vacancyTitle: string;
  /** Days after arrival. */
  day: number;
  dueAt: string;
  /** What the migrant answered so far; a question not in it is still open. */
  answers: Partial<Record<CheckInQuestion, CheckInAnswer>>;
  answeredAt: string | null;
  /** Grievances the answers opened by themselves. */
  grievanceIds: string[];
}

export interface GrievanceMessageView {
  id: string;
  authorRole: string;
  /** Whether the reader wrote it. */
  mine: boolean;
  body: string;
  /** The status move the message came with (takeUp, refer, resolve…), if any. */
  move: GrievanceMove | null;
  createdAt: string;
}

export interface GrievanceView {
  id: string;
  category: GrievanceCategory;
  status: GrievanceStatus;
  description: string;
  anonymous: boolean;
  /** Opened by a check-in answer rather than by the migrant writing it. */
  fromCheckIn: boolean;
  applicationId: string | null;
  vacancyTitle: string | null;
  companyName: string | null;
  regionCode: string;
  originCountry: string;
  /** The migrant's name; shown to staff only. */
  migrantName: string | null;
  referredTo: string | null;
  outcome: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Moves the reader may make now. */
  moves: GrievanceMove[];
  messages: GrievanceMessageView[];
}

export type GrievanceSummaryView = Omit<GrievanceView, 'messages' | 'description'>;
