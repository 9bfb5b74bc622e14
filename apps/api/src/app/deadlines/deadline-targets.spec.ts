import { DEADLINE_STAGES, DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, deadlineCountries, deadlineFor } from '@jumush/domain';
import { deadlineTargets, type DeadlineConfig } from './deadline-targets';

const defaults: DeadlineConfig = {
  BATCH_DECISION_WORKING_DAYS: 3,
  SHORTLIST_CALENDAR_DAYS: 7,
  COMPANY_VERIFICATION_WORKING_DAYS: 5,
  VACANCY_REVIEW_WORKING_DAYS: 3,
  GRIEVANCE_TAKE_UP_WORKING_DAYS: 2,
  GRIEVANCE_RESOLUTION_WORKING_DAYS: 10,
};

describe('the deadline targets in force', () => {
  it('are the domain’s defaults when configuration keeps its defaults', () => {
    expect(deadlineTargets(defaults)).toEqual(DEFAULT_DEADLINE_TARGETS);
  });

  it('take each stage’s day count from its setting', () => {
    const targets = deadlineTargets({ ...defaults, COMPANY_VERIFICATION_WORKING_DAYS: 8, GRIEVANCE_TAKE_UP_WORKING_DAYS: 1 });
    expect(targets.companyVerification).toEqual({ days: 8, count: 'workingDays' });
    expect(targets.grievanceTakeUp).toEqual({ days: 1, count: 'workingDays' });
    expect(targets.shortlisting).toEqual({ days: 7, count: 'calendarDays' });
  });

  // Thursday 19 March 2026: Friday 20 is Orozo Ait in Kyrgyzstan, not in Russia or for a country without a calendar.
  it.each([
    ['batchDecision', 'KG', '2026-03-25'],
    ['batchDecision', 'RU', '2026-03-24'],
    ['shortlisting', 'KG', '2026-03-26'],
    ['companyVerification', 'KG', '2026-03-27'],
    ['vacancyReview', 'KG', '2026-03-25'],
    ['grievanceTakeUp', 'KG', '2026-03-24'],
    ['grievanceResolution', 'KG', '2026-04-03'],
  ] as const)('%s for %s started on 19 March is due at the end of %s (Moscow)', (stage, country, due) => {
    expect(DEADLINE_STAGES).toContain(stage);
    expect(deadlineFor(stage, '2026-03-19T12:00:00+03:00', deadlineTargets(defaults), MOSCOW_UTC_OFFSET_MINUTES, deadlineCountries(country))).toBe(
      `${due}T20:59:59.999Z`,
    );
  });
});
