/** Global validation: whitelist, reject unknown fields, transform, and field errors with translation keys. */
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@jumush/contracts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@jumush/domain';
import { ProblemException } from './problem';

/** Placeholder values of common constraints, so the web can say "at most 254 characters". */
function paramsOf(constraint: string, error: ValidationError): Record<string, string | number> | undefined {
  const context = error.contexts?.[constraint] as Record<string, string | number> | undefined;
  if (context) return context;
  const message = error.constraints?.[constraint] ?? '';
  const numbers = message.match(/\d+/g)?.map(Number) ?? [];
  switch (constraint) {
    case 'maxLength':
    case 'max':
    case 'arrayMaxSize':
      return numbers.length ? { max: numbers[numbers.length - 1] } : undefined;
    case 'minLength':
    case 'min':
    case 'arrayMinSize':
      return numbers.length ? { min: numbers[numbers.length - 1] } : undefined;
    case 'isLength':
      return numbers.length >= 2 ? { min: numbers[numbers.length - 2], max: numbers[numbers.length - 1] } : undefined;
    default:
      return undefined;
  }
}

/** Placeholders of domain problem codes. */
const DOMAIN_CODE_PARAMS: Record<string, Record<string, number>> = {
  'password.tooShort': { min: PASSWORD_MIN_LENGTH },
  'password.tooLong': { max: PASSWORD_MAX_LENGTH },
};

/** Our own decorators put a domain problem code (e.g. "phone.kyrgyzFormat") in the message. */
function codeOf(constraint: string, message: string): string {
  if (/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/.test(message)) return message;
  if (constraint === 'whitelistValidation') return 'validation.whitelist';
  if (constraint === 'isLength') return 'validation.length';
  return `validation.${constraint}`;
}

export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const code = codeOf(constraint, message);
      const params = DOMAIN_CODE_PARAMS[code] ?? paramsOf(constraint, error);
      return { field, code, message, ...(params ? { params } : {}) };
    });
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

const NUL = '\u0000';

/**
 * Fields whose text holds a NUL character, as dotted paths ("skills", "items.0.name"; a string in a list is its
 * list's field). PostgreSQL refuses NUL in text, and no person means one: without this rule it became a 500.
 */
export function fieldsWithNul(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path] : [];
  if (Array.isArray(value))
    return [...new Set(value.flatMap((item, index) => fieldsWithNul(item, typeof item === 'object' && item !== null ? `${path}.${index}` : path)))];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => {
      const field = path ? `${path}.${key}` : key;
      return key.includes(NUL) ? [field] : fieldsWithNul(item, field);
    });
  return [];
}

/** The one global rule for text: no NUL in any body, query or path field, before any other validation. */
class JumushValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const fields = fieldsWithNul(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (fields.length > 0)
        throw new ProblemException(400, {
          code: 'validation.failed',
          detail: 'The request has invalid fields.',
          errors: fields.map((field) => ({ field, code: 'validation.nulCharacter', message: 'The text contains a NUL character.' })),
        });
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new JumushValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException(400, {
        code: 'validation.failed',
        detail: 'The request has invalid fields.',
        errors: toFieldErrors(errors),
      }),
  });
}
