import { CHAIN_START, walkAuditChain } from './audit-chain';
import type { AuditChainRow } from './audit-events.repository';

/** A sound chain of `count` links from seq 1: each points at the previous hash and hashes as the database expects. */
const chain = (count: number): AuditChainRow[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `event-${index + 1}`,
    seq: String(index + 1),
    prev_hash: index === 0 ? null : `hash-${index}`,
    hash: `hash-${index + 1}`,
    expected: `hash-${index + 1}`,
  }));

const withLink = (rows: AuditChainRow[], index: number, changes: Partial<AuditChainRow>) =>
  rows.map((row, i) => (i === index ? { ...row, ...changes } : row));

describe('walking the audit chain', () => {
  it('passes a sound chain and says where it stopped', () => {
    expect(walkAuditChain(CHAIN_START, chain(3))).toEqual({ checked: 3, previousSeq: 3n, previousHash: 'hash-3' });
  });

  it('passes an empty page without moving', () => {
    expect(walkAuditChain(CHAIN_START, [])).toEqual(CHAIN_START);
  });

  it('goes on from where the previous page stopped', () => {
    const rows = chain(5);
    const first = walkAuditChain(CHAIN_START, rows.slice(0, 2));
    expect('ok' in first).toBe(false);
    expect(walkAuditChain(first as typeof CHAIN_START, rows.slice(2))).toEqual({ checked: 5, previousSeq: 5n, previousHash: 'hash-5' });
  });

  it.each<[string, AuditChainRow[], { seq: string; problem: string; checked: number }]>([
    ['a first event that is not seq 1', chain(3).slice(1), { seq: '2', problem: 'gap', checked: 0 }],
    ['a missing event', [...chain(2), ...chain(4).slice(3)], { seq: '4', problem: 'gap', checked: 2 }],
    ['an event pointing at another hash', withLink(chain(3), 2, { prev_hash: 'forged' }), { seq: '3', problem: 'brokenLink', checked: 2 }],
    ['a first event pointing at anything', withLink(chain(2), 0, { prev_hash: 'hash-0' }), { seq: '1', problem: 'brokenLink', checked: 0 }],
    [
      'an edited event (its hash no longer matches)',
      withLink(chain(3), 1, { expected: 'recomputed' }),
      { seq: '2', problem: 'hashMismatch', checked: 1 },
    ],
  ])('names %s', (_name, rows, broken) => {
    const eventId = rows.find((row) => row.seq === broken.seq)?.id;
    expect(walkAuditChain(CHAIN_START, rows)).toEqual({
      ok: false,
      checked: broken.checked,
      firstBroken: { seq: broken.seq, eventId, problem: broken.problem },
    });
  });

  it('reports the first broken link only', () => {
    const rows = withLink(withLink(chain(4), 1, { expected: 'x' }), 3, { prev_hash: 'y' });
    expect(walkAuditChain(CHAIN_START, rows)).toMatchObject({ firstBroken: { seq: '2', problem: 'hashMismatch' } });
  });
});
