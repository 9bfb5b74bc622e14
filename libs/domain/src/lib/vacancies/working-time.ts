/** The working-time limits of the Labour Code of the Russian Federation a vacancy's hours are checked against. */

/** The normal working week: at most 40 hours (Labour Code of the Russian Federation, art. 91). */
export const NORMAL_WORKING_WEEK = { hours: 40, source: 'Трудовой кодекс РФ, ст. 91' } as const;

/**
 * Overtime: at most 4 hours on two consecutive days and 120 hours a year (Labour Code of the Russian Federation,
 * art. 99). Only the yearly figure is checked: a weekly schedule does not say how the hours fall on the days.
 */
export const OVERTIME_LIMITS = { twoConsecutiveDaysHours: 4, yearHours: 120, source: 'Трудовой кодекс РФ, ст. 99' } as const;

/** Weeks in a month on average (52 weeks in 12 months): how a monthly wage or contract is spread over weeks. */
export const WEEKS_PER_MONTH = 52 / 12;
