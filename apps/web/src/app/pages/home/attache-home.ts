import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RoleHome, type NextStep } from '../../shared/ui/role-home';

/** Home page of the labour attaché: the employer and vacancy queues, recruitment batches. */
@Component({
  selector: 'jm-attache-home',
  imports: [RoleHome],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'home-attache' },
  template: `<jm-role-home
    headingId="home-attache-title"
    titleKey="home.attache.title"
    introKey="home.attache.intro"
    roleKey="roles.ATTACHE"
    [steps]="steps"
  />`,
})
export class AttacheHome {
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
      icon: 'people',
      titleKey: 'home.attache.batchesTitle',
      textKey: 'home.attache.batchesText',
      link: ['attache', 'batches'],
      testId: 'home-batch-queue',
    },
  ];
}
