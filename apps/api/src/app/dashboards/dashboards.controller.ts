import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DashboardQueryDto, type DashboardResponse } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { ProblemException } from '../http/problem';
import { DashboardsService, chartCsv, isDashboardChart } from './dashboards.service';

/** A chart's CSV, named after the chart and its period; staff figures are never cached by a browser or a proxy. */
function csv(response: Response, dashboard: DashboardResponse, chart: string): StreamableFile {
  if (!isDashboardChart(chart)) throw new ProblemException(404, { code: 'http.notFound', detail: `No chart ${chart}.` });
  const body = chartCsv(dashboard, chart);
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(body, {
    type: 'text/csv; charset=utf-8',
    length: body.length,
    disposition: `attachment; filename="jumush-${chart}-${dashboard.from}-${dashboard.to}.csv"`,
  });
}

/** Oversight dashboards (issue 15): volumes, breakdowns and stage times from the rollups, JSON and a CSV per chart. */
@ApiTags('dashboards')
@Controller()
export class DashboardsController {
  constructor(private readonly dashboards: DashboardsService) {}

  @Authenticated(Role.Attache)
  @Get('attache/dashboard')
  @ApiOperation({ summary: "My country's dashboard (my regions when my account is limited to some)" })
  attache(@CurrentActor() actor: Actor, @Query() query: DashboardQueryDto): Promise<DashboardResponse> {
    return this.dashboards.attacheDashboard(actor, query);
  }

  @Authenticated(Role.Attache)
  @Get('attache/dashboard/:chart.csv')
  @ApiOperation({ summary: "One chart of my country's dashboard as CSV" })
  async attacheCsv(
    @CurrentActor() actor: Actor,
    @Param('chart') chart: string,
    @Query() query: DashboardQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return csv(response, await this.dashboards.attacheDashboard(actor, query), chart);
  }

  @Authenticated(Role.Admin)
  @Get('admin/dashboard')
  @ApiOperation({ summary: "Every country's dashboard, or one country's" })
  admin(@Query() query: DashboardQueryDto): Promise<DashboardResponse> {
    return this.dashboards.adminDashboard(query);
  }

  @Authenticated(Role.Admin)
  @Get('admin/dashboard/:chart.csv')
  @ApiOperation({ summary: 'One chart of the dashboard as CSV' })
  async adminCsv(
    @Param('chart') chart: string,
    @Query() query: DashboardQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return csv(response, await this.dashboards.adminDashboard(query), chart);
  }
}
