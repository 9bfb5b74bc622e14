/**
 * Every route says who may call it: `@Public()` or `@Authenticated(...roles)`.
 * The global AccessGuard refuses any route that says neither.
 */
import { SetMetadata, applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Actor, Role } from '@jumush/domain';

export const ACCESS_METADATA = 'jumush:access';

export type AccessRule = { kind: 'public' } | { kind: 'authenticated'; roles: readonly Role[] };

export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Any signed-in account when no roles are given; otherwise only those roles. */
export const Authenticated = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, {
      kind: 'authenticated',
      roles,
    } satisfies AccessRule),
    ApiBearerAuth(),
  );

/** The signed-in account, as the access token describes it. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<{ user?: Actor }>();
  if (!request.user) throw new Error('CurrentActor used on a route without @Authenticated');
  return request.user;
});
