import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AfterArrivalQuery,
  ChecklistItemDto,
  CitizenshipDto,
  ChecklistKindParam,
  ConsentDto,
  PassportStepDto,
  PersonalStepDto,
  PlannedDepartureDto,
  PreferencesStepDto,
  ResidenceStepDto,
  SkillsStepDto,
  type AfterArrivalChecklistView,
  type CandidateProfileView,
  type OwnPassportNumberView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../auth/access.decorators';
import type { UploadedFile as UploadedDocument } from '../companies/companies.service';
import { CandidatesService } from './candidates.service';
import { CHECKLIST_DOCUMENT_MAX_BYTES, ChecklistService } from './checklist.service';
import { CitizenshipService } from './citizenship.service';
import { DepartureService } from './departure.service';
import { PersonalDataService } from './personal-data.service';
import { ProfileWizardService } from './profile-wizard.service';

const checklistUpload = FileInterceptor('file', {
  limits: { fileSize: CHECKLIST_DOCUMENT_MAX_BYTES, files: 1, fields: 2 },
});

@ApiTags('candidates')
@Controller('candidates/me')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly wizard: ProfileWizardService,
    private readonly checklist: ChecklistService,
    private readonly departures: DepartureService,
    private readonly personalData: PersonalDataService,
    private readonly citizenship: CitizenshipService,
  ) {}

  @Authenticated(Role.Migrant)
  @Get()
  @ApiOperation({
    summary: 'The migrant’s own profile, checklist and readiness',
  })
  async get(@CurrentActor() actor: Actor): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.candidates.mine(actor));
  }

  @Authenticated(Role.Migrant)
  @Get('passport-number')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The migrant’s own passport number in full, never cached (the profile shows it masked)' })
  async passportNumber(@CurrentActor() actor: Actor): Promise<OwnPassportNumberView> {
    return { passportNumber: await this.candidates.ownPassportNumber(actor) };
  }

  @Authenticated(Role.Migrant)
  @Put('personal')
  @ApiOperation({
    summary: 'Wizard step: names as in the passport, date of birth, sex',
  })
  async personal(@CurrentActor() actor: Actor, @Body() dto: PersonalStepDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.wizard.updatePersonal(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Put('residence')
  @ApiOperation({ summary: 'Wizard step: oblast and district of residence' })
  async residence(@CurrentActor() actor: Actor, @Body() dto: ResidenceStepDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.wizard.updateResidence(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Put('skills')
  @ApiOperation({
    summary: 'Wizard step: languages, occupations with experience, education',
  })
  async skills(@CurrentActor() actor: Actor, @Body() dto: SkillsStepDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.wizard.updateSkills(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Put('preferences')
  @ApiOperation({ summary: 'Wizard step: preferred regions of Russia' })
  async preferences(@CurrentActor() actor: Actor, @Body() dto: PreferencesStepDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.wizard.updatePreferences(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Put('passport')
  @ApiOperation({
    summary: 'Wizard step: foreign passport number (stored encrypted) and expiry',
  })
  async passport(@CurrentActor() actor: Actor, @Body() dto: PassportStepDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.wizard.updatePassport(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Put('consent')
  @ApiOperation({
    summary: 'Agree to share the profile with the employers applied to',
  })
  async consent(@CurrentActor() actor: Actor, @Body() dto: ConsentDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.wizard.giveConsent(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Put('citizenship')
  @ApiOperation({
    summary: 'Choose or confirm the citizenship (KG, UZ, TJ); refused (409) once an employer acted on an application',
  })
  async changeCitizenship(@CurrentActor() actor: Actor, @Body() dto: CitizenshipDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.citizenship.change(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Get('after-arrival')
  @ApiOperation({
    summary: 'What the law asks on arrival for my citizenship, each with its last day counted from ?arrivedOn and ?contractSignedOn when given',
  })
  afterArrival(@CurrentActor() actor: Actor, @Query() query: AfterArrivalQuery): Promise<AfterArrivalChecklistView> {
    return this.citizenship.afterArrival(actor, query);
  }

  @Authenticated(Role.Migrant)
  @Put('departure')
  @ApiOperation({
    summary: 'Plan (or clear with null) the departure date; a reminder of open checklist items comes 3 days before',
  })
  async departure(@CurrentActor() actor: Actor, @Body() dto: PlannedDepartureDto): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.departures.plan(actor, dto));
  }

  @Authenticated(Role.Migrant)
  @Put('checklist/:kind')
  @ApiOperation({ summary: 'Update one pre-departure checklist item' })
  async checklistItem(
    @CurrentActor() actor: Actor,
    @Param() param: ChecklistKindParam,
    @Body() dto: ChecklistItemDto,
  ): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.checklist.updateItem(actor, param.kind, dto));
  }

  @Authenticated(Role.Migrant)
  @Post('checklist/:kind/document')
  @UseInterceptors(checklistUpload)
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary: 'Attach a document (PDF, JPEG, PNG) to a checklist item',
  })
  async checklistDocument(
    @CurrentActor() actor: Actor,
    @Param() param: ChecklistKindParam,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<CandidateProfileView> {
    return this.candidates.view(actor, await this.checklist.uploadDocument(actor, param.kind, file));
  }

  @Authenticated(Role.Migrant)
  @Get('export')
  @ApiOperation({ summary: 'Download everything Jumush holds about me' })
  exportData(@CurrentActor() actor: Actor): Promise<Record<string, unknown>> {
    return this.personalData.exportData(actor);
  }

  @Authenticated(Role.Migrant)
  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete my account; approved applications stay, anonymised',
  })
  async delete(@CurrentActor() actor: Actor): Promise<void> {
    await this.personalData.deleteAccount(actor);
  }
}
