import { Controller, Get, Header, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { EmployerRegistryDataSet, OpenDataCatalogue, OpenVacanciesDataSet, ProcessingTimesDataSet } from '@jumush/contracts';
import { Public } from '../auth/access.decorators';
import { RateLimited } from '../http/rate-limited';
import { OpenDataService } from './open-data.service';

/** Aggregates change with decisions, not by the second: an hour of caching keeps crawlers off the database. */
const OPEN_DATA_CACHE = 'public, max-age=3600';

function csv(body: Buffer, name: string): StreamableFile {
  return new StreamableFile(body, { type: 'text/csv; charset=utf-8', length: body.length, disposition: `attachment; filename="jumush-${name}.csv"` });
}

/** Open data (CC BY 4.0): aggregated, non-personal statistics and the employer registry, JSON and CSV, no sign-in. */
@ApiTags('open-data')
@Controller('open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get()
  @Header('Cache-Control', OPEN_DATA_CACHE)
  @ApiOperation({ summary: 'The open data sets, their addresses and licence' })
  catalogue(): OpenDataCatalogue {
    return this.openData.catalogue();
  }

  @Public()
  @RateLimited('publicRead')
  @Get('processing-times')
  @Header('Cache-Control', OPEN_DATA_CACHE)
  @ApiOperation({ summary: 'Median and 90th-percentile days per stage over the last 90 days; cells under 5 cases withheld' })
  processingTimes(): Promise<ProcessingTimesDataSet> {
    return this.openData.processingTimes();
  }

  @Public()
  @RateLimited('publicRead')
  @Get('processing-times.csv')
  @Header('Cache-Control', OPEN_DATA_CACHE)
  @ApiOperation({ summary: 'Processing times as CSV' })
  async processingTimesCsv(): Promise<StreamableFile> {
    return csv(this.openData.toCsv(await this.openData.processingTimes()), 'processing-times');
  }

  @Public()
  @RateLimited('publicRead')
  @Get('open-vacancies')
  @Header('Cache-Control', OPEN_DATA_CACHE)
  @ApiOperation({ summary: 'Published vacancies and open positions by Russian region and occupation' })
  openVacancies(): Promise<OpenVacanciesDataSet> {
    return this.openData.openVacancies();
  }

  @Public()
  @RateLimited('publicRead')
  @Get('open-vacancies.csv')
  @Header('Cache-Control', OPEN_DATA_CACHE)
  @ApiOperation({ summary: 'Open vacancies as CSV' })
  async openVacanciesCsv(): Promise<StreamableFile> {
    return csv(this.openData.toCsv(await this.openData.openVacancies()), 'open-vacancies');
  }

  @Public()
  @RateLimited('publicRead')
  @Get('employers')
  @Header('Cache-Control', OPEN_DATA_CACHE)
  @ApiOperation({ summary: 'The registry of verified, suspended and blocked employers, per origin country' })
  employers(): Promise<EmployerRegistryDataSet> {
    return this.openData.employers();
  }

  @Public()
  @RateLimited('publicRead')
  @Get('employers.csv')
  @Header('Cache-Control', OPEN_DATA_CACHE)
  @ApiOperation({ summary: 'The employer registry as CSV' })
  async employersCsv(): Promise<StreamableFile> {
    return csv(this.openData.toCsv(await this.openData.employers()), 'employers');
  }
}
