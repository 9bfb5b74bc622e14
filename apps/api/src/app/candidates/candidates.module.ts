import { Module } from '@nestjs/common';
import { CandidateProfilesRepository } from './candidate-profiles.repository';
import { CandidatesController } from './candidates.controller';
import { CandidatesService } from './candidates.service';
import { ChecklistService } from './checklist.service';
import { CitizenshipService } from './citizenship.service';
import { DepartureService } from './departure.service';
import { passportCipherProvider } from './passport-cipher';
import { PersonalDataRepository } from './personal-data.repository';
import { PersonalDataService } from './personal-data.service';
import { ProfileWizardService } from './profile-wizard.service';

/** Migrants' pre-departure profiles: the wizard, the checklist, the departure plan, consent, export and deletion. */
@Module({
  controllers: [CandidatesController],
  providers: [
    CandidatesService,
    ProfileWizardService,
    ChecklistService,
    CitizenshipService,
    DepartureService,
    PersonalDataService,
    CandidateProfilesRepository,
    PersonalDataRepository,
    passportCipherProvider,
  ],
  exports: [CandidatesService, passportCipherProvider, ProfileWizardService, ChecklistService],
})
export class CandidatesModule {}
