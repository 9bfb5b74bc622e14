import { decisionBody, decisionCounts, decisionProblems, decisionSummary, type ExclusionChoice } from './decision-summary';

const exclusions = new Map<string, ExclusionChoice>([
  ['a1', { reasonCode: 'MEDICAL', text: '' }],
  ['a2', { reasonCode: 'OTHER', text: ' no show ' }],
  ['a3', { reasonCode: 'PASSPORT_INVALID', text: '' }],
]);

describe('batch decision summary', () => {
  it('states exactly what each decision does', () => {
    expect(decisionSummary({ kind: 'APPROVE_ALL_EXCEPT', total: 350, exclusions })).toEqual({
      key: 'attacheBatch.summary.APPROVE_ALL_EXCEPT',
      params: { approve: 347, refuse: 3, returned: 0 },
    });
    expect(decisionCounts({ kind: 'APPROVE_ALL', total: 350, exclusions })).toEqual({ approve: 350, refuse: 0, returned: 0 });
    expect(decisionCounts({ kind: 'REFUSE_ALL', total: 12, exclusions: new Map() })).toEqual({ approve: 0, refuse: 12, returned: 0 });
    expect(decisionCounts({ kind: 'RETURN', total: 12, exclusions: new Map() })).toEqual({ approve: 0, refuse: 0, returned: 12 });
  });

  it('asks for a reason per exclusion, text for OTHER, and text for refusing or returning', () => {
    expect(decisionProblems({ kind: 'APPROVE_ALL', total: 1, exclusions: new Map() })).toEqual([]);
    expect(decisionProblems({ kind: 'APPROVE_ALL_EXCEPT', total: 3, exclusions: new Map() })).toEqual(['attacheBatch.problem.noExclusions']);
    expect(
      decisionProblems({
        kind: 'APPROVE_ALL_EXCEPT',
        total: 3,
        exclusions: new Map([
          ['a1', { reasonCode: '', text: '' }],
          ['a2', { reasonCode: 'OTHER', text: 'x' }],
        ]),
      }),
    ).toEqual(['attacheBatch.problem.reasonPerExclusion', 'attacheBatch.problem.textForOther']);
    expect(decisionProblems({ kind: 'REFUSE_ALL', total: 3, exclusions: new Map(), reasonCode: '', text: '' })).toEqual([
      'attacheBatch.problem.reason',
      'attacheBatch.problem.text',
    ]);
    expect(decisionProblems({ kind: 'RETURN', total: 3, exclusions: new Map(), comment: ' ok ' })).toEqual(['attacheBatch.problem.comment']);
  });

  it('builds the request body', () => {
    expect(decisionBody({ kind: 'APPROVE_ALL_EXCEPT', total: 350, exclusions })).toEqual({
      kind: 'APPROVE_ALL_EXCEPT',
      exclusions: [
        { applicationId: 'a1', reasonCode: 'MEDICAL' },
        { applicationId: 'a2', reasonCode: 'OTHER', text: 'no show' },
        { applicationId: 'a3', reasonCode: 'PASSPORT_INVALID' },
      ],
    });
    expect(decisionBody({ kind: 'REFUSE_ALL', total: 2, exclusions: new Map(), reasonCode: 'MEDICAL', text: ' failed check ' })).toEqual({
      kind: 'REFUSE_ALL',
      reasonCode: 'MEDICAL',
      text: 'failed check',
    });
    expect(decisionBody({ kind: 'RETURN', total: 2, exclusions: new Map(), comment: 'fix passports' })).toEqual({
      kind: 'RETURN',
      comment: 'fix passports',
    });
    expect(decisionBody({ kind: 'APPROVE_ALL', total: 2, exclusions })).toEqual({ kind: 'APPROVE_ALL' });
  });
});
