import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { OriginCountryView } from '@jumush/contracts';
import { OriginCountryEntity } from '@jumush/server/database';
import { Public } from '../auth/access.decorators';

@ApiTags('origin-countries')
@Controller('origin-countries')
export class OriginCountriesController {
  constructor(
    @InjectRepository(OriginCountryEntity)
    private readonly countries: Repository<OriginCountryEntity>,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Countries migrants can apply from' })
  async list(): Promise<OriginCountryView[]> {
    const countries = await this.countries.find({
      where: { active: true },
      order: { code: 'ASC' },
    });
    return countries.map(({ code, names }) => ({ code, names }));
  }
}
