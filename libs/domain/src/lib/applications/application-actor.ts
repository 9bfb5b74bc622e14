/** Who moves a migrant's application: the migrant, the employer, the attaché's staff, an admin, or the system. */
import { Role } from '../accounts/role';

/**
 * WorkflowActor has no migrant (migrants move no vacancy or company), so applications have their own actors.
 * The values are those of WorkflowActor plus MIGRANT, so one history table can record moves of every workflow.
 */
export enum ApplicationActor {
  Migrant = 'MIGRANT',
  Employer = 'EMPLOYER',
  Attache = 'ATTACHE',
  Admin = 'ADMIN',
  /** Scheduled and cascading jobs: a vacancy closing, an employer suspended, a batch returned. */
  System = 'SYSTEM',
}

export const ALL_APPLICATION_ACTORS: readonly ApplicationActor[] = Object.values(ApplicationActor);

/** The actor a signed-in person acts as on an application; every role has one, nobody acts as the system. */
export function applicationActorOf(role: Role): ApplicationActor {
  switch (role) {
    case Role.Migrant:
      return ApplicationActor.Migrant;
    case Role.Employer:
      return ApplicationActor.Employer;
    case Role.Attache:
      return ApplicationActor.Attache;
    case Role.Admin:
      return ApplicationActor.Admin;
  }
}
