import { ALL_ROLES, Role } from '../accounts/role';
import { ALL_WORKFLOW_ACTORS } from '../state-machine/workflow-actor';
import { ALL_APPLICATION_ACTORS, ApplicationActor, applicationActorOf } from './application-actor';

describe('application actors', () => {
  it('maps each role to the actor it acts as, the migrant included', () => {
    expect(ALL_ROLES.map((role) => [role, applicationActorOf(role)])).toEqual([
      [Role.Migrant, ApplicationActor.Migrant],
      [Role.Employer, ApplicationActor.Employer],
      [Role.Attache, ApplicationActor.Attache],
      [Role.Admin, ApplicationActor.Admin],
    ]);
  });

  it('has the system as an actor no person can be', () => {
    expect(ALL_APPLICATION_ACTORS).toContain(ApplicationActor.System);
    expect(ALL_ROLES.map(applicationActorOf)).not.toContain(ApplicationActor.System);
  });

  it('records the same values as the workflow actors, plus the migrant', () => {
    expect([...ALL_APPLICATION_ACTORS].sort()).toEqual([...ALL_WORKFLOW_ACTORS, 'MIGRANT'].sort());
  });
});
