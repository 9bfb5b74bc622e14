import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RoleHome, type NextStep } from '../../shared/ui/role-home';

/** Home page of the administrator: the console's sections (accounts, the audit chain, messages) and the attaché's queues. */
@Component({
  selector: 'jm-admin-home',
  imports: [RoleHome],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'home-admin' },
  template: `<jm-role-home
    headingId="home-admin-title"
    titleKey="home.admin.title"
    introKey="home.admin.intro"
    roleKey="roles.ADMIN"
    [steps]="steps"
  />`,
})
export class AdminHome {
  protected readonly steps: readonly NextStep[] = [
    {
      icon: 'checklist',
      titleKey: 'home.attache.queueTitle',
      textKey: 'home.attache.queueText',
      link: ['attache', 'companies'],
      testId: 'home-company-queue',
    },
    {
      icon: 'queue',
      titleKey: 'home.attache.vacancyQueueTitle',
      textKey: 'home.attache.vacancyQueueText',
      link: ['attache', 'vacancies'],
      testId: 'home-vacancy-queue',
    },
    {
      icon: 'accounts',
      titleKey: 'home.admin.accountsTitle',
      textKey: 'home.admin.accountsText',
      link: ['admin', 'accounts'],
      testId: 'home-admin-accounts',
    },
    {
      icon: 'checklist',
      titleKey: 'home.admin.referenceTitle',
      textKey: 'home.admin.referenceText',
      link: ['admin', 'reference'],
      testId: 'home-admin-reference',
    },
    {
      icon: 'document',
      titleKey: 'home.admin.auditTitle',
      textKey: 'home.admin.auditText',
      link: ['admin', 'audit'],
      testId: 'home-admin-audit',
    },
    {
      icon: 'queue',
      titleKey: 'home.admin.queuesTitle',
      textKey: 'home.admin.queuesText',
      link: ['admin', 'messages'],
      testId: 'home-admin-messages',
    },
    {
      icon: 'queue',
      titleKey: 'home.admin.failedTitle',
      textKey: 'home.admin.failedText',
      link: ['admin', 'failed-deliveries'],
      testId: 'home-admin-failed',
    },
    {
      icon: 'checklist',
      titleKey: 'home.admin.countriesTitle',
      textKey: 'home.admin.countriesText',
      link: ['admin', 'countries'],
      testId: 'home-admin-countries',
    },
    {
      icon: 'chart',
      titleKey: 'home.admin.dashboardTitle',
      textKey: 'home.admin.dashboardText',
      link: ['admin', 'dashboard'],
      testId: 'home-dashboard',
    },
    {
      icon: 'checklist',
      titleKey: 'home.admin.occupationsTitle',
      textKey: 'home.admin.occupationsText',
      link: ['admin', 'occupations'],
      testId: 'home-admin-occupations',
    },
  ];
}
