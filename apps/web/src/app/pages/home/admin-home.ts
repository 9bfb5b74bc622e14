import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RoleHome, type NextStep } from '../../shared/ui/role-home';

/** Home page of the administrator: the attaché's queues (admins may decide too), accounts and queues. */
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
    { icon: 'accounts', titleKey: 'home.admin.accountsTitle', textKey: 'home.admin.accountsEmpty' },
    {
      icon: 'queue',
      titleKey: 'home.admin.queuesTitle',
      textKey: 'home.admin.queuesText',
      link: ['admin', 'messages'],
      testId: 'home-admin-messages',
    },
    {
      icon: 'checklist',
      titleKey: 'home.admin.countriesTitle',
      textKey: 'home.admin.countriesText',
      link: ['admin', 'countries'],
      testId: 'home-admin-countries',
    },
  ];
}
