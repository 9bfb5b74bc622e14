/**
 * Mobile numbers by the countries' numbering plans (libphonenumber's metadata, ~35 KB gzip). An entry of its own, not
 * part of the '@jumush/domain' barrel: the web's start-up bundle reaches the barrel, and whatever the barrel reaches
 * lands in it; only the pages that take a phone number import this.
 */
export * from './lib/accounts/mobile-phone';
