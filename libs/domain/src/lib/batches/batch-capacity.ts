/** Whether a vacancy still has room for a batch: an employer may not send the attaché more migrants than places. */

export interface BatchCapacityProblem {
  code: 'batch.exceedsRemainingPositions';
  /** Placeholders of the translated message, in the API's `params` shape. */
  params: { remaining: number; requested: number };
}

export interface BatchCapacityCheck {
  /** Places the vacancy offers. */
  positions: number;
  /** Places already taken, however the caller counts them (approved applications, as a rule). */
  filledPositions: number;
  /**
   * Approvals already given but not yet counted in filledPositions, if the caller counts places some other way
   * (say, on arrival). Defaults to 0; never count an approval in both.
   */
  approvedPending?: number;
  /** Migrants in the batch. */
  batchSize: number;
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number of at least 0: ${value}`);
}

/**
 * Places still free; never below 0. More places can be taken than offered (the employer lowered the number after
 * approvals); the vacancy is then full, not owed places.
 */
export function remainingPositions(positions: number, filled: number): number {
  assertCount(positions, 'A number of positions');
  assertCount(filled, 'A number of filled positions');
  return Math.max(0, positions - filled);
}

/**
 * Null when the batch fits into the places left. A batch exactly filling them fits. Other open batches of the same
 * vacancy reserve nothing here: several may be submitted at once, and it is the attaché's approvals that take the
 * places (see planBatchDecision, and the API's check under concurrency).
 * Throws on a count that is not a whole number of at least 0: the query that produced it has a bug.
 */
export function batchCapacityProblem(check: BatchCapacityCheck): BatchCapacityProblem | null {
  const { positions, filledPositions, approvedPending = 0, batchSize } = check;
  assertCount(approvedPending, 'A number of pending approvals');
  assertCount(batchSize, 'A batch size');
  const remaining = remainingPositions(positions, filledPositions + approvedPending);
  if (batchSize <= remaining) return null;
  return { code: 'batch.exceedsRemainingPositions', params: { remaining, requested: batchSize } };
}
