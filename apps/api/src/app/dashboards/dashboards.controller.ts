import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DashboardQueryDto, MonthlyReportQueryDto, type DashboardChart, type DashboardResponse } from '@jumush/contracts';
import { Locale, Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import { ProblemException } from '../http/problem';
import { DashboardsService, chartCsv, isDashboardChart, monthPeriod } from './dashboards.service';
import { monthlyReportPdf } from './monthly-report-pdf';

/** The chart a CSV path names, or 404. */
function chartNamed(chart: string): DashboardChart {
  if (!isDashboardChart(chart)) throw new ProblemException(404, { code: 'http.notFound', detail: `No chart ${chart}.` });
  return chart;
}

/** A chart's CSV, named after the chart and its period; staff figures are never cached by a browser or a proxy. */
function csv(response: Response, dashboard: DashboardResponse, chart: DashboardChart): StreamableFile {
  const body = chartCsv(dashboard, chart);
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(body, {
    type: 'text/csv; charset=utf-8',
    length: body.length,
    disposition: `attachment; filename="jumush-${chart}-${dashboard.from}-${dashboard.to}.csv"`,
  });
}

/** The monthly report of the figures of `query.month`'s ISO weeks, as an A4 PDF download in the language asked for. */
async function monthlyReport(response: Response, dashboard: DashboardResponse, query: MonthlyReportQueryDto): Promise<StreamableFile> {
  const body = await monthlyReportPdf(dashboard, (query.lang as Locale | undefined) ?? Locale.Russian, query.month);
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(body, {
    type: 'application/pdf',
    length: body.length,
    disposition: `attachment; filename="jumush-monthly-report-${query.month}.pdf"`,
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
  @Get('attache/dashboard/monthly-report.pdf')
  @ApiOperation({ summary: "My country's monthly report by the standard parameters (PDF)" })
  async attacheMonthlyReport(
    @CurrentActor() actor: Actor,
    @Query() query: MonthlyReportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return monthlyReport(response, await this.dashboards.attacheDashboard(actor, { ...monthPeriod(query.month), country: query.country }), query);
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
    const named = chartNamed(chart);
    return csv(response, await this.dashboards.attacheDashboard(actor, query, named), named);
  }

  @Authenticated(Role.Admin)
  @Get('admin/dashboard')
  @ApiOperation({ summary: "Every country's dashboard, or one country's" })
  admin(@Query() query: DashboardQueryDto): Promise<DashboardResponse> {
    return this.dashboards.adminDashboard(query);
  }

  @Authenticated(Role.Admin)
  @Get('admin/dashboard/monthly-report.pdf')
  @ApiOperation({ summary: 'The monthly report by the standard parameters (PDF), of every country or one' })
  async adminMonthlyReport(@Query() query: MonthlyReportQueryDto, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return monthlyReport(response, await this.dashboards.adminDashboard({ ...monthPeriod(query.month), country: query.country }), query);
  }

  @Authenticated(Role.Admin)
  @Get('admin/dashboard/:chart.csv')
  @ApiOperation({ summary: 'One chart of the dashboard as CSV' })
  async adminCsv(
    @Param('chart') chart: string,
    @Query() query: DashboardQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const named = chartNamed(chart);
    return csv(response, await this.dashboards.adminDashboard(query, named), named);
  }
}
