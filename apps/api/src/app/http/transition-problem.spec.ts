import type { TransitionRefusal } from '@jumush/domain';
import { refusedTransitionProblem } from './transition-problem';

describe('refusedTransitionProblem', () => {
  it('asks for the reason as a field error when one is missing', () => {
    const problem = refusedTransitionProblem('transition.reasonRequired', 'ignored');
    expect(problem.getStatus()).toBe(400);
    expect(problem.init).toEqual({
      code: 'validation.failed',
      errors: [{ field: 'reason', code: 'validation.isNotEmpty', message: 'Say why.' }],
    });
  });

  it.each<TransitionRefusal>(['transition.illegal', 'transition.actorNotAllowed', 'transition.sameState'])(
    'answers %s with 409 and its code',
    (refusal) => {
      const problem = refusedTransitionProblem(refusal, 'A DRAFT thing cannot become GONE.');
      expect(problem.getStatus()).toBe(409);
      expect(problem.init).toEqual({ code: refusal, detail: 'A DRAFT thing cannot become GONE.' });
    },
  );

  it('carries the states, when the caller gives them', () => {
    expect(refusedTransitionProblem('transition.illegal', 'No.', { from: 'DRAFT', to: 'CLOSED' }).init).toEqual({
      code: 'transition.illegal',
      detail: 'No.',
      params: { from: 'DRAFT', to: 'CLOSED' },
    });
  });
});
