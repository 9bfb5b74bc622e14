import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/**
 * The unique constraint a failed query ran into, or null when the error is something else.
 * The database is what guarantees uniqueness (one INN, one application per vacancy…); this turns its
 * refusal into something a service can answer with a 409.
 */
export function uniqueViolationOf(error: unknown): { constraint: string | null } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = (
    error as QueryFailedError & {
      driverError?: { code?: string; constraint?: string };
    }
  ).driverError;
  return driverError?.code === UNIQUE_VIOLATION ? { constraint: driverError.constraint ?? null } : null;
}
