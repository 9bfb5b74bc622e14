import { ApplicationStatus } from '../applications/application-lifecycle';
import { CITIZENSHIP_EDITABLE_WITH, citizenshipChangeProblem } from './citizenship-change';

describe('changing the citizenship', () => {
  it('is free with no application at all', () => {
    expect(citizenshipChangeProblem([])).toBeNull();
  });

  it.each(Object.values(ApplicationStatus))('with one application %s: allowed only before anyone vetted the migrant', (status) => {
    const expected = [ApplicationStatus.Submitted, ApplicationStatus.Declined, ApplicationStatus.Withdrawn, ApplicationStatus.Closed].includes(status)
      ? null
      : 'citizenship.locked';
    expect(citizenshipChangeProblem([status])).toBe(expected);
  });

  it('is locked by one shortlisted application among submitted ones', () => {
    expect(citizenshipChangeProblem([ApplicationStatus.Submitted, ApplicationStatus.Shortlisted, ApplicationStatus.Withdrawn])).toBe(
      'citizenship.locked',
    );
  });

  it('lists the statuses that leave it free', () => {
    expect(CITIZENSHIP_EDITABLE_WITH).toEqual(['SUBMITTED', 'DECLINED', 'WITHDRAWN', 'CLOSED']);
  });
});
