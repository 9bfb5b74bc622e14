/** Who moves vacancies and companies through their workflows: people in a role, or the system itself. */
import { Role } from '../accounts/role';

export enum WorkflowActor {
  Employer = 'EMPLOYER',
  Attache = 'ATTACHE',
  Admin = 'ADMIN',
  /** Scheduled jobs: a deadline passing, a vacancy filled by its last hire. */
  System = 'SYSTEM',
}

export const ALL_WORKFLOW_ACTORS: readonly WorkflowActor[] = Object.values(WorkflowActor);

/** The actor a signed-in person acts as; migrants move no vacancy or company, so they have none. */
export function workflowActorOf(role: Role): WorkflowActor | null {
  switch (role) {
    case Role.Employer:
      return WorkflowActor.Employer;
    case Role.Attache:
      return WorkflowActor.Attache;
    case Role.Admin:
      return WorkflowActor.Admin;
    case Role.Migrant:
      return null;
  }
}
