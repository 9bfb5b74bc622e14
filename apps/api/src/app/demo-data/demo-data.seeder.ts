/** Loads the demo accounts; safe to run on every start (existing accounts are left alone). */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountEntity } from '@jumush/server/database';
import { PasswordHasher } from '../auth/password-hasher';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';

@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async seed(): Promise<void> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    let created = 0;
    for (const demo of DEMO_ACCOUNTS) {
      const result = await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(AccountEntity)
        .values({ ...demo, passwordHash })
        .orIgnore()
        .execute();
      created += result.identifiers.filter(Boolean).length;
    }
    this.logger.log(`Demo data ready (${created} account(s) created)`);
  }
}
