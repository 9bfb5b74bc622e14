/** Evidence files after arrival (a grievance's attachments, a fee report's receipt): the checks every upload passes. */
import { createHash } from 'node:crypto';
import { FileInterceptor } from '@nestjs/platform-express';
import { COMPANY_DOCUMENT_MAX_BYTES } from '@jumush/contracts';
import { EXTENSION_OF_DOCUMENT_TYPE, detectDocumentType } from '@jumush/domain';
import { sanitizeFileName, type UploadedFile } from '../companies/company-documents.service';
import { ProblemException } from '../http/problem';
import { FileNotFoundError, type FileStorage } from '../storage/file-storage';
import type { SendableDocument } from '../companies/send-document';

/** Multer keeps the file in memory (at most the document limit) and stops reading beyond it. */
export const evidenceUpload = FileInterceptor('file', { limits: { fileSize: COMPANY_DOCUMENT_MAX_BYTES, files: 1, fields: 5 } });

export interface CheckedEvidence {
  buffer: Buffer;
  contentType: string;
  extension: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

/** The same limits as every other upload: 10 MB, a PDF, JPEG or PNG told from its first bytes; refusals name the field `file`. */
export function checkedEvidence(file: UploadedFile | undefined): CheckedEvidence {
  if (!file)
    throw new ProblemException(400, {
      code: 'validation.failed',
      errors: [{ field: 'file', code: 'validation.isNotEmpty', message: 'Choose a file.' }],
    });
  const maxMegabytes = COMPANY_DOCUMENT_MAX_BYTES / 1024 / 1024;
  if (file.size > COMPANY_DOCUMENT_MAX_BYTES)
    throw new ProblemException(413, {
      code: 'document.tooLarge',
      params: { maxMegabytes },
      errors: [{ field: 'file', code: 'document.tooLarge', message: `At most ${maxMegabytes} MB.`, params: { maxMegabytes } }],
    });
  const type = detectDocumentType(file.buffer);
  if (!type)
    throw new ProblemException(415, {
      code: 'document.unsupportedType',
      detail: 'Upload a PDF, JPEG or PNG file.',
      errors: [{ field: 'file', code: 'document.unsupportedType', message: 'Upload a PDF, JPEG or PNG file.' }],
    });
  const extension = EXTENSION_OF_DOCUMENT_TYPE[type];
  return {
    buffer: file.buffer,
    contentType: type,
    extension,
    fileName: sanitizeFileName(file.originalname, extension),
    sizeBytes: file.buffer.length,
    sha256: createHash('sha256').update(file.buffer).digest('hex'),
  };
}

/** Opens a stored evidence file; a row naming a file the storage lost is a 404, never a 500. */
export async function openEvidence(
  storage: FileStorage,
  key: string,
  document: SendableDocument['document'],
  onMissing: () => void,
): Promise<SendableDocument> {
  try {
    return { document, stream: await storage.open(key) };
  } catch (error) {
    if (!(error instanceof FileNotFoundError)) throw error;
    onMissing();
    throw new ProblemException(404, { code: 'http.notFound', detail: 'The file is missing.' });
  }
}
