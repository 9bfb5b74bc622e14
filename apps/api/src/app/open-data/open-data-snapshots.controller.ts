import { Controller, Get, Header, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { OPEN_DATA_LICENCE, type OpenDataSnapshotView } from '@jumush/contracts';
import { Public } from '../auth/access.decorators';
import { ProblemException } from '../http/problem';
import { RateLimited } from '../http/rate-limited';
import { OpenDataSnapshotsService } from './open-data-snapshots.service';

/** The daily snapshots of the open data (CC BY 4.0), as stored at Moscow midnight: never recomputed, never changed. */
@ApiTags('open-data')
@Controller('public/open-data/snapshots')
export class OpenDataSnapshotsController {
  constructor(private readonly snapshots: OpenDataSnapshotsService) {}

  @Public()
  @RateLimited('publicRead')
  @Get()
  @Header('Cache-Control', 'public, max-age=600')
  @ApiOperation({ summary: 'The daily snapshots of the open data, newest first, each with the audit chain head and the licence' })
  list(): Promise<OpenDataSnapshotView[]> {
    return this.snapshots.list();
  }

  @Public()
  @RateLimited('publicRead')
  @Get(':date/:file')
  @ApiOperation({ summary: 'One data set of a snapshot as stored: <set>.json or <set>.csv (immutable)' })
  async file(@Param('date') date: string, @Param('file') name: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.snapshots.file(date, name);
    if (!file) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such snapshot file.' });
    const body = Buffer.from(file.content, 'utf8');
    // Stored once, never changed: cached for good; the licence travels with the CSV too, which has no field for it.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.setHeader('ETag', `"${file.sha256}"`);
    response.setHeader('Link', `<${OPEN_DATA_LICENCE.url}>; rel="license"`);
    return new StreamableFile(body, {
      type: file.format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      length: body.length,
      disposition: `${file.format === 'csv' ? 'attachment' : 'inline'}; filename="jumush-${date}-${file.dataset}.${file.format}"`,
    });
  }
}
