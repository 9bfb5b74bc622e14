/**
 * The one clock of the API and the worker. Services ask it for "now" and for a calendar's today instead of calling
 * `new Date()`, so a test can fix time and every rule names the calendar it counts on (see `@jumush/domain` calendars).
 */
import { Injectable } from '@nestjs/common';
import { calendarToday, type IsoDate } from '@jumush/domain';

@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date on the calendar of `timeZone` (e.g. `MOSCOW_TIME_ZONE`, or `homeTimeZoneOf(country)`). */
  today(timeZone: string): IsoDate {
    return calendarToday(timeZone, this.now());
  }
}

/** A clock that stands still (or moves only when told): for tests. */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date): void {
    this.instant = instant;
  }

  advance(milliseconds: number): void {
    this.instant = new Date(this.instant.getTime() + milliseconds);
  }
}
