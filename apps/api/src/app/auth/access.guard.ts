/** Global guard: public routes pass, others need a valid access token and one of the declared roles. */
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Actor } from '@jumush/domain';
import { ProblemException } from '../http/problem';
import { ACCESS_METADATA, type AccessRule } from './access.decorators';
import { JWT_STRATEGY } from './jwt.strategy';

@Injectable()
export class AccessGuard extends AuthGuard(JWT_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (rule?.kind === 'public') return true;
    await super.canActivate(context);
    // Default deny: a route that declares no access rule is refused even to signed-in accounts.
    if (!rule)
      throw new ProblemException(403, {
        code: 'auth.forbidden',
        detail: 'This route declares no access rule.',
      });
    const actor = context.switchToHttp().getRequest<{ user: Actor }>().user;
    if (rule.roles.length > 0 && !rule.roles.includes(actor.role)) {
      throw new ProblemException(403, {
        code: 'auth.forbidden',
        detail: 'Your role may not do this.',
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
