import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateOriginCountryDto,
  OriginCountryActiveDto,
  UpdateOriginCountryDto,
  type AdminOriginCountryView,
  type OriginCountryView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor, Public } from '../auth/access.decorators';
import { OriginCountriesAdminService } from './origin-countries-admin.service';
import { OriginCountriesService } from './origin-countries.service';
import { toAdminOriginCountryView, toOriginCountryView } from './origin-country-views';

const countryCode = (code: string) => code.toUpperCase();

@ApiTags('origin-countries')
@Controller('origin-countries')
export class OriginCountriesController {
  constructor(private readonly countries: OriginCountriesService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Countries migrants can apply from, with their regions, phone codes and passport formats' })
  async list(): Promise<OriginCountryView[]> {
    return (await this.countries.active()).map(toOriginCountryView);
  }
}

@ApiTags('admin')
@Controller('admin/origin-countries')
export class AdminOriginCountriesController {
  constructor(
    private readonly countries: OriginCountriesService,
    private readonly admin: OriginCountriesAdminService,
  ) {}

  @Authenticated(Role.Admin)
  @Get()
  @ApiOperation({ summary: 'Every origin country, active or not, with its signing office' })
  async list(): Promise<AdminOriginCountryView[]> {
    return (await this.countries.all()).map(toAdminOriginCountryView);
  }

  @Authenticated(Role.Admin)
  @Post()
  @ApiOperation({ summary: 'Add an origin country (inactive until activated)' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateOriginCountryDto): Promise<AdminOriginCountryView> {
    await this.admin.create(actor, dto);
    return this.one(dto.code);
  }

  @Authenticated(Role.Admin)
  @Put(':code')
  @ApiOperation({ summary: 'Edit an origin country: names, office, regime, passport pattern, language, regions' })
  async update(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: UpdateOriginCountryDto): Promise<AdminOriginCountryView> {
    await this.admin.update(actor, countryCode(code), dto);
    return this.one(countryCode(code));
  }

  @Authenticated(Role.Admin)
  @Put(':code/active')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate or deactivate an origin country' })
  async setActive(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: OriginCountryActiveDto): Promise<AdminOriginCountryView> {
    await this.admin.setActive(actor, countryCode(code), dto.active);
    return this.one(countryCode(code));
  }

  private async one(code: string): Promise<AdminOriginCountryView> {
    const country = await this.countries.byCode(code);
    if (!country) throw new Error(`Origin country ${code} vanished after its edit`);
    return toAdminOriginCountryView(country);
  }
}
