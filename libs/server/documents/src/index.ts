export * from './lib/approval-letter';
export * from './lib/batch-decision-sheet';
export * from './lib/approved-candidates-export';
export * from './lib/qr';
export * from './lib/verification-code';
export { formatDate, formatRoubles, formatWholeNumber } from './lib/format';
export type { DocumentLocale, LetterLocale } from './lib/locale';
export { REFUSAL_REASON_LABELS } from './lib/refusal-reasons';
// The shared page, fonts and text helpers, for documents laid out in the apps (the dashboards' monthly report).
export { COLOR, FONT, PAGE, createPdf, drawText, lineHeight, pdfBuffer } from './lib/pdf';
export type { PdfDocument, TextStyle } from './lib/pdf';
export { LANGUAGE_TAG } from './lib/locale';
