export * from './lib/sms-segments';
export * from './lib/locales';
export * from './lib/render';
export * from './lib/placeholders';
export * from './lib/events';
export * from './lib/preferences';
export { TEMPLATES, REFERENCE_LOCALE, type NotificationTemplate, type TemplateCatalogue } from './lib/templates';
