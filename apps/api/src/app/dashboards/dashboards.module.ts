import { Module } from '@nestjs/common';
import { DashboardsController } from './dashboards.controller';
import { DashboardsRepository } from './dashboards.repository';
import { DashboardsService } from './dashboards.service';

/** Oversight dashboards for attachés and admins, read from rollups the database keeps in step with every move. */
@Module({ controllers: [DashboardsController], providers: [DashboardsRepository, DashboardsService] })
export class DashboardsModule {}
