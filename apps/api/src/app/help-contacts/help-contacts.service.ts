/**
 * Help nearby: the directory the attaché (their country's entries) and the admin (all) keep, and the list a migrant
 * reads for the region of the job they left for, their language first. Every change writes its audit event in its
 * transaction; nobody is notified of a directory change.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { HelpContactDto, HelpContactView, MyHelpView } from '@jumush/contracts';
import {
  DEPARTED_APPLICATION_STATUSES,
  HELP_DAYS,
  Role,
  helpContactVisibleTo,
  helpContactsFor,
  mayEditHelpContact,
  type Actor,
  type HelpDay,
} from '@jumush/domain';
import { AuditService } from '../audit/audit.service';
import { CandidatesService } from '../candidates/candidates.service';
import { ProblemException } from '../http/problem';
import { HelpContactsRepository, type HelpContactFields, type HelpContactRow } from './help-contacts.repository';

const noSuchContact = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such help contact.' });
const notYours = () => new ProblemException(403, { code: 'auth.forbidden', detail: 'Only the admin edits an entry serving other countries.' });
const fieldProblem = (field: string, code: string, message: string) =>
  new ProblemException(400, { code: 'validation.failed', errors: [{ field, code, message }] });

@Injectable()
export class HelpContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contacts: HelpContactsRepository,
    private readonly candidates: CandidatesService,
    private readonly audit: AuditService,
  ) {}

  /** The migrant's help: for the region of the job they left for, in their language first; none before departure. */
  async mine(actor: Actor, language?: string): Promise<MyHelpView> {
    const profile = await this.candidates.mine(actor);
    const manager = this.dataSource.manager;
    const regionCode = await this.contacts.departedJobRegion(manager, profile.id, DEPARTED_APPLICATION_STATUSES);
    if (!regionCode) return { regionCode: null, contacts: [] };
    const rows = await this.contacts.serving(manager, regionCode, profile.originCountry);
    const reach = rows.map((row) => ({ row, name: row.name, regions: row.regions, languages: row.languages, originCountries: row.origin_countries }));
    const ordered = helpContactsFor(reach, regionCode, profile.originCountry, language ?? (await this.contacts.localeOf(manager, actor.id)) ?? 'ru');
    return { regionCode, contacts: ordered.map(({ row }) => this.view(row, actor)) };
  }

  /** The staff's directory: an attaché's country's entries and those for every country; an admin's, all. */
  async list(actor: Actor): Promise<HelpContactView[]> {
    const rows = await this.contacts.list(this.dataSource.manager, actor.role === Role.Admin ? null : (actor.originCountry ?? ''));
    return rows.map((row) => this.view(row, actor));
  }

  async create(actor: Actor, dto: HelpContactDto): Promise<HelpContactView> {
    const fields = this.fieldsOf(actor, dto);
    const id = await this.dataSource.transaction(async (manager) => {
      const created = await this.contacts.insert(manager, fields, actor.id);
      await this.audit.record(manager, actor, {
        action: 'help.created',
        subjectType: 'help_contact',
        subjectId: created,
        data: this.auditData(fields),
      });
      return created;
    });
    return this.one(actor, id);
  }

  async update(actor: Actor, id: string, dto: HelpContactDto): Promise<HelpContactView> {
    const fields = this.fieldsOf(actor, dto);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.editable(manager, actor, id);
      await this.contacts.update(manager, id, fields);
      await this.audit.record(manager, actor, {
        action: 'help.updated',
        subjectType: 'help_contact',
        subjectId: id,
        data: { before: this.auditData(this.fieldsOfRow(before)), after: this.auditData(fields) },
      });
    });
    return this.one(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.editable(manager, actor, id);
      await this.contacts.delete(manager, id);
      await this.audit.record(manager, actor, {
        action: 'help.deleted',
        subjectType: 'help_contact',
        subjectId: id,
        data: this.auditData(this.fieldsOfRow(before)),
      });
    });
  }

  private async one(actor: Actor, id: string): Promise<HelpContactView> {
    const row = await this.contacts.one(this.dataSource.manager, id);
    if (!row) throw noSuchContact();
    return this.view(row, actor);
  }

  /** The entry, locked, if the actor may change it: 404 when they may not even see it, 403 when they only read it. */
  private async editable(manager: EntityManager, actor: Actor, id: string): Promise<HelpContactRow> {
    const row = await this.contacts.one(manager, id, true);
    if (!row || !helpContactVisibleTo(actor, row.origin_countries)) throw noSuchContact();
    if (!mayEditHelpContact(actor, row.origin_countries)) throw notYours();
    return row;
  }

  /** What the request sets; an attaché's entry serves their country, and every entry says how to reach it. */
  private fieldsOf(actor: Actor, dto: HelpContactDto): HelpContactFields {
    const own = actor.role === Role.Admin ? null : actor.originCountry;
    const originCountries = dto.originCountries ?? (own ? [own] : []);
    if (actor.role !== Role.Admin && !mayEditHelpContact(actor, originCountries))
      throw fieldProblem('originCountries', 'help.ownCountryOnly', 'An attaché’s entry serves their own country only.');
    const phone = dto.phone ?? null;
    const address = dto.address ?? null;
    const website = dto.website ?? null;
    if (!phone && !address && !website) throw fieldProblem('phone', 'help.noContact', 'Give a phone, an address or a website.');
    const hours: Partial<Record<HelpDay, string>> = {};
    for (const day of HELP_DAYS) {
      const text = dto.hours?.[day]?.trim();
      if (text) hours[day] = text;
    }
    return {
      name: dto.name,
      kind: dto.kind,
      regions: [...dto.regions].sort(),
      languages: dto.languages,
      phone,
      address,
      website,
      hours,
      originCountries,
    };
  }

  private fieldsOfRow(row: HelpContactRow): HelpContactFields {
    return { ...row, originCountries: row.origin_countries };
  }

  private auditData(fields: HelpContactFields): Record<string, unknown> {
    return { ...fields };
  }

  private view(row: HelpContactRow, actor: Actor): HelpContactView {
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      regions: row.regions,
      languages: row.languages,
      phone: row.phone,
      address: row.address,
      website: row.website,
      hours: row.hours,
      originCountries: row.origin_countries,
      demo: row.demo,
      editable: mayEditHelpContact(actor, row.origin_countries),
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }
}
