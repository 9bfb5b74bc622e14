/**
 * Red flags: rules kept as data (the red_flag_rules table) saying how many reports of one kind, within how many
 * days, put an employer under review. The rules are evaluated here, over the evidence the reports give; the
 * service only gathers the evidence and acts on what trips.
 */
import { SuspensionCategory } from '../employers/suspension-category';

/** What a report says against an employer. */
export const RED_FLAG_SIGNALS = ['passportHeld', 'fee', 'notAsPromised'] as const;
export type RedFlagSignal = (typeof RED_FLAG_SIGNALS)[number];

export function isRedFlagSignal(value: unknown): value is RedFlagSignal {
  return typeof value === 'string' && (RED_FLAG_SIGNALS as readonly string[]).includes(value);
}

export interface RedFlagRule {
  code: string;
  signal: RedFlagSignal;
  /** Reports needed: the rule trips when this many are in the window (exactly this many trips it). */
  threshold: number;
  /** The window in days back from now; null: any time. */
  windowDays: number | null;
}

/** One report against the employer: a grievance, a check-in answer, a fee or terms report. */
export interface RedFlagEvidence {
  /** 'grievance' | 'feeReport' | 'termsReport' … what the id names. */
  kind: string;
  id: string;
  signal: RedFlagSignal;
  at: Date;
}

export interface TrippedRule {
  rule: RedFlagRule;
  /** The reports that tripped it, oldest first. */
  evidence: RedFlagEvidence[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a rule read from the table can be applied: a known signal, a threshold of one or more, a positive window. */
export function isUsableRule(rule: { signal: unknown; threshold: unknown; windowDays: unknown }): boolean {
  return (
    isRedFlagSignal(rule.signal) &&
    Number.isInteger(rule.threshold) &&
    (rule.threshold as number) >= 1 &&
    (rule.windowDays === null || (Number.isInteger(rule.windowDays) && (rule.windowDays as number) >= 1))
  );
}

/** The evidence a rule counts at `now`: its signal, in its window (evidence from the future is not counted). */
export function evidenceInWindow(rule: RedFlagRule, evidence: readonly RedFlagEvidence[], now: Date): RedFlagEvidence[] {
  const since = rule.windowDays === null ? Number.NEGATIVE_INFINITY : now.getTime() - rule.windowDays * DAY_MS;
  return evidence
    .filter((item) => item.signal === rule.signal && item.at.getTime() > since && item.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

/** Every usable rule that trips at `now`, with the evidence that trips it; rules in the order given. */
export function trippedRules(rules: readonly RedFlagRule[], evidence: readonly RedFlagEvidence[], now: Date): TrippedRule[] {
  const tripped: TrippedRule[] = [];
  for (const rule of rules) {
    if (!isUsableRule(rule)) continue;
    const counted = evidenceInWindow(rule, evidence, now);
    if (counted.length >= rule.threshold) tripped.push({ rule, evidence: counted });
  }
  return tripped;
}

/** The suspension's public category when an attaché suspends on a red flag: what the reports were about. */
export function suspensionCategoryOfSignal(signal: RedFlagSignal): SuspensionCategory {
  switch (signal) {
    case 'passportHeld':
      return SuspensionCategory.PassportRetention;
    case 'fee':
      return SuspensionCategory.RecruitmentFees;
    case 'notAsPromised':
      return SuspensionCategory.WageViolation;
  }
}
