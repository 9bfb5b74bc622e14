/** The dashboard's translation keys of contract values, named literally so the translation check sees every key. */
import type { DashboardChart, DashboardVolume, EmployerRankRow, StageTimeRow } from '@jumush/contracts/client';
import type { PeriodPreset } from './dashboard-period';

export const PRESET_KEYS: Readonly<Record<PeriodPreset, string>> = {
  weeks4: 'dashboard.presets.weeks4',
  weeks12: 'dashboard.presets.weeks12',
  year: 'dashboard.presets.year',
};

export const VOLUME_KEYS: Readonly<Record<DashboardVolume, string>> = {
  applied: 'dashboard.volumes.applied',
  shortlisted: 'dashboard.volumes.shortlisted',
  approved: 'dashboard.volumes.approved',
  refused: 'dashboard.volumes.refused',
  departed: 'dashboard.volumes.departed',
  arrived: 'dashboard.volumes.arrived',
};

export const CHART_KEYS: Readonly<Record<DashboardChart, string>> = {
  'volumes-by-week': 'dashboard.charts.volumes-by-week',
  'by-region': 'dashboard.charts.by-region',
  'by-occupation': 'dashboard.charts.by-occupation',
  'by-employer': 'dashboard.charts.by-employer',
  'stage-times': 'dashboard.charts.stage-times',
  'attache-times': 'dashboard.charts.attache-times',
};

export type EmployerFigure = keyof Pick<EmployerRankRow, 'approvals' | 'withdrawals' | 'complaints'>;

export const EMPLOYER_KEYS: Readonly<Record<EmployerFigure, string>> = {
  approvals: 'dashboard.employers.approvals',
  withdrawals: 'dashboard.employers.withdrawals',
  complaints: 'dashboard.employers.complaints',
};

export const STAGE_KEYS: Readonly<Record<StageTimeRow['stage'], string>> = {
  batchDecision: 'dashboard.stages.batchDecision',
  shortlisting: 'dashboard.stages.shortlisting',
  companyVerification: 'dashboard.stages.companyVerification',
  vacancyReview: 'dashboard.stages.vacancyReview',
  grievanceTakeUp: 'dashboard.stages.grievanceTakeUp',
  grievanceResolution: 'dashboard.stages.grievanceResolution',
};
