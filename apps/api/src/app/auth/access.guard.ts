/**
 * Global guard: public routes pass, others need a valid access token and one of the declared roles. An employer
 * whose e-mail is not verified passes only routes open to every signed-in account (their own account, sessions,
 * notifications, the verification itself): every route that names the employer role acts for a company — its
 * registration, vacancies, invitations, applicants, batches, exports — and answers 403 `account.emailNotVerified`.
 * An attaché or admin without two-factor sign-in passes only the routes marked @DuringTwoFactorEnrolment (their
 * account and the enrolment): every other answers 403 `auth.twoFactorEnrolmentRequired`.
 * A request presenting an HR system's API key is admitted by the key alone (ApiKeyAuthenticator): only routes marked
 * `@AllowApiKey(scope)` serve keys, public ones included; every other answers 403 `apiKey.routeNotAllowed`.
 */
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { Role, twoFactorStanding, type Actor, type ApiKeyScope } from '@jumush/domain';
import type { Request } from 'express';
import { API_KEY_SCOPE_METADATA, presentedApiKey, type RequestWithApiKey } from '../api-keys/api-key-access';
import { ApiKeyAuthenticator } from '../api-keys/api-key-authenticator';
import { ProblemException } from '../http/problem';
import { ACCESS_METADATA, type AccessRule } from './access.decorators';
import { JWT_STRATEGY, type SignedInActor } from './jwt.strategy';
import { DURING_ENROLMENT_METADATA } from './two-factor/during-enrolment.decorator';

@Injectable()
export class AccessGuard extends AuthGuard(JWT_STRATEGY) {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyAuthenticator,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request & RequestWithApiKey & { user?: Actor }>();
      const key = presentedApiKey(request.headers);
      if (key !== undefined) {
        const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE_METADATA, [context.getHandler(), context.getClass()]);
        // A key serves only routes that name a scope for it and are open to employers: default deny, like roles.
        request.user = await this.apiKeys.admit(
          request,
          key,
          rule?.kind === 'authenticated' ? scope : undefined,
          rule?.kind === 'authenticated' ? rule.roles : [],
        );
        return true;
      }
    }
    if (rule?.kind === 'public') return true;
    await super.canActivate(context);
    // Default deny: a route that declares no access rule is refused even to signed-in accounts.
    if (!rule)
      throw new ProblemException(403, {
        code: 'auth.forbidden',
        detail: 'This route declares no access rule.',
      });
    const actor = context.switchToHttp().getRequest<{ user: SignedInActor }>().user;
    if (
      twoFactorStanding(actor.role, actor.twoFactorEnabled) === 'MUST_ENROL' &&
      !this.reflector.getAllAndOverride<boolean | undefined>(DURING_ENROLMENT_METADATA, [context.getHandler(), context.getClass()])
    ) {
      throw new ProblemException(403, {
        code: 'auth.twoFactorEnrolmentRequired',
        detail: 'Switch on two-factor sign-in first: your role requires it.',
      });
    }
    if (rule.roles.length > 0 && !rule.roles.includes(actor.role)) {
      throw new ProblemException(403, {
        code: 'auth.forbidden',
        detail: 'Your role may not do this.',
      });
    }
    if (actor.role === Role.Employer && rule.roles.includes(Role.Employer) && !actor.emailVerified) {
      throw new ProblemException(403, {
        code: 'account.emailNotVerified',
        detail: 'Confirm your e-mail address first: open the link we sent to it, or ask for a new one.',
      });
    }
    return true;
  }

  override handleRequest<TUser = Actor>(error: unknown, user: TUser | false): TUser {
    if (error || !user)
      throw new ProblemException(401, {
        code: 'auth.unauthenticated',
        detail: 'Sign in to continue.',
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    return user;
  }
}
