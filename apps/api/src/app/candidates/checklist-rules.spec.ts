import type { ChecklistItemDto } from '@jumush/contracts';
import { ChecklistItemStatus } from '@jumush/domain';
import { checklistItemProblem } from './checklist-rules';

const dto = (fields: Partial<ChecklistItemDto>): ChecklistItemDto => ({ status: ChecklistItemStatus.InProgress, ...fields });

describe('checklistItemProblem', () => {
  const today = '2026-03-06';

  it('accepts an item in progress without dates, and a done item completed up to today', () => {
    expect(checklistItemProblem(dto({}), today)).toBeNull();
    expect(checklistItemProblem(dto({ status: ChecklistItemStatus.Done, completedOn: today, validUntil: today }), today)).toBeNull();
  });

  it('wants a completion date for a done item', () => {
    expect(checklistItemProblem(dto({ status: ChecklistItemStatus.Done }), today)).toEqual({ field: 'completedOn', code: 'validation.isNotEmpty' });
  });

  it("refuses a completion date after the candidate's today", () => {
    expect(checklistItemProblem(dto({ completedOn: '2026-03-07' }), today)).toEqual({ field: 'completedOn', code: 'date.inFuture' });
  });

  it('refuses a validity that ends before the completion', () => {
    expect(checklistItemProblem(dto({ completedOn: '2026-03-01', validUntil: '2026-02-28' }), today)).toEqual({
      field: 'validUntil',
      code: 'date.beforeCompleted',
    });
  });

  it('reports a future completion before a validity ending earlier, as the form reads them', () => {
    expect(checklistItemProblem(dto({ completedOn: '2026-03-09', validUntil: '2026-03-08' }), today)?.code).toBe('date.inFuture');
  });
});
