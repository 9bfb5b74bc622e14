/** class-validator decorators for rules that live in @jumush/domain. */
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { OCCUPATION_CODE_PATTERN, innProblem, isCountryCodeShape, isRussianRegionCode, ogrnProblem, passwordProblem } from '@jumush/domain';
import { SEEDED_MOBILE_PHONE_COUNTRIES, mobilePhoneProblem } from '@jumush/domain/phone';

/** Field errors carry the domain's problem code so the web can translate it. */
export function IsMobilePhone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMobilePhone',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && mobilePhoneProblem(value) === null,
        defaultMessage: (args) => (typeof args?.value === 'string' && mobilePhoneProblem(args.value)) || 'phone.format',
      },
    });
}

/**
 * A registering migrant's mobile number, read as a number of the citizenship beside it: refused here when it is no
 * mobile number at all (reported with the other fields); whether its country is taken is data, judged by the
 * service against the active origin countries ('phone.country').
 */
export function IsMobilePhoneOfCitizen(options?: ValidationOptions): PropertyDecorator {
  const problemOf = (value: unknown, object: object): string | null => {
    if (typeof value !== 'string') return 'phone.format';
    const citizenship = (object as { citizenship?: unknown }).citizenship;
    const own = typeof citizenship === 'string' && /^[A-Z]{2}$/.test(citizenship) ? citizenship : null;
    const problem = mobilePhoneProblem(value, own, own ? [...SEEDED_MOBILE_PHONE_COUNTRIES, own] : SEEDED_MOBILE_PHONE_COUNTRIES);
    return problem === 'phone.country' ? null : problem;
  };
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMobilePhone',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown, args) => problemOf(value, args?.object ?? {}) === null,
        defaultMessage: (args) => problemOf(args?.value, args?.object ?? {}) ?? 'phone.format',
      },
    });
}

export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
        defaultMessage: (args) => (typeof args?.value === 'string' && passwordProblem(args.value)) || 'password.tooShort',
      },
    });
}

/**
 * A decorator that checks a value with a domain rule returning a problem code (or null). With `each: true` the
 * message is the first element's problem (the list as a whole is what class-validator hands to the message).
 */
function domainRule(name: string, problemOf: (value: string) => string | null, options?: ValidationOptions): PropertyDecorator {
  const problemIn = (value: unknown): string | null => {
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      const problem = typeof item === 'string' ? problemOf(item) : null;
      if (problem) return problem;
    }
    return null;
  };
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && problemOf(value) === null,
        defaultMessage: (args) => problemIn(args?.value) ?? `${name}.invalid`,
      },
    });
}

export const IsInn = (options?: ValidationOptions) => domainRule('inn', (value) => innProblem(value), options);
export const IsOgrn = (options?: ValidationOptions) => domainRule('ogrn', (value) => ogrnProblem(value), options);
export const IsRussianRegionCode = (options?: ValidationOptions) =>
  domainRule('region', (value) => (isRussianRegionCode(value) ? null : 'region.unknown'), options);
/**
 * An ISO 3166-1 alpha-2 code (KG). Whether the exchange takes the country is data (origin_countries): the service
 * checks it against the active countries.
 */
export const IsCountryCode = (options?: ValidationOptions) =>
  domainRule('country', (value) => (isCountryCodeShape(value) ? null : 'validation.isIn'), options);
/**
 * An ISCO-08 unit group code (7112). Whether the exchange knows it, and still offers it, is data (the occupations
 * table): the service checks it (occupationChoiceProblem).
 */
export const IsOccupationCode = (options?: ValidationOptions) =>
  domainRule('occupation', (value) => (OCCUPATION_CODE_PATTERN.test(value) ? null : 'occupation.unknown'), options);

/** A calendar date written YYYY-MM-DD that exists (no 31 February). */
export const IsCalendarDate = (options?: ValidationOptions) =>
  domainRule(
    'date',
    (value) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date.format';
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? null : 'date.format';
    },
    options,
  );
