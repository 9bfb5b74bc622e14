/**
 * What the browser may import from the contracts: enums, rules and response types,
 * without the class-validator DTO classes (they would pull the validator into the bundle).
 */
export * from './lib/problem';
export * from './lib/accounts';
export { Role, Locale, SUPPORTED_LOCALES, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, passwordProblem, mobilePhoneProblem, normalizeMobilePhone, pickLocale, isSupportedLocale } from '@jumush/domain';
export type { RegisterMigrantDto, RegisterEmployerDto, LoginDto, CreateAttacheDto, UpdateLocaleDto, SmokeJobDto } from './lib/dto/auth.dto';
