import { bundledMessages, type OutboxBundle } from './outbox-bundles';

describe('bundledMessages', () => {
  it('gives each message its aggregate, its recipients and its payload: the constants and its own column values', () => {
    const bundle: OutboxBundle = {
      aggregateIds: ['a1', 'a2'],
      recipientIds: ['c1 r1 r2', 'c2'],
      columns: { applicationId: ['a1', 'a2'], from: ['IN_BATCH', 'SHORTLISTED'], reason: [null, 'why'] },
      constants: { to: 'CLOSED' },
    };
    expect(bundledMessages(bundle)).toEqual([
      {
        index: 1,
        aggregateId: 'a1',
        recipientIds: ['c1', 'r1', 'r2'],
        payload: { applicationId: 'a1', from: 'IN_BATCH', reason: null, to: 'CLOSED' },
      },
      { index: 2, aggregateId: 'a2', recipientIds: ['c2'], payload: { applicationId: 'a2', from: 'SHORTLISTED', reason: 'why', to: 'CLOSED' } },
    ]);
  });

  it('refuses a payload whose columns do not line up, or that is no bundle', () => {
    expect(() => bundledMessages({ aggregateIds: ['a1', 'a2'], recipientIds: ['c1'], columns: {}, constants: {} })).toThrow('one recipient list');
    expect(() => bundledMessages({ aggregateIds: ['a1'], recipientIds: ['c1'], columns: { from: [] }, constants: {} })).toThrow('one value');
    expect(() => bundledMessages({ applicationId: 'a1' } as unknown as OutboxBundle)).toThrow('outbox bundle');
  });
});
