import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobPostingQuery, VacancyFeedQuery, type VacancyFeedPage } from '@jumush/contracts';
import { Public } from '../auth/access.decorators';
import { RateLimited } from '../http/rate-limited';
import { JobFeedsService } from './job-feeds.service';
import type { JobPosting } from './job-posting';

/** Feeds change with publications, not by the second: a few minutes of caching keeps importers off the database. */
const FEED_CACHE = 'public, max-age=300';
const XML = 'application/xml; charset=utf-8';

/** Vacancies where people look: the open feed (JSON and XML), sitemaps, and each vacancy's schema.org JobPosting. */
@ApiTags('job feeds')
@Controller('public')
export class JobFeedsController {
  constructor(private readonly feeds: JobFeedsService) {}

  @Public()
  @RateLimited('publicRead')
  @Get('vacancies/:id/job-posting')
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({ summary: "A public vacancy's schema.org JobPosting (JSON-LD), as its page carries it" })
  jobPosting(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: JobPostingQuery): Promise<JobPosting> {
    return this.feeds.jobPosting(id, query.lang ?? 'ru');
  }

  @Public()
  @RateLimited('publicRead')
  @Get('feed/vacancies')
  @Header('Cache-Control', FEED_CACHE)
  @ApiOperation({ summary: 'Open vacancies for job aggregators, oldest change first, paged by cursor, `updated_since` to poll (CC BY 4.0)' })
  feed(@Query() query: VacancyFeedQuery): Promise<VacancyFeedPage> {
    return this.feeds.feed(query);
  }

  @Public()
  @RateLimited('publicRead')
  @Get('feed/vacancies.xml')
  @Header('Content-Type', XML)
  @Header('Cache-Control', FEED_CACHE)
  @ApiOperation({ summary: 'The same feed as XML; <next> holds the next page’s address' })
  feedXml(@Query() query: VacancyFeedQuery): Promise<string> {
    return this.feeds.feedXml(query);
  }

  @Public()
  @RateLimited('publicRead')
  @Get('sitemap.xml')
  @Header('Content-Type', XML)
  @Header('Cache-Control', FEED_CACHE)
  @ApiOperation({ summary: 'The sitemap index: public pages and open vacancies in every language (served at /sitemap.xml)' })
  sitemapIndex(): Promise<string> {
    return this.feeds.sitemapIndex();
  }

  @Public()
  @RateLimited('publicRead')
  @Get('sitemaps/:name')
  @Header('Content-Type', XML)
  @Header('Cache-Control', FEED_CACHE)
  @ApiOperation({ summary: 'One sitemap file: pages.xml, or vacancies-N.xml (5,000 vacancies each, every language)' })
  sitemapFile(@Param('name') name: string): Promise<string> {
    return this.feeds.sitemapFile(name);
  }
}
