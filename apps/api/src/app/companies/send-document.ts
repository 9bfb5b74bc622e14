import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { DocumentDownload } from './company-documents.service';

/** Streams a stored document with headers that stop browsers from sniffing or running it. */
export function sendDocument(response: Response, { document, stream }: DocumentDownload): StreamableFile {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  return new StreamableFile(stream, {
    type: document.contentType,
    length: document.sizeBytes,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
  });
}
