/** The migrant's pre-departure checklist: how ready they are to travel, and what is still missing or has lapsed. */
import type { IsoDate } from '../vacancies/minimum-wage-table';
import { assertIsoDate } from '../vacancies/wage-floor';
import { PASSPORT_MARGIN_MONTHS, passportValidityProblem, type PassportValidityProblem } from './passport-validity';
import { ChecklistItemKind, ChecklistItemStatus } from './checklist-kinds';
import { requiredChecklistItemsFor, type LegalRegime } from '../countries/legal-regime';

export { ChecklistItemKind, ChecklistItemStatus } from './checklist-kinds';

export interface ChecklistItem {
  kind: ChecklistItemKind;
  status: ChecklistItemStatus;
  completedOn?: IsoDate;
  /** The last day the document or certificate is valid; none for things that do not lapse, like the orientation. */
  validUntil?: IsoDate;
}

/**
 * Every kind of item any country's citizens may need, in the order the checklist shows them. What one migrant needs
 * depends on their citizenship: see requiredChecklistItemsFor (libs/domain countries/legal-regime).
 */
export const REQUIRED_CHECKLIST_ITEMS: readonly ChecklistItemKind[] = Object.values(ChecklistItemKind);

export interface ReadinessContext {
  today: IsoDate;
  /** With plannedStart, the passport must also last the contract plus a margin (see passportValidityProblem). */
  contractMonths?: number;
  plannedStart?: IsoDate;
  passportMarginMonths?: number;
  /**
   * The legal regime of the candidate's citizenship (origin_countries.legal_regime): its rule set decides which items
   * are required. Without it (a country not on the exchange), every kind is required, the strictest list.
   */
  regime?: LegalRegime | null;
  /** Overrides the regime's list. */
  required?: readonly ChecklistItemKind[];
}

export interface Readiness {
  /** Share of required items done and still valid, rounded down: 100 only when everything is done. */
  percent: number;
  done: ChecklistItemKind[];
  /** Not started, in progress, or not on the list at all. */
  missing: ChecklistItemKind[];
  /** Done once but no longer valid today, or (the passport) not valid long enough for the contract. */
  expired: ChecklistItemKind[];
  /** Why the passport is in `expired`, so the migrant is told the right thing; null when it is not there. */
  passportProblem: PassportValidityProblem | null;
  ready: boolean;
}

type ItemState = { state: 'done' } | { state: 'missing' } | { state: 'expired'; passportProblem: PassportValidityProblem | null };

function stateOf(item: ChecklistItem, context: ReadinessContext): ItemState {
  const isPassport = item.kind === ChecklistItemKind.ForeignPassport;
  if (item.status === ChecklistItemStatus.Expired) return { state: 'expired', passportProblem: isPassport ? 'passport.expired' : null };
  if (item.status !== ChecklistItemStatus.Done) return { state: 'missing' };
  if (item.validUntil !== undefined) assertIsoDate(item.validUntil);
  if (isPassport) {
    // Every passport has an expiry date; without it the check cannot be made, so the passport is not done.
    if (item.validUntil === undefined) return { state: 'missing' };
    const { contractMonths, plannedStart } = context;
    const problem =
      contractMonths !== undefined && plannedStart !== undefined
        ? passportValidityProblem({
            expiresOn: item.validUntil,
            today: context.today,
            contractMonths,
            startDate: plannedStart,
            marginMonths: context.passportMarginMonths ?? PASSPORT_MARGIN_MONTHS,
          })
        : item.validUntil < context.today
          ? 'passport.expired'
          : null;
    return problem === null ? { state: 'done' } : { state: 'expired', passportProblem: problem };
  }
  // Valid through its last day.
  if (item.validUntil !== undefined && item.validUntil < context.today) return { state: 'expired', passportProblem: null };
  return { state: 'done' };
}

const RANK: Record<ItemState['state'], number> = { missing: 0, expired: 1, done: 2 };

/**
 * How far the migrant is with the required items. Items of kinds not required are ignored. Should a kind be
 * recorded twice (an old passport and a new one), the better record counts: done over expired over missing.
 */
export function readinessOf(items: readonly ChecklistItem[], context: ReadinessContext): Readiness {
  assertIsoDate(context.today);
  if (context.plannedStart !== undefined) assertIsoDate(context.plannedStart);
  const required = context.required ?? requiredChecklistItemsFor(context.regime);
  const result: Readiness = { percent: 0, done: [], missing: [], expired: [], passportProblem: null, ready: false };
  for (const kind of required) {
    const best = items
      .filter((item) => item.kind === kind)
      .map((item) => stateOf(item, context))
      .reduce<ItemState>((a, b) => (RANK[b.state] > RANK[a.state] ? b : a), { state: 'missing' });
    result[best.state].push(kind);
    if (best.state === 'expired' && kind === ChecklistItemKind.ForeignPassport) result.passportProblem = best.passportProblem;
  }
  result.percent = required.length === 0 ? 100 : Math.floor((result.done.length * 100) / required.length);
  result.ready = result.done.length === required.length;
  return result;
}

/** A checklist item as stored: a date not recorded is null. */
export interface StoredChecklistItem {
  kind: ChecklistItemKind;
  status: ChecklistItemStatus;
  completedOn?: IsoDate | null;
  validUntil?: IsoDate | null;
}

/**
 * A candidate's readiness from their stored checklist and the passport expiry they gave in the profile wizard: that
 * expiry counts as the FOREIGN_PASSPORT item's validity when the item records none (it does not make the item done).
 */
export function candidateReadinessOf(items: readonly StoredChecklistItem[], passportExpiresOn: IsoDate | null, context: ReadinessContext): Readiness {
  const checklist: ChecklistItem[] = items.map((item) => {
    const validUntil = item.validUntil ?? (item.kind === ChecklistItemKind.ForeignPassport ? passportExpiresOn : null);
    return {
      kind: item.kind,
      status: item.status,
      ...(item.completedOn != null ? { completedOn: item.completedOn } : {}),
      ...(validUntil != null ? { validUntil } : {}),
    };
  });
  return readinessOf(checklist, context);
}
