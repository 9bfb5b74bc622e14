export * from './lib/problem';
export * from './lib/accounts';
export * from './lib/dto/validators';
export * from './lib/dto/auth.dto';
export * from './lib/dto/pagination.dto';
export { Role, Locale, SUPPORTED_LOCALES } from '@jumush/domain';
