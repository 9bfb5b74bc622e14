import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RoleHome, type NextStep } from '../../shared/ui/role-home';

/** Home page of the migrant (job seeker): find a job, follow applications. */
@Component({
  selector: 'jm-migrant-home',
  imports: [RoleHome],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'home-migrant' },
  template: `<jm-role-home
    headingId="home-migrant-title"
    titleKey="home.migrant.title"
    introKey="home.migrant.intro"
    roleKey="roles.MIGRANT"
    [steps]="steps"
  />`,
})
export class MigrantHome {
  protected readonly steps: readonly NextStep[] = [
    { icon: 'search', titleKey: 'home.migrant.jobsTitle', textKey: 'home.migrant.jobsText', link: ['vacancies'], testId: 'home-find-job' },
    { icon: 'checklist', titleKey: 'home.migrant.profileTitle', textKey: 'home.migrant.profileText', link: ['profile'], testId: 'home-profile' },
    {
      icon: 'document',
      titleKey: 'home.migrant.applicationsTitle',
      textKey: 'home.migrant.applicationsText',
      link: ['applications'],
      testId: 'home-applications',
    },
    {
      icon: 'queue',
      titleKey: 'home.migrant.grievancesTitle',
      textKey: 'home.migrant.grievancesText',
      link: ['grievances'],
      testId: 'home-grievances',
    },
  ];
}
