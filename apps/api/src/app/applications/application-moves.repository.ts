/**
 * The one place that moves applications. Every path that changes an application's status — the employer's
 * shortlist and decline, the batch's submission and the attaché's decision, the migrant's withdrawal, the closure
 * when a vacancy closes or an employer is suspended, the deletion of an account — calls `move`, which in ONE
 * statement, in the caller's transaction:
 *   1. selects the applications by the statuses the domain's table allows for that move and actor (row locks),
 *   2. moves them, with their reason, and bumps their version,
 *   3. writes a timeline entry for each, and for them all one audit event that lists them and one outbox bundle
 *      of their notifications (the worker writes out one message per application; see OneRecordPerMove),
 *   4. undoes what leaving a status held: an approved application that gives its approval up (a withdrawal, not
 *      the departure) frees its position and its letter stops being valid; one that leaves its batch without a decision closes its batch item.
 * It returns the rows that moved; those not in a source status are left alone (the caller decides whether that
 * is a conflict). `moveWith` writes, in the same statement, what the caller adds from the moved rows (a batch
 * decision's items and letters) and answers only how many moved.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ApplicationActor,
  ApplicationStatus,
  applicationActorOf,
  applicationMoveSources,
  applicationMoveTarget,
  employerIsToldOf,
  leavesBatchUndecided,
  releasesApproval,
  type Actor,
  type ApplicationMove,
} from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

/** Which applications a move considers; at least one of the first four narrows it, the rest narrow further. */
export interface ApplicationSelection {
  applicationIds?: readonly string[];
  vacancyIds?: readonly string[];
  companyId?: string;
  candidateId?: string;
  /** Only candidates of these citizenships (a country's suspension or reinstatement of an employer). */
  citizenships?: readonly string[];
  /** Only applications whose recorded reason is this (what a suspension closed, to reopen it). */
  statusReason?: string;
  /** Only applications whose vacancy still takes the candidate on this Moscow date: published, deadline not passed, a position left, open to their country. */
  vacancyTakesApplicantsOn?: string;
}

export interface ApplicationMoveRequest {
  move: ApplicationMove;
  /** Null: the system (a cascade, a job), recorded as SYSTEM in the timeline and with no actor in the audit. */
  actor: Actor | null;
  select: ApplicationSelection;
  /** The reason recorded for every moved application (a refusal's text, a closure's cause). */
  reason?: string | null;
  /** A reason per application, e.g. each refusal's code and text; overrides `reason` for those it names. */
  reasonById?: Readonly<Record<string, string>>;
  /** Optimistic lock for a single application: moves it only if nobody changed it since this version was read. */
  expectedVersion?: number;
  /** What the notifications say besides the move itself (e.g. each candidate's place in the attaché's queue). */
  messageFields?: MessageFields;
}

/** Fields of a move's notifications: `constants` alike in every message, `perApplication` a value per application id and field. */
export interface MessageFields {
  constants?: Readonly<Record<string, string | number>>;
  perApplication?: Readonly<Record<string, Readonly<Record<string, string | number>>>>;
}

/** A field's name goes into the statement's text: letters only. */
function fieldName(name: string): string {
  if (!/^[A-Za-z]+$/.test(name)) throw new Error(`A message field is named with letters only: ${name}`);
  return name;
}

export interface MovedApplication {
  id: string;
  previous: ApplicationStatus;
  vacancyId: string;
  reason: string | null;
}

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** The common table expressions of the move statement, in the order they are written. */
export type MovePart = 'target' | 'moved' | 'enriched' | 'timeline' | 'audit' | 'members' | 'outbox' | 'letters' | 'positions' | 'batch_items_left';

/** The move statement taken apart: its parameters and its CTEs, each with a name. */
export interface MoveStatementParts {
  values: unknown[];
  parts: Array<{ name: MovePart; sql: string }>;
}

/** Adds a value to a statement's parameters and answers its placeholder, `$<n>::<cast>`. */
export type AddParameter = (value: unknown, cast: string) => string;

/**
 * What a caller writes in a move's own statement, after the move's parts: common table expressions that read the
 * moved applications from `enriched` (id, previous, vacancy_id, reason, vacancy_title, company_id,
 * candidate_account_id), with their parameters added through `param`. Their names must not be a MovePart. A CTE of
 * theirs must not update a row one of the move's parts updates (of two updates of one row in one statement only one
 * takes effect, and which is not defined): a sequel is for what the move itself leaves alone.
 */
export type MoveSequel = (param: AddParameter) => Array<{ name: string; sql: string }>;

/** The statement `move` runs; exported so its shape is unit-tested and the benchmark can time it alone. */
export function moveApplicationsStatement(request: ApplicationMoveRequest): SqlStatement {
  const { values, parts } = moveApplicationsParts(request);
  return { text: composeMoveStatement(parts, 'SELECT id, previous, vacancy_id, reason FROM enriched ORDER BY id'), values };
}

/** The statement `moveWith` runs: the move's parts, then the sequel's; it answers the number of moved applications (`moved`), not their rows. */
export function moveWithSequelStatement(request: ApplicationMoveRequest, sequel: MoveSequel): SqlStatement {
  const { values, parts } = moveWithSequelParts(request, sequel);
  return { text: composeMoveStatement(parts, 'SELECT count(*)::int AS moved FROM enriched'), values };
}

/** The move's parts, then the sequel's, with their parameters (the benchmark times them apart). */
export function moveWithSequelParts(
  request: ApplicationMoveRequest,
  sequel: MoveSequel,
): { values: unknown[]; parts: Array<{ name: string; sql: string }> } {
  const { values, parts } = moveApplicationsParts(request);
  const added = sequel(parameterAdder(values));
  const clash = added.find((part) => parts.some((own) => own.name === part.name));
  if (clash) throw new Error(`A move's sequel cannot name a part ${clash.name}: the move has one`);
  return { values, parts: [...parts, ...added] };
}

/** `WITH <parts> <result>`: the whole statement, or (in the benchmark) some of its parts. */
export function composeMoveStatement(parts: ReadonlyArray<{ name: string; sql: string }>, result: string): string {
  return `WITH ${parts.map((part) => `${part.name} AS (${part.sql})`).join(', ')}\n${result}`;
}

/** The `param` of a statement whose parameters are `values`: each value added is numbered after those already there. */
function parameterAdder(values: unknown[]): AddParameter {
  return (value, cast) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
}

/** The move statement's parts; see the file's comment for what each writes. */
export function moveApplicationsParts(request: ApplicationMoveRequest): MoveStatementParts {
  const { select } = request;
  if (!select.applicationIds && !select.vacancyIds && !select.companyId && !select.candidateId) {
    throw new Error('An application move must say which applications it considers');
  }
  const actor = request.actor === null ? ApplicationActor.System : applicationActorOf(request.actor.role);
  const sources = applicationMoveSources(request.move, actor);
  if (sources.length === 0) throw new Error(`${actor} cannot ${request.move} an application`);
  const to = applicationMoveTarget(request.move);
  const values: unknown[] = [];
  const param = parameterAdder(values);

  const filters = [`a.status = ANY(${param(sources, 'application_status[]')})`];
  if (select.applicationIds) filters.push(`a.id = ANY(${param(select.applicationIds, 'uuid[]')})`);
  if (select.vacancyIds || select.companyId) {
    // Closing by vacancy or employer: either condition selects, as the cascade of a vacancy or a company.
    const byVacancy = select.vacancyIds ? `a.vacancy_id = ANY(${param(select.vacancyIds, 'uuid[]')})` : 'false';
    const byCompany = select.companyId ? `a.vacancy_id IN (SELECT id FROM vacancies WHERE company_id = ${param(select.companyId, 'uuid')})` : 'false';
    filters.push(`(${byVacancy} OR ${byCompany})`);
  }
  if (select.candidateId) filters.push(`a.candidate_id = ${param(select.candidateId, 'uuid')}`);
  if (select.citizenships)
    filters.push(`a.candidate_id IN (SELECT id FROM candidate_profiles WHERE origin_country = ANY(${param(select.citizenships, 'text[]')}))`);
  if (select.statusReason !== undefined) filters.push(`a.status_reason = ${param(select.statusReason, 'text')}`);
  if (select.vacancyTakesApplicantsOn !== undefined)
    filters.push(
      `EXISTS (SELECT 1 FROM vacancies v JOIN candidate_profiles p ON p.id = a.candidate_id
                WHERE v.id = a.vacancy_id AND v.status = 'PUBLISHED' AND v.application_deadline >= ${param(select.vacancyTakesApplicantsOn, 'date')}
                  AND v.filled_positions < v.positions AND p.origin_country = ANY(v.open_to))`,
    );
  if (request.expectedVersion !== undefined) filters.push(`a.version = ${param(request.expectedVersion, 'int')}`);

  const target = param(to, 'application_status');
  const commonReason = param(request.reason ?? null, 'text');
  const reason = `coalesce(${param(JSON.stringify(request.reasonById ?? {}), 'jsonb')} ->> a.id::text, ${commonReason})`;
  const timelineRole = param(actor, 'text');
  const actorId = param(request.actor?.id ?? null, 'uuid');
  const auditRole = param(request.actor?.role ?? null, 'text');
  const action = param(`application.${to.toLowerCase()}`, 'text');
  const moveName = param(request.move, 'text');
  const tellsEmployer = param(employerIsToldOf(request.move), 'boolean');
  const approved = param(ApplicationStatus.Approved, 'application_status');
  const inBatch = param(ApplicationStatus.InBatch, 'application_status');
  // Leaving APPROVED for the journey keeps the approval; a withdrawal gives it up.
  const releasesPlace = param(releasesApproval(request.move), 'boolean');
  // Leaving a batch by the batch's own decision (approve, refuse, back to the shortlist) is the batch's business.
  const closesBatchPlace = param(leavesBatchUndecided(request.move), 'boolean');
  // The caller's own message fields, when it has any (the statement stays as it was for every other move).
  const { constants: extraConstants, perApplication } = request.messageFields ?? {};
  const constantFields = extraConstants ? ` || ${param(JSON.stringify(extraConstants), 'jsonb')}` : '';
  const perApplicationValues = perApplication ? param(JSON.stringify(perApplication), 'jsonb') : null;
  const perApplicationFields = perApplicationValues
    ? [...new Set(Object.values(perApplication ?? {}).flatMap((fields) => Object.keys(fields)))]
        .map(fieldName)
        .map((field) => ` || jsonb_build_object('${field}', jsonb_agg(${perApplicationValues} -> e.id::text -> '${field}' ORDER BY e.id))`)
        .join('')
    : '';

  const parts: MoveStatementParts['parts'] = [
    {
      name: 'target',
      sql: `SELECT a.id, a.status AS previous FROM applications a WHERE ${filters.join(' AND ')} ORDER BY a.id FOR UPDATE OF a`,
    },
    {
      name: 'moved',
      sql: `UPDATE applications a SET status = ${target}, status_reason = ${reason}, version = a.version + 1, updated_at = now()
              FROM target WHERE a.id = target.id
            RETURNING a.id, target.previous, a.vacancy_id, a.candidate_id, a.status_reason AS reason`,
    },
    {
      name: 'enriched',
      sql: `SELECT m.id, m.previous, m.vacancy_id, m.reason, v.title AS vacancy_title, v.company_id, p.account_id AS candidate_account_id
              FROM moved m JOIN vacancies v ON v.id = m.vacancy_id LEFT JOIN candidate_profiles p ON p.id = m.candidate_id`,
    },
    {
      name: 'timeline',
      sql: `INSERT INTO application_events (application_id, from_status, to_status, actor_role, actor_id, reason)
            SELECT id, previous, ${target}, ${timelineRole}, ${actorId}, reason FROM enriched ORDER BY id`,
    },
    {
      // One event for the move, listing what it moved column by column (the hash chain links it once, whatever the count).
      name: 'audit',
      sql: `INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data)
            SELECT ${actorId}, ${auditRole}, ${action}, 'applications', '', ${commonReason},
                   jsonb_build_object('to', ${target}, 'move', ${moveName}, 'applicationIds', array_agg(id ORDER BY id),
                     'from', array_agg(previous ORDER BY id), 'vacancyIds', array_agg(vacancy_id ORDER BY id), 'reasons', array_agg(reason ORDER BY id))
              FROM enriched HAVING count(*) > 0`,
    },
    {
      // The recruiters of each employer concerned, looked up once per employer rather than once per application.
      name: 'members',
      sql: `SELECT cm.company_id, array_agg(DISTINCT cm.account_id) AS account_ids FROM company_members cm
             WHERE ${tellsEmployer} AND cm.account_id IS NOT NULL AND cm.company_id IN (SELECT company_id FROM enriched)
             GROUP BY cm.company_id`,
    },
    {
      // One bundle for the move (OutboxBundle): a message per application to the candidate and, when the move
      // concerns the employer, its recruiters (each person once); the worker writes each out as an outbox row.
      name: 'outbox',
      sql: `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload, bundle_size)
            SELECT 'application.' || lower(${target}::text), 'application', '', '{}',
                   jsonb_build_object(
                     'aggregateIds', array_agg(e.id ORDER BY e.id),
                     'recipientIds', array_agg(array_to_string(r.account_ids, ' ') ORDER BY e.id),
                     -- A field alike in every message is written once (a batch's decision: one vacancy, one status, no reason).
                     'constants', jsonb_build_object('to', ${target})
                       || CASE WHEN count(DISTINCT e.vacancy_id) = 1
                               THEN jsonb_build_object('vacancyId', min(e.vacancy_id::text), 'vacancyTitle', min(e.vacancy_title)) ELSE '{}' END
                       || CASE WHEN count(DISTINCT e.previous) = 1 THEN jsonb_build_object('from', min(e.previous::text)) ELSE '{}' END
                       || CASE WHEN count(e.reason) = 0 OR (count(DISTINCT e.reason) = 1 AND count(e.reason) = count(*))
                               THEN jsonb_build_object('reason', min(e.reason)) ELSE '{}' END${constantFields},
                     'columns', jsonb_build_object('applicationId', array_agg(e.id ORDER BY e.id))
                       || CASE WHEN count(DISTINCT e.vacancy_id) = 1 THEN '{}'
                               ELSE jsonb_build_object('vacancyId', array_agg(e.vacancy_id ORDER BY e.id), 'vacancyTitle', array_agg(e.vacancy_title ORDER BY e.id)) END
                       || CASE WHEN count(DISTINCT e.previous) = 1 THEN '{}' ELSE jsonb_build_object('from', array_agg(e.previous ORDER BY e.id)) END
                       || CASE WHEN count(e.reason) = 0 OR (count(DISTINCT e.reason) = 1 AND count(e.reason) = count(*))
                               THEN '{}' ELSE jsonb_build_object('reason', array_agg(e.reason ORDER BY e.id)) END${perApplicationFields}),
                   count(*)
              FROM enriched e LEFT JOIN members m ON m.company_id = e.company_id
             CROSS JOIN LATERAL (
               SELECT CASE WHEN e.candidate_account_id IS NULL OR e.candidate_account_id = ANY(m.account_ids) THEN coalesce(m.account_ids, '{}')
                           ELSE e.candidate_account_id || coalesce(m.account_ids, '{}') END AS account_ids
             ) r
             WHERE cardinality(r.account_ids) > 0 HAVING count(*) > 0`,
    },
    {
      name: 'letters',
      sql: `UPDATE approval_letters l SET revoked_at = now(), revoked_reason = ${action}
              FROM enriched e WHERE ${releasesPlace} AND l.application_id = e.id AND e.previous = ${approved} AND l.revoked_at IS NULL`,
    },
    {
      name: 'positions',
      sql: `UPDATE vacancies v SET filled_positions = greatest(v.filled_positions - freed.positions, 0), updated_at = now()
              FROM (SELECT vacancy_id, count(*)::int AS positions FROM enriched WHERE ${releasesPlace} AND previous = ${approved} GROUP BY vacancy_id) freed
             WHERE v.id = freed.vacancy_id`,
    },
    {
      name: 'batch_items_left',
      sql: `UPDATE batch_items bi SET open = false
              FROM enriched e WHERE ${closesBatchPlace} AND bi.application_id = e.id AND e.previous = ${inBatch} AND bi.open`,
    },
  ];
  return { values, parts };
}

@Injectable()
export class ApplicationMovesRepository {
  /** Moves the selected applications in the caller's transaction; see the file's comment for what it writes. */
  async move(manager: EntityManager, request: ApplicationMoveRequest): Promise<MovedApplication[]> {
    const { applicationIds, vacancyIds, companyId } = request.select;
    // An empty list selects nothing (unless the company selects on its own): no statement to run.
    if (applicationIds?.length === 0 || (vacancyIds?.length === 0 && !companyId)) return [];
    const { text, values } = moveApplicationsStatement(request);
    const rows = await queryRows<{ id: string; previous: ApplicationStatus; vacancy_id: string; reason: string | null }>(manager, text, values);
    return rows.map((row) => ({ id: row.id, previous: row.previous, vacancyId: row.vacancy_id, reason: row.reason }));
  }

  /**
   * Moves as `move` does and, in the same statement, writes what `sequel` adds from the moved rows (a batch
   * decision's items, positions and letters): one round trip and one plan for both, and the moved rows are not sent
   * back. The statement runs even when the selection is empty, as the sequel may write regardless. Answers how many
   * applications moved.
   */
  async moveWith(manager: EntityManager, request: ApplicationMoveRequest, sequel: MoveSequel): Promise<number> {
    const { text, values } = moveWithSequelStatement(request, sequel);
    const [row] = await queryRows<{ moved: number }>(manager, text, values);
    return row?.moved ?? 0;
  }

  /**
   * A new application: its first timeline entry, audit event and the notification to the migrant and the
   * employer's recruiters, written like every move's.
   */
  /**
   * The submission's timeline, audit and message. The message tells the migrant their place among the vacancy's
   * applications waiting for the employer (the newest: last of them, counted through the vacancy's index as in
   * QueuePositionsRepository) and `usualDays`, what the employer's answer usually takes.
   */
  async recordSubmission(manager: EntityManager, actor: Actor, applicationId: string, usualDays: number | null = null): Promise<void> {
    await manager.query(
      `WITH application AS (
         SELECT a.id, a.vacancy_id, v.title AS vacancy_title, v.company_id, p.account_id AS candidate_account_id
           FROM applications a JOIN vacancies v ON v.id = a.vacancy_id JOIN candidate_profiles p ON p.id = a.candidate_id
          WHERE a.id = $1
       ), waiting AS (
         SELECT count(*)::int AS total FROM applications o, application WHERE o.vacancy_id = application.vacancy_id AND o.status = $2::application_status
       ), timeline AS (
         INSERT INTO application_events (application_id, from_status, to_status, actor_role, actor_id, reason)
         SELECT id, NULL, $2::application_status, $3, $4, NULL FROM application
       ), audit AS (
         INSERT INTO audit_events (actor_id, actor_role, action, subject_type, subject_id, reason, data)
         SELECT $4, $5, 'application.submitted', 'application', id::text, NULL,
                jsonb_build_object('from', NULL, 'to', $2::application_status, 'move', 'submit', 'vacancyId', vacancy_id)
           FROM application
       )
       INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
       SELECT 'application.submitted', 'application', id::text,
              ARRAY(SELECT DISTINCT r FROM unnest(ARRAY[candidate_account_id] || ARRAY(SELECT account_id FROM company_members WHERE company_id = application.company_id)) r WHERE r IS NOT NULL),
              jsonb_build_object('applicationId', id, 'vacancyId', vacancy_id, 'vacancyTitle', vacancy_title, 'from', NULL, 'to', $2::application_status, 'reason', NULL,
                                 'queuePosition', waiting.total, 'queueTotal', waiting.total, 'usualDays', $6::int)
         FROM application, waiting`,
      [applicationId, ApplicationStatus.Submitted, applicationActorOf(actor.role), actor.id, actor.role, usualDays],
    );
  }
}
