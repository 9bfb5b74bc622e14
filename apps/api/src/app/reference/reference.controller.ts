import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReferenceLanguageQuery, WageFloorQuery, type OccupationView, type RegionView, type WageFloorView } from '@jumush/contracts';
import { Public } from '../auth/access.decorators';
import { ReferenceService } from './reference.service';

/** Reference data changes with a release or a new year's law, not within an hour. */
const REFERENCE_CACHE = 'public, max-age=3600';

@ApiTags('reference')
@Controller('reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Public()
  @Get('regions')
  @Header('Cache-Control', REFERENCE_CACHE)
  @ApiOperation({
    summary: 'Russian regions (federal subjects) by tax-service code; ?lang=ru|en names them',
  })
  regions(@Query() query: ReferenceLanguageQuery): RegionView[] {
    return this.reference.regions(query.lang);
  }

  @Public()
  @Get('occupations')
  // The admin edits the list: browsers and proxies keep it minutes, not an hour.
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'Occupations by ISCO-08 code, named in the five languages; deactivated ones too (active: false), which are no longer offered',
  })
  occupations(): Promise<OccupationView[]> {
    return this.reference.occupations();
  }

  @Public()
  @Get('wage-floor')
  // The admin edits the table: the vacancy editor's hint must follow at once, as the submission's check does.
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'The minimum monthly wage in a region on a date (regional where higher, else the federal МРОТ); no ?region=: the federal МРОТ',
  })
  wageFloor(@Query() query: WageFloorQuery): Promise<WageFloorView> {
    return this.reference.wageFloor(query.region ?? null, query.date);
  }
}
