import { BatchStatus } from '@jumush/domain';
import { BatchesRepository } from './batches.repository';

const decision = {
  batchId: 'batch',
  vacancyId: 'vacancy',
  approvedBefore: [] as string[],
  refusals: [] as Array<{ id: string; reasonCode: string; text: string | null }>,
  codes: ['AAAA', 'BBBB'],
  decidedOn: '2026-12-03',
  office: 'Office',
  decidedAt: new Date('2026-12-03T12:00:00Z'),
  decidedBy: 'attache',
};

/** The sequel's CTEs and parameters, as a move's statement would number them after its own `offset` parameters. */
function sequelOf(args: Parameters<BatchesRepository['decisionSequel']>[0], offset = 3) {
  const values: unknown[] = Array.from({ length: offset }, () => 'own');
  const parts = new BatchesRepository(null as never).decisionSequel(args)((value, cast) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  });
  return {
    parts: Object.fromEntries(parts.map((part) => [part.name, part.sql])),
    names: parts.map((part) => part.name),
    values: values.slice(offset),
  };
}

describe('BatchesRepository.decisionSequel', () => {
  it('closes the items, fills the positions, marks the batch decided and issues the letters of the approvals the carrying move moved', () => {
    const { parts, names, values } = sequelOf({ ...decision, moved: 'approved' });
    expect(names).toEqual(['decision_approved', 'decision_refused', 'decision_items', 'decision_positions', 'decision_batch', 'decision_letters']);
    expect(parts['decision_approved']).toBe('SELECT id FROM enriched');
    expect(parts['decision_refused']).toContain('WHERE false');
    expect(parts['decision_items']).toContain('SET open = false');
    expect(parts['decision_positions']).toContain('filled_positions = filled_positions + approvals.count');
    expect(parts['decision_letters']).toContain('WITH ORDINALITY');
    expect(values).toEqual(
      expect.arrayContaining(['batch', 'vacancy', ['AAAA', 'BBBB'], '2026-12-03', 'Office', BatchStatus.Decided, decision.decidedAt, 'attache']),
    );
    // Parameters are numbered after the move's own.
    expect(parts['decision_items']).toContain('bi.batch_id = $4::uuid');
  });

  it('records the refusals the carrying move moved, with their reasons, and the approvals an earlier statement moved', () => {
    const refusals = [{ id: 'r1', reasonCode: 'MEDICAL', text: 'no certificate' }];
    const { parts, values } = sequelOf({ ...decision, moved: 'refused', approvedBefore: ['a1', 'a2'], refusals });
    expect(parts['decision_refused']).toBe('SELECT id FROM enriched');
    expect(parts['decision_approved']).toMatch(/^SELECT unnest\(\$\d+::uuid\[\]\) AS id$/);
    expect(values).toContainEqual(['a1', 'a2']);
    expect(values).toContain(JSON.stringify({ r1: { code: 'MEDICAL', text: 'no certificate' } }));
  });
});
