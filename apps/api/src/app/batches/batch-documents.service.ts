/** Documents of decided batches: approval letters, the decision sheet, exports, and public letter verification. */
import { Injectable } from '@nestjs/common';
import type { LetterVerificationView } from '@jumush/contracts';
import {
  MOSCOW_TIME_ZONE,
  Role,
  calendarToday,
  letterRevocationCategoryOf,
  maySeeApprovalLetter,
  nameInitials,
  regionByCode,
  type Actor,
  type RefusalReason,
} from '@jumush/domain';
import { ApiConfig, Clock } from '@jumush/server/config';
import {
  approvedCandidatesCsv,
  approvedCandidatesXlsx,
  letterLanguagesFor,
  normalizeVerificationCode,
  renderApprovalLetterPdf,
  renderBatchDecisionSheetPdf,
  verificationUrl,
  type ApprovedCandidateRow,
} from '@jumush/server/documents';
import { ProblemException } from '../http/problem';
import { CompanyMembershipService } from '../companies/company-membership.service';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { BatchQueriesService } from './batch-queries.service';
import { LettersRepository, type LetterRow } from './letters.repository';

const fullName = (...parts: Array<string | null>) => parts.filter(Boolean).join(' ');

@Injectable()
export class BatchDocumentsService {
  constructor(
    private readonly letters: LettersRepository,
    private readonly batches: BatchQueriesService,
    private readonly membership: CompanyMembershipService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
    private readonly countries: OriginCountriesService,
  ) {}

  /** The letter of one approved application: for its candidate, its employer and the attaché of its country. */
  async letterPdf(actor: Actor, applicationId: string): Promise<Buffer> {
    const row = await this.letters.ofApplication(applicationId);
    if (!row || !(await this.maySee(actor, row)))
      throw new ProblemException(404, {
        code: 'http.notFound',
        detail: 'No approval letter here.',
      });
    if (row.revoked_at)
      throw new ProblemException(410, {
        code: 'letter.revoked',
        detail: 'This letter was revoked.',
      });
    return renderApprovalLetterPdf(
      {
        code: row.code,
        verifyUrl: verificationUrl(this.config.WEB_ORIGIN, row.code),
        candidate: {
          fullNameCyrillic: fullName(row.surname, row.given_names),
          fullNameLatin: fullName(row.surname_latin, row.given_names_latin),
          birthDate: row.birth_date ?? '1900-01-01',
        },
        employer: { legalName: row.legal_name, inn: row.inn },
        vacancy: {
          title: row.title,
          town: row.town,
          regionName: regionByCode(row.region_code)?.nameRu ?? row.region_code,
          monthlyWageRoubles: row.monthly_wage_roubles,
          housing: row.housing,
          housingCostRoubles: row.housing_cost_roubles,
          insurance: row.insurance,
          contractMonths: row.contract_months,
          startDate: row.start_date,
        },
        decision: { decidedOn: row.decided_on, office: row.office },
      },
      letterLanguagesFor(row.locale, (await this.countries.byCode(row.origin_country))?.defaultLocale),
    );
  }

  async decisionSheetPdf(actor: Actor, batchId: string): Promise<Buffer> {
    const { batch, rows } = await this.decidedBatch(actor, batchId);
    const first = rows[0];
    return renderBatchDecisionSheetPdf({
      batchReference: `${batch.originCountry}-${batch.id.slice(0, 8).toUpperCase()}`,
      vacancy: {
        title: first.title,
        town: first.town,
        regionName: regionByCode(first.region_code)?.nameRu ?? first.region_code,
      },
      employer: { legalName: first.legal_name, inn: first.inn },
      decision: {
        // The date in Moscow, as the letters carry it (not UTC's, a day behind after 21:00).
        decidedOn: calendarToday(MOSCOW_TIME_ZONE, batch.decidedAt ?? this.clock.now()),
        office: first.office ?? '',
      },
      candidates: rows.map((row) => ({
        fullNameCyrillic: fullName(row.surname, row.given_names),
        fullNameLatin: fullName(row.surname_latin, row.given_names_latin),
        birthDate: row.birth_date ?? '1900-01-01',
        decision: row.decision ?? 'REFUSED',
        refusalReason: row.refusal_reason as RefusalReason | null,
        refusalText: row.refusal_text,
      })),
    });
  }

  async approvedCsv(actor: Actor, batchId: string): Promise<Buffer> {
    return approvedCandidatesCsv(await this.approvedRows(actor, batchId));
  }

  async approvedXlsx(actor: Actor, batchId: string): Promise<Buffer> {
    return approvedCandidatesXlsx(await this.approvedRows(actor, batchId));
  }

  /**
   * Public: says whether a letter is genuine and still valid, with enough to match it against the paper (initials in
   * both scripts the letter prints, birth year, employer, vacancy, date; when revoked, the day and the category) and
   * nothing more: never the full name, the passport or the free-text reason.
   */
  async verify(input: string): Promise<LetterVerificationView> {
    const unknown: LetterVerificationView = {
      status: 'UNKNOWN',
      initials: null,
      initialsCyrillic: null,
      birthYear: null,
      employer: null,
      vacancyTitle: null,
      town: null,
      decidedOn: null,
      office: null,
      revokedOn: null,
      revocationCategory: null,
    };
    const code = normalizeVerificationCode(input);
    if (!code) return unknown;
    const row = await this.letters.byCode(code);
    if (!row) return unknown;
    return {
      status: row.revoked_at ? 'REVOKED' : 'VALID',
      // In the order the letter prints the name: surname, then given names.
      initials: nameInitials(row.surname_latin, row.given_names_latin),
      initialsCyrillic: nameInitials(row.surname, row.given_names),
      birthYear: row.birth_date ? Number(row.birth_date.slice(0, 4)) : null,
      employer: row.legal_name,
      vacancyTitle: row.title,
      town: row.town,
      decidedOn: row.decided_on,
      office: row.office,
      revokedOn: row.revoked_at ? calendarToday(MOSCOW_TIME_ZONE, row.revoked_at) : null,
      revocationCategory: row.revoked_at ? letterRevocationCategoryOf(row.revocation_category, row.revoked_reason) : null,
    };
  }

  private async approvedRows(actor: Actor, batchId: string): Promise<ApprovedCandidateRow[]> {
    const { rows } = await this.decidedBatch(actor, batchId);
    return rows
      .filter((row) => row.decision === 'APPROVED' && row.code && !row.revoked_at)
      .map((row) => ({
        fullNameCyrillic: fullName(row.surname, row.given_names),
        fullNameLatin: fullName(row.surname_latin, row.given_names_latin),
        birthDate: row.birth_date ?? '1900-01-01',
        vacancyTitle: row.title,
        town: row.town,
        decidedOn: row.decided_on,
        verificationCode: row.code,
        verifyUrl: verificationUrl(this.config.WEB_ORIGIN, row.code),
      }));
  }

  private async decidedBatch(actor: Actor, batchId: string) {
    const batch = await this.batches.visibleBatch(actor, batchId);
    if (!batch.decidedAt)
      throw new ProblemException(409, {
        code: 'batch.notDecided',
        detail: 'The batch has no decision yet.',
      });
    const rows = await this.letters.ofBatch(batchId);
    if (rows.length === 0) throw new ProblemException(404, { code: 'http.notFound' });
    return { batch, rows };
  }

  private async maySee(actor: Actor, row: LetterRow): Promise<boolean> {
    const companyId = actor.role === Role.Employer ? ((await this.membership.companyOf(actor))?.id ?? null) : null;
    return maySeeApprovalLetter(
      { ...actor, companyId },
      { candidateAccountId: row.account_id, originCountry: row.origin_country, regionCode: row.region_code, companyId: row.company_id },
    );
  }
}
