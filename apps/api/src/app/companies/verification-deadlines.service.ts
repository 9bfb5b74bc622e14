/**
 * A company's verification is due in COMPANY_VERIFICATION_WORKING_DAYS in each country where it waits (registered or
 * resubmitted): that country's attachés are reminded the day before, and its supervisors told once it has passed
 * undecided. Written with the submission, through the reminder outbox; a new submission is a new pending time, so the
 * old jobs find nothing.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { reminderTimeFor } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { ReminderJob, jobIdFor } from '@jumush/server/queues';
import { deadlineTargets } from '../deadlines/deadline-targets';
import { OutboxService } from '../outbox/outbox.service';
import { CompaniesRepository } from './companies.repository';
import { verificationDeadlineOf } from './company-views';

@Injectable()
export class VerificationDeadlinesService {
  constructor(
    private readonly companies: CompaniesRepository,
    private readonly outbox: OutboxService,
    private readonly config: ApiConfig,
  ) {}

  async schedule(
    manager: EntityManager,
    company: { id: string; legalName: string },
    countries: readonly string[],
    pendingSince: Date,
  ): Promise<void> {
    const since = pendingSince.toISOString();
    const targets = deadlineTargets(this.config);
    for (const country of countries) {
      const deadline = verificationDeadlineOf(pendingSince, country, targets);
      const reminder = { aggregateType: 'company', aggregateId: company.id };
      const payload = { subject: company.legalName, deadline, country, pendingSince: since, path: `/attache/companies/${company.id}` };
      const key = (kind: string) => jobIdFor(ReminderJob.Remind, kind, 'company', company.id, country, Date.parse(since));
      await this.outbox.scheduleReminder(
        manager,
        { ...reminder, kind: 'deadline', recipientIds: await this.companies.attachesOf(manager, country), payload },
        new Date(reminderTimeFor(deadline)),
        key('deadline'),
      );
      await this.outbox.scheduleReminder(manager, { ...reminder, kind: 'overdue', recipientIds: [], payload }, new Date(deadline), key('overdue'));
    }
  }
}
