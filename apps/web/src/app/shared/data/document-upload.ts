import { COMPANY_DOCUMENT_MAX_BYTES, COMPANY_DOCUMENT_TYPES } from '@jumush/contracts/client';

/** What the file input accepts: the API checks the content, this only spares a useless upload. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
export const DOCUMENT_MAX_MEGABYTES = COMPANY_DOCUMENT_MAX_BYTES / 1024 / 1024;

const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/**
 * The problem code of a chosen file before it is sent (the API's own codes), or null when it may go.
 * Phones sometimes report no MIME type: then the extension decides.
 */
export function documentFileProblem(file: Pick<File, 'name' | 'size' | 'type'>): 'document.tooLarge' | 'document.unsupportedType' | null {
  const typeOk = file.type ? (COMPANY_DOCUMENT_TYPES as readonly string[]).includes(file.type) : EXTENSIONS.test(file.name);
  if (!typeOk) return 'document.unsupportedType';
  if (file.size > COMPANY_DOCUMENT_MAX_BYTES) return 'document.tooLarge';
  return null;
}
