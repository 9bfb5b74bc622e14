import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmailVerificationBanner } from '../../shared/employer/email-verification-banner';
import { RoleHome, type NextStep } from '../../shared/ui/role-home';

/** Home page of the employer: invitations from colleagues, the company profile and the vacancies. */
@Component({
  selector: 'jm-employer-home',
  imports: [RoleHome, EmailVerificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'home-employer' },
  template: `
    <jm-email-verification-banner />
    <jm-role-home
      headingId="home-employer-title"
      titleKey="home.employer.title"
      introKey="home.employer.intro"
      roleKey="roles.EMPLOYER"
      [steps]="steps"
    >
    </jm-role-home>
  `,
})
export class EmployerHome {
  protected readonly steps: readonly NextStep[] = [
    {
      icon: 'building',
      titleKey: 'home.employer.companyTitle',
      textKey: 'home.employer.companyText',
      link: ['employer', 'company'],
      testId: 'home-company',
    },
    {
      icon: 'briefcase',
      titleKey: 'home.employer.vacanciesTitle',
      textKey: 'home.employer.vacanciesText',
      link: ['employer', 'vacancies'],
      testId: 'home-vacancies',
    },
    {
      icon: 'people',
      titleKey: 'home.employer.applicantsTitle',
      textKey: 'home.employer.applicantsText',
      link: ['employer', 'vacancies'],
      testId: 'home-applicants',
    },
  ];
}
