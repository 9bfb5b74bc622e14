import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AccountEntity } from '../account.entity';

/**
 * The one-time token of a "Connect Telegram" deep link (t.me/<bot>?start=<token>). One per account: asking
 * again replaces it. Only its SHA-256 is kept; the bot's `/start <token>` deletes the row as it links the chat.
 */
@Entity({ name: 'telegram_link_tokens' })
export class TelegramLinkTokenEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Index('telegram_link_tokens_hash_unique', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
