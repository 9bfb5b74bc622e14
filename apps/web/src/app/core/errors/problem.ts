import { HttpErrorResponse } from '@angular/common/http';
import { COMPANY_DOCUMENT_MAX_BYTES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type FieldError, type ProblemDetails } from '@jumush/contracts/client';

export type MessageParams = Record<string, string | number>;

/** A failed request, reduced to what the interface shows: a translation key and its params. */
export interface UiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  code: string;
  params: MessageParams;
  fieldErrors: FieldError[];
}

/** Field error codes the API sends; each one has a translation in public/i18n. */
export const FIELD_ERROR_CODES = [
  'validation.isNotEmpty',
  'validation.isString',
  'validation.isEmail',
  'validation.maxLength',
  'validation.length',
  'validation.isIn',
  'validation.isEnum',
  'validation.whitelist',
  'validation.invalid',
  'phone.format',
  'phone.kyrgyzFormat',
  'phone.country',
  'password.tooShort',
  'password.tooLong',
  'password.needsLetterAndDigit',
  'account.phoneTaken',
  'account.emailTaken',
  'validation.isInt',
  'validation.min',
  'validation.max',
  'validation.isBoolean',
  'validation.isArray',
  'validation.arrayMaxSize',
  'validation.arrayMinSize',
  'validation.arrayUnique',
  'validation.matches',
  'inn.format',
  'inn.checksum',
  'inn.wrongLengthForKind',
  'ogrn.format',
  'ogrn.checksum',
  'ogrn.wrongLengthForKind',
  'registration.kindMismatch',
  'region.unknown',
  'region.notInCountry',
  'occupation.unknown',
  'date.format',
  'wage.belowFloor',
  'company.innTaken',
  'dispute.innNotTaken',
  'company.ogrnTaken',
  'company.alreadyInvited',
  'vacancy.deadlineAfterStart',
  'document.unsupportedType',
  'document.tooLarge',
  'document.quotaExceeded',
  'validation.nulCharacter',
  'vacancy.housingCostWithoutPaidHousing',
  'vacancy.startInPast',
  'vacancy.deadlinePassed',
  'vacancy.positionsBelowFilled',
  'candidate.underage',
  'candidate.russianLevelRequired',
  'name.cyrillic',
  'name.latin',
  'passport.format',
  'passport.expired',
  'district.notInRegion',
  'date.inFuture',
  'date.beforeCompleted',
  'departure.notInFuture',
  'departure.tooFar',
  'account.unknownCountry',
  'wage.invalidDate',
  'wage.tooEarly',
  'wage.duplicate',
  'country.code',
  'country.noNumberingPlan',
  'country.callingCode',
  'country.unknownLocale',
  'country.regionCode',
  'country.districtCode',
  'country.duplicateCode',
  'country.exists',
  'country.regionInUse',
  'occupation.inactive',
  'occupation.exists',
  'occupation.code',
  'occupation.nameRequired',
  'occupation.nameTooLong',
  'occupation.synonyms',
  'occupation.duplicateName',
  'passport.patternInvalid',
  'batch.idempotencyKeyRequired',
  'password.currentWrong',
  'passwordReset.invalid',
  'passwordReset.expired',
  'passwordReset.used',
  'phoneVerification.invalid',
  'phoneVerification.expired',
  'phoneVerification.used',
  'phoneVerification.numberChanged',
  'vacancy.openToEmpty',
  'vacancy.openToNotVerified',
  'company.relianceNotVerified',
  'company.relianceOnOwnCountry',
  'batch.mixedCountries',
  'application.notOpenToCountry',
  'twoFactor.codeFormat',
  'twoFactor.recoveryCodeFormat',
  'twoFactor.invalidCode',
  'grievance.noSuchJob',
  'grievance.attachmentsFull',
  'workReport.dateInFuture',
  'help.noContact',
  'help.ownCountryOnly',
  'dashboardPeriod.reversed',
  'dashboardPeriod.tooLong',
  'dashboardPeriod.month',
  'webhook.urlInvalid',
  'webhook.urlNotHttps',
  'webhook.urlPrivate',
  'webhook.urlUnresolvable',
] as const;

/** Problem (whole request) codes the API sends, plus the web's own ones; all translated. */
export const PROBLEM_CODES = [
  'auth.invalidCredentials',
  'auth.locked',
  'auth.tooManyAttempts',
  'auth.tooManyAttemptsLater',
  'passport.tooManySaves',
  'auth.unauthenticated',
  'auth.forbidden',
  'http.notFound',
  'http.badRequest',
  'http.payloadTooLarge',
  'http.internal',
  'http.unavailable',
  'http.network',
  'http.unknown',
  'http.conflict',
  'http.unsupportedMediaType',
  'http.tooManyRequests',
  'account.cannotDisableSelf',
  'account.cannotResetOwnTwoFactor',
  'auth.invalidTwoFactorCode',
  'auth.twoFactorChallengeExpired',
  'auth.twoFactorEnrolmentRequired',
  'twoFactor.alreadyOn',
  'twoFactor.notOn',
  'twoFactor.notStarted',
  'validation.failed',
  'company.none',
  'company.alreadyMember',
  'dispute.alreadyOpen',
  'dispute.claimantHasCompany',
  'company.ownerOnly',
  'company.lastOwner',
  'account.emailNotVerified',
  'account.phoneNotVerified',
  'phoneVerification.tooManyRequests',
  'phoneVerification.alreadyVerified',
  'invitation.invalid',
  'invitation.used',
  'invitation.revoked',
  'invitation.expired',
  'invitation.otherAddress',
  'emailVerification.invalid',
  'emailVerification.expired',
  'emailVerification.used',
  'emailVerification.addressChanged',
  'emailVerification.tooManyRequests',
  'transition.illegal',
  'transition.actorNotAllowed',
  'transition.reasonRequired',
  'transition.sameState',
  'transition.conflict',
  'vacancy.staleVersion',
  'vacancy.notFound',
  'vacancy.notEditable',
  'employer.notVerified',
  'wage.noFloor',
  'citizenship.locked',
  'citizenship.unknown',
  'search.contractRange',
  'search.invalidCursor',
  'application.duplicate',
  'application.consentRequired',
  'application.deadlinePassed',
  'application.vacancyClosed',
  'application.employerSuspended',
  'application.staleVersion',
  'batch.exceedsRemainingPositions',
  'batch.applicationInAnotherBatch',
  'batch.applicationsNotShortlisted',
  'batch.notEditable',
  'batch.empty',
  'batch.vacancyNotPublished',
  'batch.employerSuspended',
  'decision.exceedsPositions',
  'decision.reasonRequired',
  'batch.notDecided',
  'http.malformedJson',
  'letter.revoked',
  'letter.alreadyRevoked',
  'notifications.channelUnavailable',
  'system.workerUnavailable',
  'telegram.notConfigured',
  'grievance.stale',
  'grievance.closed',
  'rating.notWorked',
  'rating.tooSoon',
  'rating.alreadyAnswered',
  'checkIn.closed',
  'workReport.notArrived',
  'redFlag.decided',
  'apiKey.ownerOnly',
  'apiKey.tooMany',
  'apiKey.invalid',
  'apiKey.revoked',
  'apiKey.expired',
  'apiKey.routeNotAllowed',
  'apiKey.scopeMissing',
  'webhook.tooMany',
  'webhook.disabled',
  'account.notAdmin',
] as const;

const KNOWN_FIELD_CODES: ReadonlySet<string> = new Set(FIELD_ERROR_CODES);
const KNOWN_PROBLEM_CODES: ReadonlySet<string> = new Set([...PROBLEM_CODES, ...FIELD_ERROR_CODES]);

/** Params the web can fill itself when the API leaves them out, so no "{{min}}" ever shows. */
const DEFAULT_PARAMS: Readonly<Record<string, MessageParams>> = {
  'password.tooShort': { min: PASSWORD_MIN_LENGTH },
  'password.tooLong': { max: PASSWORD_MAX_LENGTH },
  'candidate.underage': { minAge: 18 },
  'document.tooLarge': { maxMegabytes: COMPANY_DOCUMENT_MAX_BYTES / 1024 / 1024 },
};

export function withDefaultParams(code: string, params: MessageParams | undefined): MessageParams {
  return { ...(DEFAULT_PARAMS[code] ?? {}), ...(params ?? {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProblemBody(body: unknown): body is Partial<ProblemDetails> & { code: string } {
  return isRecord(body) && typeof body['code'] === 'string';
}

function toParams(value: unknown): MessageParams {
  if (!isRecord(value)) return {};
  const params: MessageParams = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') params[key] = item;
  }
  return params;
}

function toFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((item) => {
    const field = item['field'];
    const code = item['code'];
    if (typeof field !== 'string' || typeof code !== 'string') return [];
    const known = KNOWN_FIELD_CODES.has(code) ? code : 'validation.invalid';
    return [
      {
        field,
        code: known,
        params: withDefaultParams(known, toParams(item['params'])),
        message: typeof item['message'] === 'string' ? item['message'] : '',
      },
    ];
  });
}

function codeForStatus(status: number): string {
  switch (status) {
    case 0:
      return 'http.network';
    case 400:
    case 422:
      return 'http.badRequest';
    case 401:
      return 'auth.unauthenticated';
    case 403:
      return 'auth.forbidden';
    case 404:
      return 'http.notFound';
    case 409:
      return 'http.conflict';
    case 413:
      return 'http.payloadTooLarge';
    case 415:
      return 'http.unsupportedMediaType';
    case 423:
      return 'auth.locked';
    case 429:
      return 'auth.tooManyAttempts';
    case 502:
    case 503:
    case 504:
      return 'http.unavailable';
    default:
      return status >= 500 ? 'http.internal' : 'http.unknown';
  }
}

/**
 * What an upload form shows: the API's error on the file field when there is one (e.g. the account's document quota,
 * with its numbers), else the problem itself.
 */
export function uploadProblemOf(problem: UiProblem): UiProblem {
  const onFile = problem.fieldErrors.find((error) => error.field === 'file');
  return onFile ? { status: problem.status, code: onFile.code, params: onFile.params ?? {}, fieldErrors: problem.fieldErrors } : problem;
}

/** Turns whatever a request failed with into a translatable problem; unknown codes fall back by status. */
export function toUiProblem(error: unknown): UiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: 'http.unknown', params: {}, fieldErrors: [] };
  }
  const status = error.status;
  const body: unknown = error.error;
  if (status === 0) return { status, code: 'http.network', params: {}, fieldErrors: [] };

  const fieldErrors = isRecord(body) ? toFieldErrors(body['errors']) : [];
  let code = isProblemBody(body) && KNOWN_PROBLEM_CODES.has(body.code) ? body.code : codeForStatus(status);
  // A field's own code as the whole answer (e.g. 422 'wage.belowFloor' with the field error): the field says
  // it in full, the alert points there.
  if ((code === 'http.badRequest' || KNOWN_FIELD_CODES.has(code)) && fieldErrors.length > 0) code = 'validation.failed';
  let params = withDefaultParams(code, isProblemBody(body) ? toParams(body.params) : {});

  if (code === 'auth.tooManyAttempts' && params['retryAfterSeconds'] === undefined) {
    const header = Number(error.headers?.get('Retry-After'));
    if (Number.isFinite(header) && header > 0) params = { ...params, retryAfterSeconds: Math.ceil(header) };
    else code = 'auth.tooManyAttemptsLater';
  }
  // People read minutes, not "386 s": the message shows the wait rounded up to whole minutes.
  if (code === 'auth.tooManyAttempts' && params['retryAfterMinutes'] === undefined) {
    params = { ...params, retryAfterMinutes: Math.max(1, Math.ceil(Number(params['retryAfterSeconds']) / 60)) };
  }
  return { status, code, params, fieldErrors };
}
