/** SQL of the help directory: the staff's list, the migrant's region, and the entries' changes. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { HelpContactKind, HelpDay, HelpLanguage } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

export interface HelpContactRow {
  id: string;
  name: string;
  kind: HelpContactKind;
  regions: string[];
  languages: HelpLanguage[];
  phone: string | null;
  address: string | null;
  website: string | null;
  hours: Partial<Record<HelpDay, string>>;
  origin_countries: string[];
  demo: boolean;
  updated_at: Date;
}

export interface HelpContactFields {
  name: string;
  kind: HelpContactKind;
  regions: readonly string[];
  languages: readonly HelpLanguage[];
  phone: string | null;
  address: string | null;
  website: string | null;
  hours: Partial<Record<HelpDay, string>>;
  originCountries: readonly string[];
}

const SELECT = `SELECT id, name, kind, regions, languages, phone, address, website, hours, origin_countries, demo, updated_at FROM help_contacts`;

@Injectable()
export class HelpContactsRepository {
  /** The staff's list: every entry (country null, an admin), or those serving the attaché's country or every country. */
  list(manager: EntityManager, originCountry: string | null): Promise<HelpContactRow[]> {
    return queryRows<HelpContactRow>(
      manager,
      `${SELECT} WHERE $1::text IS NULL OR origin_countries = '{}' OR $1 = ANY(origin_countries) ORDER BY name, id LIMIT 1000`,
      [originCountry],
    );
  }

  /** The entries helping in `region` (or all of Russia) a migrant of `country` (or of every country); ordered by the service. */
  serving(manager: EntityManager, region: string, country: string | null): Promise<HelpContactRow[]> {
    return queryRows<HelpContactRow>(
      manager,
      `${SELECT} WHERE (regions = '{}' OR $1 = ANY(regions)) AND (origin_countries = '{}' OR $2 = ANY(origin_countries)) LIMIT 200`,
      [region, country],
    );
  }

  async one(manager: EntityManager, id: string, lock = false): Promise<HelpContactRow | null> {
    const [row] = await queryRows<HelpContactRow>(manager, `${SELECT} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  /** The Russian region of the migrant's most recent job they left for (newest move first). */
  async departedJobRegion(manager: EntityManager, candidateId: string, statuses: readonly string[]): Promise<string | null> {
    const [row] = await queryRows<{ region_code: string }>(
      manager,
      `SELECT v.region_code FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.candidate_id = $1 AND a.status::text = ANY($2::text[]) ORDER BY a.updated_at DESC, a.id LIMIT 1`,
      [candidateId, statuses],
    );
    return row?.region_code ?? null;
  }

  async localeOf(manager: EntityManager, accountId: string): Promise<string | null> {
    const [row] = await queryRows<{ locale: string }>(manager, `SELECT locale FROM accounts WHERE id = $1`, [accountId]);
    return row?.locale ?? null;
  }

  async insert(manager: EntityManager, fields: HelpContactFields, createdBy: string): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO help_contacts (name, kind, regions, languages, phone, address, website, hours, origin_countries, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [...this.values(fields), createdBy],
    );
    return (row as { id: string }).id;
  }

  async update(manager: EntityManager, id: string, fields: HelpContactFields): Promise<void> {
    await queryRows<{ id: string }>(
      manager,
      `UPDATE help_contacts SET name = $2, kind = $3, regions = $4, languages = $5, phone = $6, address = $7, website = $8, hours = $9,
              origin_countries = $10, updated_at = now()
        WHERE id = $1 RETURNING id`,
      [id, ...this.values(fields)],
    );
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await queryRows<{ id: string }>(manager, `DELETE FROM help_contacts WHERE id = $1 RETURNING id`, [id]);
  }

  private values(fields: HelpContactFields): unknown[] {
    return [
      fields.name,
      fields.kind,
      [...fields.regions],
      [...fields.languages],
      fields.phone,
      fields.address,
      fields.website,
      JSON.stringify(fields.hours),
      [...fields.originCountries],
    ];
  }
}
