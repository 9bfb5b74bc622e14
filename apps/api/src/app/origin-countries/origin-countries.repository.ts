/** Reads and writes origin countries with their regions and districts. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LegalRegime, Locale, OriginCountry, OriginRegionKind } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';

interface CountryRow {
  code: string;
  names: Record<string, string>;
  active: boolean;
  calling_code: string;
  passport_pattern: string;
  office_name_ru: string;
  office_name_local: string;
  office_address: string | null;
  office_signatory_title: string;
  default_locale: string;
  legal_regime: string;
}

interface RegionRow {
  code: string;
  country: string;
  kind: string;
  names: Record<string, string>;
}

interface DistrictRow {
  code: string;
  region_code: string;
  names: Record<string, string>;
}

type Names = OriginCountry['names'];

@Injectable()
export class OriginCountriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every country, active or not, by code, each with its regions and districts in their order. */
  async loadAll(manager: EntityManager = this.dataSource.manager): Promise<OriginCountry[]> {
    const [countries, regions, districts] = await Promise.all([
      queryRows<CountryRow>(
        manager,
        `SELECT code, names, active, calling_code, passport_pattern, office_name_ru, office_name_local, office_address, office_signatory_title,
                default_locale, legal_regime
           FROM origin_countries ORDER BY code`,
      ),
      queryRows<RegionRow>(manager, `SELECT code, country, kind, names FROM origin_regions ORDER BY country, position, code`),
      queryRows<DistrictRow>(
        manager,
        `SELECT d.code, d.region_code, d.names FROM origin_districts d JOIN origin_regions r ON r.code = d.region_code
          ORDER BY r.country, r.position, d.position, d.code`,
      ),
    ]);
    return countries.map((row) => {
      const own = regions.filter((region) => region.country === row.code);
      const codes = new Set(own.map((region) => region.code));
      return {
        code: row.code,
        names: row.names as Names,
        active: row.active,
        callingCode: row.calling_code,
        passportPattern: row.passport_pattern,
        office: {
          nameRu: row.office_name_ru,
          nameLocal: row.office_name_local,
          address: row.office_address,
          signatoryTitle: row.office_signatory_title,
        },
        defaultLocale: row.default_locale as Locale,
        regime: row.legal_regime as LegalRegime,
        geography: {
          regions: own.map((region) => ({
            code: region.code,
            country: region.country,
            kind: region.kind as OriginRegionKind,
            name: region.names as Names,
          })),
          districts: districts
            .filter((district) => codes.has(district.region_code))
            .map((district) => ({ code: district.code, regionCode: district.region_code, name: district.names as Names })),
        },
      };
    });
  }

  /** Locks the country's row; false when there is none. */
  async lock(manager: EntityManager, code: string): Promise<boolean> {
    const rows = await queryRows<{ code: string }>(manager, `SELECT code FROM origin_countries WHERE code = $1 FOR UPDATE`, [code]);
    return rows.length > 0;
  }

  /** Inserts the country (inactive) or updates its fields, then replaces its regions and districts. */
  async save(manager: EntityManager, country: OriginCountry): Promise<void> {
    await manager.query(
      `INSERT INTO origin_countries (code, names, active, calling_code, passport_pattern, office_name_ru, office_name_local, office_address,
                                     office_signatory_title, default_locale, legal_regime)
       VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (code) DO UPDATE SET names = EXCLUDED.names, calling_code = EXCLUDED.calling_code, passport_pattern = EXCLUDED.passport_pattern,
         office_name_ru = EXCLUDED.office_name_ru, office_name_local = EXCLUDED.office_name_local, office_address = EXCLUDED.office_address,
         office_signatory_title = EXCLUDED.office_signatory_title, default_locale = EXCLUDED.default_locale, legal_regime = EXCLUDED.legal_regime`,
      [
        country.code,
        JSON.stringify(country.names),
        country.active,
        country.callingCode,
        country.passportPattern,
        country.office.nameRu,
        country.office.nameLocal,
        country.office.address,
        country.office.signatoryTitle,
        country.defaultLocale,
        country.regime,
      ],
    );
    await manager.query(`DELETE FROM origin_regions WHERE country = $1`, [country.code]);
    const { regions, districts } = country.geography;
    if (regions.length > 0) {
      await manager.query(
        `INSERT INTO origin_regions (code, country, kind, names, position)
         SELECT r.code, $1, r.kind, r.names, r.position - 1
           FROM unnest($2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS r(code, kind, names, position)`,
        [country.code, regions.map((r) => r.code), regions.map((r) => r.kind), regions.map((r) => JSON.stringify(r.name))],
      );
    }
    if (districts.length > 0) {
      await manager.query(
        `INSERT INTO origin_districts (code, region_code, names, position)
         SELECT d.code, d.region_code, d.names, row_number() OVER (PARTITION BY d.region_code ORDER BY d.position) - 1
           FROM unnest($1::text[], $2::text[], $3::jsonb[]) WITH ORDINALITY AS d(code, region_code, names, position)`,
        [districts.map((d) => d.code), districts.map((d) => d.regionCode), districts.map((d) => JSON.stringify(d.name))],
      );
    }
  }

  /** False when there is no such country. */
  async setActive(manager: EntityManager, code: string, active: boolean): Promise<boolean> {
    const rows = await queryRows<{ code: string }>(manager, `UPDATE origin_countries SET active = $2 WHERE code = $1 RETURNING code`, [code, active]);
    return rows.length > 0;
  }

  /** Where a region is someone's home: such a region cannot be taken off the list. */
  async regionsInUse(manager: EntityManager, country: string): Promise<string[]> {
    const rows = await queryRows<{ code: string }>(
      manager,
      `SELECT DISTINCT residence_region_code AS code FROM candidate_profiles WHERE origin_country = $1 AND residence_region_code IS NOT NULL`,
      [country],
    );
    return rows.map((row) => row.code);
  }
}
