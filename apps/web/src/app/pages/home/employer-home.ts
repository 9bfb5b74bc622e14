import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RoleHome, type NextStep } from '../../shared/ui/role-home';

/** Home page of the employer: company profile and vacancies. */
@Component({
  selector: 'jm-employer-home',
  imports: [RoleHome],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'home-employer' },
  template: `<jm-role-home headingId="home-employer-title" titleKey="home.employer.title" introKey="home.employer.intro" roleKey="roles.EMPLOYER" [steps]="steps" />`,
})
export class EmployerHome {
  protected readonly steps: readonly NextStep[] = [
    { icon: 'building', titleKey: 'home.employer.companyTitle', textKey: 'home.employer.companyEmpty' },
    { icon: 'briefcase', titleKey: 'home.employer.vacanciesTitle', textKey: 'home.employer.vacanciesEmpty' },
  ];
}
