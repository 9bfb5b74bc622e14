import { inject } from '@angular/core';
import type { Route } from '@angular/router';
import { CHECK_IN_SHORT_PATH, Role, checkInIdOfShortCode } from '@jumush/contracts/client';
import { ALL_ROLES, requireRole, requireSignedIn, requireSignedOut } from './core/auth/auth.guards';
import { languageGuard } from './core/i18n/language.guard';
import { LocaleService } from './core/i18n/locale.service';
import { AVAILABLE_OFFLINE } from './core/offline/offline-preloading';

/**
 * Every page lives under `/:lang/`. `/` goes to the preferred language; a path whose first segment
 * is not a supported language is redirected by `languageGuard` (e.g. `/login` → `/ru/login`).
 * Route titles are translation keys (see TranslatedTitleStrategy).
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    redirectTo: () => `/${inject(LocaleService).preferred()}`,
  },
  {
    // The QR code of an approval letter points here, without a language.
    path: 'verify/:code',
    redirectTo: ({ params }) => `/${inject(LocaleService).preferred()}/verify/${encodeURIComponent(params['code'] ?? '')}`,
  },
  {
    path: ':lang',
    canActivate: [languageGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.landing',
        loadComponent: () => import('./pages/landing/landing').then((m) => m.Landing),
      },
      {
        path: 'login',
        title: 'titles.login',
        canActivate: [requireSignedOut],
        loadComponent: () => import('./pages/login/login').then((m) => m.Login),
      },
      {
        path: 'register',
        title: 'titles.register',
        canActivate: [requireSignedOut],
        loadComponent: () => import('./pages/register/register').then((m) => m.Register),
      },
      {
        path: 'forgot-password',
        title: 'titles.forgotPassword',
        loadComponent: () => import('./pages/forgot-password/forgot-password').then((m) => m.ForgotPassword),
      },
      {
        // The e-mailed reset link (libs/server/notifications events.ts).
        path: 'reset-password/:token',
        title: 'titles.resetPassword',
        loadComponent: () => import('./pages/reset-password/reset-password').then((m) => m.ResetPassword),
      },
      {
        // The set-up link `npm run admin:create` prints: the same page sets the first password.
        path: 'account-setup/:token',
        title: 'titles.accountSetup',
        data: { mode: 'setup' },
        loadComponent: () => import('./pages/reset-password/reset-password').then((m) => m.ResetPassword),
      },
      {
        // The e-mailed confirmation link (libs/server/notifications events.ts): confirms on opening.
        path: 'verify-email/:token',
        title: 'titles.verifyEmail',
        loadComponent: () => import('./pages/verify-email/verify-email').then((m) => m.VerifyEmail),
      },
      {
        // An invitation's e-mailed link: open to anyone holding it; accepting needs the invited, confirmed account.
        path: 'invitations/:token',
        title: 'titles.invitation',
        loadComponent: () => import('./pages/invitation/invitation-page').then((m) => m.InvitationPage),
      },
      {
        // Two-factor enrolment: attachés and admins land here after the password until they have enrolled.
        path: 'two-factor',
        title: 'titles.twoFactor',
        canActivate: [requireSignedIn],
        loadComponent: () => import('./pages/two-factor/two-factor-enrol').then((m) => m.TwoFactorEnrol),
      },
      {
        path: 'home',
        title: 'titles.home',
        canActivate: [requireRole(...ALL_ROLES)],
        loadComponent: () => import('./pages/home/home').then((m) => m.Home),
      },
      {
        path: 'vacancies',
        title: 'titles.vacancies',
        data: AVAILABLE_OFFLINE,
        loadComponent: () => import('./pages/vacancy-search/vacancy-search').then((m) => m.VacancySearch),
      },
      {
        path: 'vacancies/:id',
        title: 'titles.vacancy',
        data: AVAILABLE_OFFLINE,
        loadComponent: () => import('./pages/vacancy/vacancy-page').then((m) => m.VacancyPage),
      },
      {
        // An employer's public page: the ratings of those who worked there (linked from each vacancy's page).
        path: 'companies/:id',
        title: 'titles.company',
        loadComponent: () => import('./pages/company/company-page').then((m) => m.CompanyPage),
      },
      {
        path: 'saved',
        title: 'titles.saved',
        data: AVAILABLE_OFFLINE,
        loadComponent: () => import('./pages/saved-vacancies/saved-vacancies').then((m) => m.SavedVacanciesPage),
      },
      {
        path: 'transparency',
        title: 'titles.transparency',
        loadComponent: () => import('./pages/transparency/transparency').then((m) => m.Transparency),
      },
      {
        path: 'verify/:code',
        title: 'titles.verify',
        loadComponent: () => import('./pages/verify-letter/verify-letter').then((m) => m.VerifyLetter),
      },
      {
        path: 'notifications',
        title: 'titles.notifications',
        canActivate: [requireRole(...ALL_ROLES)],
        loadComponent: () => import('./pages/notifications/notifications').then((m) => m.Notifications),
      },
      {
        path: 'admin/messages',
        title: 'titles.adminMessages',
        canActivate: [requireRole(Role.Admin)],
        data: { view: 'captured' },
        loadComponent: () => import('./pages/admin-messages/admin-messages').then((m) => m.AdminMessages),
      },
      {
        path: 'admin/accounts',
        title: 'titles.adminAccounts',
        canActivate: [requireRole(Role.Admin)],
        loadComponent: () => import('./pages/admin-accounts/admin-accounts').then((m) => m.AdminAccounts),
      },
      {
        path: 'admin/reference',
        title: 'titles.adminReference',
        canActivate: [requireRole(Role.Admin)],
        loadComponent: () => import('./pages/admin-reference/admin-reference').then((m) => m.AdminReference),
      },
      {
        path: 'admin/audit',
        title: 'titles.adminAudit',
        canActivate: [requireRole(Role.Admin)],
        loadComponent: () => import('./pages/admin-audit/admin-audit').then((m) => m.AdminAudit),
      },
      {
        path: 'admin/failed-deliveries',
        title: 'titles.adminMessages',
        canActivate: [requireRole(Role.Admin)],
        data: { view: 'failed' },
        loadComponent: () => import('./pages/admin-messages/admin-messages').then((m) => m.AdminMessages),
      },
      {
        path: 'admin/help',
        title: 'titles.helpDirectory',
        canActivate: [requireRole(Role.Admin)],
        loadComponent: () => import('./pages/help-editor/help-editor').then((m) => m.HelpEditor),
      },
      {
        path: 'admin/countries',
        title: 'titles.adminCountries',
        canActivate: [requireRole(Role.Admin)],
        loadComponent: () => import('./pages/admin-countries/admin-countries').then((m) => m.AdminCountries),
      },
      {
        // The oversight dashboard of every country (or one): the same page as the attaché's, on the admin's API.
        path: 'admin/dashboard',
        title: 'titles.dashboard',
        canActivate: [requireRole(Role.Admin)],
        data: { scope: 'admin' },
        loadComponent: () => import('./pages/dashboard/dashboard').then((m) => m.Dashboard),
      },
      {
        path: 'admin/occupations',
        title: 'titles.adminOccupations',
        canActivate: [requireRole(Role.Admin)],
        loadComponent: () => import('./pages/admin-occupations/admin-occupations').then((m) => m.AdminOccupations),
      },
      {
        path: 'profile',
        title: 'titles.profile',
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/profile/profile').then((m) => m.Profile),
      },
      {
        path: 'applications',
        title: 'titles.myApplications',
        data: AVAILABLE_OFFLINE,
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/my-applications/my-applications').then((m) => m.MyApplications),
      },
      {
        // Messages about an application lead here (libs/server/notifications events.ts): never a "page not found".
        path: 'applications/:id',
        title: 'titles.application',
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/application/application-page').then((m) => m.ApplicationPage),
      },
      {
        // The approval message's link: the same page, with the letter in view.
        path: 'applications/:id/letter',
        title: 'titles.application',
        data: { focus: 'letter' },
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/application/application-page').then((m) => m.ApplicationPage),
      },
      {
        // The check-in's short link in an SMS: the check-in page (relative: the language stays), sign-in first if need be.
        path: `${CHECK_IN_SHORT_PATH}/:code`,
        redirectTo: ({ params }) => {
          const id = checkInIdOfShortCode(params['code'] ?? '');
          return id ? `check-ins/${id}` : 'not-found';
        },
      },
      {
        // The check-in's notification (and, through the short link above, its SMS) lead here.
        path: 'check-ins/:id',
        title: 'titles.checkIn',
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/check-in/check-in').then((m) => m.CheckInPage),
      },
      {
        // "Get help now": help for the region of the migrant's job, kept offline.
        path: 'help',
        title: 'titles.help',
        data: AVAILABLE_OFFLINE,
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/help/help-page').then((m) => m.HelpPage),
      },
      {
        path: 'grievances',
        title: 'titles.myGrievances',
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/my-grievances/my-grievances').then((m) => m.MyGrievances),
      },
      {
        path: 'grievances/new',
        title: 'titles.grievanceNew',
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/grievance-new/grievance-new').then((m) => m.GrievanceNew),
      },
      {
        // A grievance's notifications to the migrant lead here.
        path: 'grievances/:id',
        title: 'titles.grievance',
        // Component input binding sets an input the route does not name to undefined: say whose page it is.
        data: { reader: 'migrant' },
        canActivate: [requireRole(Role.Migrant)],
        loadComponent: () => import('./pages/grievance/grievance-page').then((m) => m.GrievancePage),
      },
      {
        path: 'employer',
        canActivate: [requireRole(Role.Employer)],
        // Until the address is confirmed, the frame shows the "confirm your e-mail" banner instead of the pages.
        loadComponent: () => import('./pages/employer-area/employer-area').then((m) => m.EmployerArea),
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'company' },
          {
            path: 'company',
            title: 'titles.employerCompany',
            loadComponent: () => import('./pages/employer-company/employer-company').then((m) => m.EmployerCompany),
          },
          {
            path: 'vacancies',
            title: 'titles.employerVacancies',
            loadComponent: () => import('./pages/employer-vacancies/employer-vacancies').then((m) => m.EmployerVacancies),
          },
          {
            path: 'vacancies/new',
            title: 'titles.vacancyNew',
            loadComponent: () => import('./pages/vacancy-editor/vacancy-editor').then((m) => m.VacancyEditor),
          },
          {
            path: 'vacancies/:id/edit',
            title: 'titles.vacancyEdit',
            loadComponent: () => import('./pages/vacancy-editor/vacancy-editor').then((m) => m.VacancyEditor),
          },
          {
            path: 'vacancies/:id/applicants',
            title: 'titles.applicants',
            loadComponent: () => import('./pages/employer-applicants/employer-applicants').then((m) => m.EmployerApplicants),
          },
          {
            path: 'batches/:id',
            title: 'titles.employerBatch',
            loadComponent: () => import('./pages/employer-batch/employer-batch').then((m) => m.EmployerBatch),
          },
          {
            path: 'api-keys',
            title: 'titles.employerApiKeys',
            loadComponent: () => import('./pages/employer-api-keys/employer-api-keys').then((m) => m.EmployerApiKeys),
          },
          {
            path: 'webhooks',
            title: 'titles.employerWebhooks',
            loadComponent: () => import('./pages/employer-webhooks/employer-webhooks').then((m) => m.EmployerWebhooks),
          },
        ],
      },
      {
        path: 'attache',
        canActivate: [requireRole(Role.Attache, Role.Admin)],
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'companies' },
          {
            path: 'companies',
            title: 'titles.attacheCompanies',
            loadComponent: () => import('./pages/attache-companies/attache-companies').then((m) => m.AttacheCompanies),
          },
          {
            path: 'companies/:id',
            title: 'titles.attacheCompany',
            loadComponent: () => import('./pages/attache-company/attache-company').then((m) => m.AttacheCompany),
          },
          {
            path: 'disputes',
            title: 'titles.attacheDisputes',
            loadComponent: () => import('./pages/attache-disputes/attache-disputes').then((m) => m.AttacheDisputes),
          },
          {
            path: 'vacancies',
            title: 'titles.attacheVacancies',
            loadComponent: () => import('./pages/attache-vacancies/attache-vacancies').then((m) => m.AttacheVacancies),
          },
          {
            path: 'vacancies/:id',
            title: 'titles.attacheVacancy',
            loadComponent: () => import('./pages/attache-vacancy/attache-vacancy').then((m) => m.AttacheVacancy),
          },
          {
            path: 'batches',
            title: 'titles.attacheBatches',
            loadComponent: () => import('./pages/attache-batches/attache-batches').then((m) => m.AttacheBatches),
          },
          {
            path: 'batches/:id',
            title: 'titles.attacheBatch',
            loadComponent: () => import('./pages/attache-batch/attache-batch').then((m) => m.AttacheBatch),
          },
          {
            path: 'grievances',
            title: 'titles.attacheGrievances',
            loadComponent: () => import('./pages/attache-grievances/attache-grievances').then((m) => m.AttacheGrievances),
          },
          {
            path: 'help',
            title: 'titles.helpDirectory',
            loadComponent: () => import('./pages/help-editor/help-editor').then((m) => m.HelpEditor),
          },
          {
            // The grievanceOpened notification leads here.
            path: 'grievances/:id',
            title: 'titles.attacheGrievance',
            data: { reader: 'staff' },
            loadComponent: () => import('./pages/grievance/grievance-page').then((m) => m.GrievancePage),
          },
          {
            // The attaché's oversight dashboard: their country, their regions.
            path: 'dashboard',
            title: 'titles.dashboard',
            canActivate: [requireRole(Role.Attache)],
            data: { scope: 'attache' },
            loadComponent: () => import('./pages/dashboard/dashboard').then((m) => m.Dashboard),
          },
        ],
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: () => import('./pages/not-found/not-found').then((m) => m.NotFound),
      },
    ],
  },
];
