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
  /** When the stage waiting on the staff is due (taken up; resolved or referred); null when nothing is owed. */
  dueAt: string | null;
  /** The deadline passed with the grievance still waiting on the staff: first in their queue. */
  overdue: boolean;
  /** Moves the reader may make now. */
  moves: GrievanceMove[];
  messages: GrievanceMessageView[];
  /** Files the migrant added as evidence (PDF, JPEG, PNG), oldest first. */
  attachments: GrievanceAttachmentView[];
}

export type GrievanceSummaryView = Omit<GrievanceView, 'messages' | 'description' | 'attachments'>;

export interface GrievanceAttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

/**
 * The check-in's short link for an SMS (`/<lang>/c/<code>`): the check-in id's 16 bytes in base64url, 22 characters
 * instead of `check-ins/` and 36. It names the check-in only; the page it opens asks for sign-in as ever.
 */
export const CHECK_IN_SHORT_PATH = 'c';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const UUID_FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The short code of a check-in id (a UUID); null for anything else. */
export function checkInShortCode(checkInId: string): string | null {
  if (!UUID_FORMAT.test(checkInId)) return null;
  const bits = [...checkInId.replace(/-/g, '').toLowerCase()].map((hex) => parseInt(hex, 16).toString(2).padStart(4, '0')).join('');
  // 128 bits → 22 sextets (the last padded with zeros, as base64url without padding does).
  return (bits.padEnd(132, '0').match(/.{6}/g) as string[]).map((sextet) => BASE64URL[parseInt(sextet, 2)]).join('');
}

/** The check-in id of a short code, or null when the code is not one (wrong length, alphabet or padding bits). */
export function checkInIdOfShortCode(code: string): string | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(code)) return null;
  const bits = [...code].map((character) => BASE64URL.indexOf(character).toString(2).padStart(6, '0')).join('');
  if (!/^0+$/.test(bits.slice(128))) return null;
  const hex = (bits.slice(0, 128).match(/.{4}/g) as string[]).map((nibble) => parseInt(nibble, 2).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
