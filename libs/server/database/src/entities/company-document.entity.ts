import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompanyDocumentKind } from '@jumush/contracts';
import { CompanyEntity } from './company.entity';

/** A document the employer uploaded for verification; the bytes live in file storage. */
@Entity({ name: 'company_documents' })
export class CompanyDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('company_documents_company_idx')
  @Column({ name: 'company_id', type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  @Column({
    type: 'enum',
    enum: CompanyDocumentKind,
    enumName: 'company_document_kind',
  })
  kind!: CompanyDocumentKind;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  /** Detected from the bytes, not from the name the browser sent. */
  @Column({ name: 'content_type', type: 'varchar', length: 64 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 255 })
  storageKey!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;
}
