import { ALL_ROLES, Role } from '../accounts/role';
import { ALL_WORKFLOW_ACTORS, WorkflowActor, workflowActorOf } from './workflow-actor';

describe('workflow actors', () => {
  it('maps each role to the actor it acts as', () => {
    expect(ALL_ROLES.map((role) => [role, workflowActorOf(role)])).toEqual([
      [Role.Migrant, null],
      [Role.Employer, WorkflowActor.Employer],
      [Role.Attache, WorkflowActor.Attache],
      [Role.Admin, WorkflowActor.Admin],
    ]);
  });

  it('has the system as an actor no person can be', () => {
    expect(ALL_WORKFLOW_ACTORS).toContain(WorkflowActor.System);
    expect(ALL_ROLES.map(workflowActorOf)).not.toContain(WorkflowActor.System);
  });
});
