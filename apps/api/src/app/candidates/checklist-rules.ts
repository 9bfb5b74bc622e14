/** What makes a checklist item's dates unacceptable, checked in the order the form reads them. */
import type { ChecklistItemDto } from '@jumush/contracts';
import { ChecklistItemStatus, type IsoDate } from '@jumush/domain';

export interface ChecklistFieldProblem {
  field: 'completedOn' | 'validUntil';
  code: 'validation.isNotEmpty' | 'date.inFuture' | 'date.beforeCompleted';
}

/** `today` is the candidate's home calendar day: a document done "today" in Bishkek is not in the future. */
export function checklistItemProblem(dto: ChecklistItemDto, today: IsoDate): ChecklistFieldProblem | null {
  if (dto.status === ChecklistItemStatus.Done && !dto.completedOn) return { field: 'completedOn', code: 'validation.isNotEmpty' };
  if (dto.completedOn && dto.completedOn > today) return { field: 'completedOn', code: 'date.inFuture' };
  if (dto.completedOn && dto.validUntil && dto.validUntil < dto.completedOn) return { field: 'validUntil', code: 'date.beforeCompleted' };
  return null;
}
