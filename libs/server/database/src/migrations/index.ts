/** Every migration in order; generate a new one with `npm run migration:generate -- <Name>` and add it here. */
import { InitialSchema1764000000000 } from './1764000000000-InitialSchema';
import { SeedOriginCountries1764000000001 } from './1764000000001-SeedOriginCountries';
import { EmployersAndVacancies1764100000000 } from './1764100000000-EmployersAndVacancies';
import { VacancySearchTextTrigram1764200000000 } from './1764200000000-VacancySearchTextTrigram';
import { VacancyFacetsIndex1764210000000 } from './1764210000000-VacancyFacetsIndex';
import { CandidatesAndApplications1764300000000 } from './1764300000000-CandidatesAndApplications';
import { AuditChain1764400000000 } from './1764400000000-AuditChain';
import { Notifications1764500000000 } from './1764500000000-Notifications';
import { Batches1764600000000 } from './1764600000000-Batches';
import { PublishedVacanciesHaveTime1765000000900 } from './1765000000900-PublishedVacanciesHaveTime';
import { TelegramLinksAndPlannedDeparture1765000000950 } from './1765000000950-TelegramLinksAndPlannedDeparture';
import { OriginCountriesAsData1765000005200 } from './1765000005200-OriginCountriesAsData';
import { OriginCountryNamesInUzbekAndTajik1765000001300 } from './1765000001300-OriginCountryNamesInUzbekAndTajik';
import { AuditChainPerStatement1765000001500 } from './1765000001500-AuditChainPerStatement';
import { CitizenshipRecorded1765000001640 } from './1765000001640-CitizenshipRecorded';
import { LetterRevocation1765000002100 } from './1765000002100-LetterRevocation';
import { DecidedTermsSnapshot1765000002200 } from './1765000002200-DecidedTermsSnapshot';
import { PassportNumbersMayRepeat1765000003300 } from './1765000003300-PassportNumbersMayRepeat';
import { SignInFailuresLeaveAccounts1765000003310 } from './1765000003310-SignInFailuresLeaveAccounts';
import { SessionsAndDisabledAccounts1765000003320 } from './1765000003320-SessionsAndDisabledAccounts';
import { OneTimeSecrets1765000003400 } from './1765000003400-OneTimeSecrets';
import { OneRecordPerMove1765000004000 } from './1765000004000-OneRecordPerMove';
import { ApplicationMovesTouchFewerIndexes1765000004010 } from './1765000004010-ApplicationMovesTouchFewerIndexes';
import { ChecklistDocumentSizes1765000004100 } from './1765000004100-ChecklistDocumentSizes';
import { VerifiedEmailsAndInvitationTokens1765000004300 } from './1765000004300-VerifiedEmailsAndInvitationTokens';
import { PerCountryVerification1765000004400 } from './1765000004400-PerCountryVerification';
import { AfterArrival1765000005300 } from './1765000005300-AfterArrival';
import { VacancyFeedIndex1765000005900 } from './1765000005900-VacancyFeedIndex';
import { GrievanceDeadlines1765000005910 } from './1765000005910-GrievanceDeadlines';
import { GrievanceAttachments1765000005920 } from './1765000005920-GrievanceAttachments';
import { WorkReports1765000005600 } from './1765000005600-WorkReports';
import { AttacheCoveredRegions1765000004800 } from './1765000004800-AttacheCoveredRegions';
import { AuditHeadPublications1765000005400 } from './1765000005400-AuditHeadPublications';
import { MinimumWages1765000005410 } from './1765000005410-MinimumWages';
import { CompanyDisputes1765000005500 } from './1765000005500-CompanyDisputes';
import { HelpContacts1765000005700 } from './1765000005700-HelpContacts';
import { VerifiedPhones1765000005100 } from './1765000005100-VerifiedPhones';
import { TwoFactorSignIn1765000005000 } from './1765000005000-TwoFactorSignIn';
import { EmployerRatings1765000005650 } from './1765000005650-EmployerRatings';

import { SuspensionCategories1765000005850 } from './1765000005850-SuspensionCategories';
import { VacancyFacetCounts1765000006400 } from './1765000006400-VacancyFacetCounts';
import { ApiKeys1765000006100 } from './1765000006100-ApiKeys';
import { DashboardRollups1765000006300 } from './1765000006300-DashboardRollups';
import { Webhooks1765000006200 } from './1765000006200-Webhooks';
import { DashboardWeeklyRollups1765000006350 } from './1765000006350-DashboardWeeklyRollups';
import { CountrySupervisors1765000006450 } from './1765000006450-CountrySupervisors';
import { OccupationsAsData1765000006460 } from './1765000006460-OccupationsAsData';
import { OpenDataSnapshots1765000006470 } from './1765000006470-OpenDataSnapshots';
import { DashboardEventsGroupedFirst1765000006550 } from './1765000006550-DashboardEventsGroupedFirst';
import { RoomForWholeBatchMoves1765000006500 } from './1765000006500-RoomForWholeBatchMoves';
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const ALL_MIGRATIONS: Function[] = [
  InitialSchema1764000000000,
  SeedOriginCountries1764000000001,
  EmployersAndVacancies1764100000000,
  VacancySearchTextTrigram1764200000000,
  VacancyFacetsIndex1764210000000,
  CandidatesAndApplications1764300000000,
  AuditChain1764400000000,
  Notifications1764500000000,
  Batches1764600000000,
  PublishedVacanciesHaveTime1765000000900,
  TelegramLinksAndPlannedDeparture1765000000950,
  OriginCountryNamesInUzbekAndTajik1765000001300,
  AuditChainPerStatement1765000001500,
  CitizenshipRecorded1765000001640,
  LetterRevocation1765000002100,
  DecidedTermsSnapshot1765000002200,
  PassportNumbersMayRepeat1765000003300,
  SignInFailuresLeaveAccounts1765000003310,
  SessionsAndDisabledAccounts1765000003320,
  OneTimeSecrets1765000003400,
  OneRecordPerMove1765000004000,
  ApplicationMovesTouchFewerIndexes1765000004010,
  ChecklistDocumentSizes1765000004100,
  VerifiedEmailsAndInvitationTokens1765000004300,
  PerCountryVerification1765000004400,
  AttacheCoveredRegions1765000004800,
  AuditHeadPublications1765000005400,
  MinimumWages1765000005410,
  CompanyDisputes1765000005500,
  VerifiedPhones1765000005100,
  OriginCountriesAsData1765000005200,
  TwoFactorSignIn1765000005000,
  AfterArrival1765000005300,
  VacancyFeedIndex1765000005900,
  SuspensionCategories1765000005850,
  WorkReports1765000005600,
  HelpContacts1765000005700,
  EmployerRatings1765000005650,
  GrievanceDeadlines1765000005910,
  GrievanceAttachments1765000005920,
  VacancyFacetCounts1765000006400,
  ApiKeys1765000006100,
  DashboardRollups1765000006300,
  Webhooks1765000006200,
  DashboardWeeklyRollups1765000006350,
  CountrySupervisors1765000006450,
  OccupationsAsData1765000006460,
  OpenDataSnapshots1765000006470,
  RoomForWholeBatchMoves1765000006500,
  DashboardEventsGroupedFirst1765000006550,
];
