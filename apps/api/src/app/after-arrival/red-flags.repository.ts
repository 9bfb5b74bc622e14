/** SQL of red flags: the rules (data, seeded by the migration) and the flags that put an employer under review. */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RedFlagRule, RedFlagSignal } from '@jumush/domain';
import type { RedFlagEvidenceView, RedFlagStatus } from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';

export interface RedFlagRow {
  id: string;
  company_id: string;
  origin_country: string;
  rule_code: string;
  signal: RedFlagSignal;
  threshold: number;
  window_days: number | null;
  evidence: RedFlagEvidenceView[];
  status: RedFlagStatus;
  created_at: Date;
  decided_at: Date | null;
}

const FLAG_SELECT = `
  SELECT f.id, f.company_id, f.origin_country, f.rule_code, r.signal, r.threshold, r.window_days, f.evidence, f.status, f.created_at, f.decided_at
    FROM red_flags f JOIN red_flag_rules r ON r.code = f.rule_code`;

@Injectable()
export class RedFlagsRepository {
  rules(manager: EntityManager): Promise<RedFlagRule[]> {
    return queryRows<RedFlagRule>(
      manager,
      `SELECT code, signal, threshold, window_days AS "windowDays" FROM red_flag_rules WHERE active ORDER BY code`,
    );
  }

  /** Evidence ids a decided flag of this employer, country and rule already acted on: they never raise a flag again. */
  async settledEvidence(manager: EntityManager, companyId: string, originCountry: string, ruleCode: string): Promise<Set<string>> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `SELECT DISTINCT e ->> 'id' AS id FROM red_flags f CROSS JOIN LATERAL jsonb_array_elements(f.evidence) e
        WHERE f.company_id = $1 AND f.origin_country = $2 AND f.rule_code = $3 AND f.status <> 'UNDER_REVIEW'`,
      [companyId, originCountry, ruleCode],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Puts the employer under review for the rule, or adds the evidence to the flag already open: `raised` when the
   * flag is new, `grown` when an open flag took more evidence, neither when nothing changed.
   */
  async raise(
    manager: EntityManager,
    flag: { companyId: string; originCountry: string; ruleCode: string; evidence: RedFlagEvidenceView[] },
  ): Promise<{ id: string; raised: boolean } | null> {
    const [row] = await queryRows<{ id: string; raised: boolean }>(
      manager,
      `INSERT INTO red_flags (company_id, origin_country, rule_code, evidence) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (company_id, origin_country, rule_code) WHERE status = 'UNDER_REVIEW'
       DO UPDATE SET evidence = EXCLUDED.evidence, updated_at = now() WHERE red_flags.evidence IS DISTINCT FROM EXCLUDED.evidence
       RETURNING id, (xmax = 0) AS raised`,
      [flag.companyId, flag.originCountry, flag.ruleCode, JSON.stringify(flag.evidence)],
    );
    return row ?? null;
  }

  /** The flags on an employer for one country (every country's for null), open ones first. */
  ofCompany(manager: EntityManager, companyId: string, originCountry: string | null): Promise<RedFlagRow[]> {
    return queryRows<RedFlagRow>(
      manager,
      `${FLAG_SELECT} WHERE f.company_id = $1 AND ($2::text IS NULL OR f.origin_country = $2)
        ORDER BY f.status <> 'UNDER_REVIEW', f.created_at DESC`,
      [companyId, originCountry],
    );
  }

  async one(manager: EntityManager, id: string, originCountry: string | null, lock = false): Promise<RedFlagRow | null> {
    const [row] = await queryRows<RedFlagRow>(
      manager,
      `${FLAG_SELECT} WHERE f.id = $1 AND ($2::text IS NULL OR f.origin_country = $2)${lock ? ' FOR UPDATE OF f' : ''}`,
      [id, originCountry],
    );
    return row ?? null;
  }

  /** Every open flag on the employer for the country ends with its suspension; the ids that did. */
  async suspendOpen(manager: EntityManager, companyId: string, originCountry: string, decidedBy: string): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE red_flags SET status = 'SUSPENDED', decided_by = $3, decided_at = now(), updated_at = now()
        WHERE company_id = $1 AND origin_country = $2 AND status = 'UNDER_REVIEW' RETURNING id`,
      [companyId, originCountry, decidedBy],
    );
    return rows.map((row) => row.id);
  }
}
