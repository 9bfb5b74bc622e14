/**
 * Test helpers for documents: read back the text, pages, images and QR codes of the PDFs this library writes.
 * For tests only (they need devDependencies); not exported from the library's main entry point.
 */
export * from './pdf-text';
export * from './pdf-images';
