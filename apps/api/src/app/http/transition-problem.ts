/** The one answer to a move a workflow's table refuses: a missing reason is the caller's field error, anything else a conflict. */
import type { TransitionRefusal } from '@jumush/domain';
import { ProblemException } from './problem';

export function refusedTransitionProblem(refusal: TransitionRefusal, detail: string, params?: Record<string, string>): ProblemException {
  if (refusal === 'transition.reasonRequired') {
    return new ProblemException(400, {
      code: 'validation.failed',
      errors: [{ field: 'reason', code: 'validation.isNotEmpty', message: 'Say why.' }],
    });
  }
  return new ProblemException(409, { code: refusal, detail, ...(params ? { params } : {}) });
}
