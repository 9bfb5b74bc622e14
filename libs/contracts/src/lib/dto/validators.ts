/** class-validator decorators for rules that live in @jumush/domain. */
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { mobilePhoneProblem, passwordProblem } from '@jumush/domain';

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
        defaultMessage: (args) =>
          (typeof args?.value === 'string' && mobilePhoneProblem(args.value)) || 'phone.format',
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
        defaultMessage: (args) =>
          (typeof args?.value === 'string' && passwordProblem(args.value)) || 'password.tooShort',
      },
    });
}
