import { StreamableFile } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { Response } from 'express';

/** Streams a stored document with headers that stop browsers from sniffing or running it. */
/** A stored file with the name, type and size it is sent under (a company document, a dispute's evidence). */
export interface SendableDocument {
  document: { fileName: string; contentType: string; sizeBytes: number };
  stream: Readable;
}

export function sendDocument(response: Response, { document, stream }: SendableDocument): StreamableFile {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  return new StreamableFile(stream, {
    type: document.contentType,
    length: document.sizeBytes,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
  });
}
