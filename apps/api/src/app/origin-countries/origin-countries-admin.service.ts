/** The admin adds and edits origin countries, and switches them on and off; every edit audited, the cache dropped. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CreateOriginCountryDto, UpdateOriginCountryDto } from '@jumush/contracts';
import { originCountryProblems, type Actor, type LocalizedName, type OriginCountry } from '@jumush/domain';
import { callingCodeOf } from '@jumush/domain/phone';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OriginCountriesRepository } from './origin-countries.repository';
import { OriginCountriesService } from './origin-countries.service';

const notFound = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such origin country.' });

function countryOf(code: string, active: boolean, dto: UpdateOriginCountryDto): OriginCountry {
  const names = (value: Record<string, string>) => value as unknown as LocalizedName;
  return {
    code,
    names: names(dto.names),
    active,
    callingCode: dto.callingCode,
    passportPattern: dto.passportPattern,
    office: {
      nameRu: dto.office.nameRu,
      nameLocal: dto.office.nameLocal,
      address: dto.office.address ?? null,
      signatoryTitle: dto.office.signatoryTitle,
    },
    defaultLocale: dto.defaultLocale,
    regime: dto.regime,
    geography: {
      regions: dto.regions.map((region) => ({ code: region.code, country: code, kind: region.kind, name: names(region.names) })),
      districts: dto.regions.flatMap((region) =>
        (region.districts ?? []).map((district) => ({ code: district.code, regionCode: region.code, name: names(district.names) })),
      ),
    },
  };
}

/** The domain's problems as the field-level 400 the web shows beside each field. */
function refuseProblems(country: OriginCountry): void {
  const problems = originCountryProblems(country, callingCodeOf);
  if (problems.length > 0) {
    throw new ProblemException(400, {
      code: 'validation.failed',
      errors: problems.map(({ field, code }) => ({ field: districtFieldInDto(field, country), code, message: code })),
    });
  }
}

/** districts[i] of the domain's flat list is regions[r].districts[d] in the request. */
function districtFieldInDto(field: string, country: OriginCountry): string {
  const match = /^districts\[(\d+)\](.*)$/.exec(field);
  if (!match) return field;
  const district = country.geography.districts[Number(match[1])];
  const regionIndex = country.geography.regions.findIndex((region) => region.code === district?.regionCode);
  if (!district || regionIndex < 0) return field;
  const inRegion = country.geography.districts.filter((other) => other.regionCode === district.regionCode).indexOf(district);
  return `regions[${regionIndex}].districts[${inRegion}]${match[2]}`;
}

@Injectable()
export class OriginCountriesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OriginCountriesRepository,
    private readonly countries: OriginCountriesService,
    private readonly audit: AuditService,
  ) {}

  /** A new country starts inactive: the admin checks it, then activates it. */
  async create(actor: Actor, dto: CreateOriginCountryDto): Promise<void> {
    const country = countryOf(dto.code, false, dto);
    refuseProblems(country);
    await this.dataSource.transaction(async (manager) => {
      if (await this.repository.lock(manager, country.code)) {
        throw new ProblemException(409, {
          code: 'validation.failed',
          errors: [{ field: 'code', code: 'country.exists', message: `${country.code} is on the list already.` }],
        });
      }
      await this.repository.save(manager, country);
      await this.audit.record(manager, actor, {
        action: 'originCountry.created',
        subjectType: 'originCountry',
        subjectId: country.code,
        data: summaryOf(country),
      });
    });
    this.countries.invalidate();
  }

  async update(actor: Actor, code: string, dto: UpdateOriginCountryDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.lock(manager, code))) throw notFound();
      const before = (await this.repository.loadAll(manager)).find((country) => country.code === code);
      const country = countryOf(code, before?.active ?? false, dto);
      refuseProblems(country);
      // A region someone lives in stays on the list: their recorded home would name nothing.
      const kept = new Set(country.geography.regions.map((region) => region.code));
      const dropped = (await this.repository.regionsInUse(manager, code)).filter((region) => !kept.has(region));
      if (dropped.length > 0) {
        throw new ProblemException(400, {
          code: 'validation.failed',
          errors: [
            {
              field: 'regions',
              code: 'country.regionInUse',
              message: `Migrants live in ${dropped.join(', ')}.`,
              params: { regions: dropped.join(', ') },
            },
          ],
        });
      }
      await this.repository.save(manager, country);
      await this.audit.record(manager, actor, {
        action: 'originCountry.updated',
        subjectType: 'originCountry',
        subjectId: code,
        data: { before: before ? summaryOf(before) : null, after: summaryOf(country) },
      });
    });
    this.countries.invalidate();
  }

  async setActive(actor: Actor, code: string, active: boolean): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.setActive(manager, code, active))) throw notFound();
      await this.audit.record(manager, actor, {
        action: active ? 'originCountry.activated' : 'originCountry.deactivated',
        subjectType: 'originCountry',
        subjectId: code,
      });
    });
    this.countries.invalidate();
  }
}

/** What the audit keeps of a country: every field, regions by code (names are many and change little). */
function summaryOf(country: OriginCountry): Record<string, unknown> {
  return {
    names: country.names,
    callingCode: country.callingCode,
    passportPattern: country.passportPattern,
    office: country.office,
    defaultLocale: country.defaultLocale,
    regime: country.regime,
    regions: country.geography.regions.map((region) => region.code),
    districts: country.geography.districts.length,
  };
}
