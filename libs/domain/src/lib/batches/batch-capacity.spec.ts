import { batchCapacityProblem, remainingPositions } from './batch-capacity';

describe('remaining positions', () => {
  it.each([
    [10, 0, 10],
    [10, 3, 7],
    [10, 9, 1],
    [10, 10, 0],
    // The employer lowered the positions after approvals: full, not negative.
    [10, 12, 0],
    [0, 0, 0],
  ])('%i positions, %i filled: %i left', (positions, filled, left) => {
    expect(remainingPositions(positions, filled)).toBe(left);
  });

  it.each([
    [-1, 0],
    [1.5, 0],
    [10, -1],
    [10, 0.5],
    [Number.NaN, 0],
    [10, Number.POSITIVE_INFINITY],
  ])('rejects %p positions with %p filled', (positions, filled) => {
    expect(() => remainingPositions(positions, filled)).toThrow(RangeError);
  });
});

describe('batch capacity', () => {
  it.each([
    [{ positions: 350, filledPositions: 0, batchSize: 350 }, null],
    [
      { positions: 350, filledPositions: 0, batchSize: 351 },
      { remaining: 350, requested: 351 },
    ],
    [{ positions: 350, filledPositions: 3, batchSize: 347 }, null],
    [
      { positions: 350, filledPositions: 3, batchSize: 348 },
      { remaining: 347, requested: 348 },
    ],
    [
      { positions: 10, filledPositions: 10, batchSize: 1 },
      { remaining: 0, requested: 1 },
    ],
    [
      { positions: 10, filledPositions: 12, batchSize: 1 },
      { remaining: 0, requested: 1 },
    ],
    [{ positions: 10, filledPositions: 4, approvedPending: 3, batchSize: 3 }, null],
    [
      { positions: 10, filledPositions: 4, approvedPending: 3, batchSize: 4 },
      { remaining: 3, requested: 4 },
    ],
    [{ positions: 10, filledPositions: 0, approvedPending: 0, batchSize: 10 }, null],
  ])('%p → %p', (check, params) => {
    expect(batchCapacityProblem(check)).toEqual(params === null ? null : { code: 'batch.exceedsRemainingPositions', params });
  });

  it('lets an empty batch through: whether one may be submitted is not a question of places', () => {
    expect(batchCapacityProblem({ positions: 0, filledPositions: 0, batchSize: 0 })).toBeNull();
  });

  it.each([
    { positions: 10, filledPositions: 0, batchSize: -1 },
    { positions: 10, filledPositions: 0, batchSize: 2.5 },
    { positions: 10, filledPositions: 0, approvedPending: -1, batchSize: 1 },
    { positions: 10, filledPositions: Number.NaN, batchSize: 1 },
    { positions: -10, filledPositions: 0, batchSize: 1 },
  ])('rejects impossible counts %p', (check) => {
    expect(() => batchCapacityProblem(check)).toThrow(RangeError);
  });
});
