/** Validates the login body like any other (400 with field errors), then runs passport-local. */
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { LoginDto } from '@jumush/contracts';
import { createValidationPipe } from '../http/validation';
import { LOCAL_STRATEGY } from './local.strategy';

@Injectable()
export class LocalAuthGuard extends AuthGuard(LOCAL_STRATEGY) {
  private readonly validation = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    // Guards run before pipes: validate here so a malformed body is a 400, not a 401.
    request.body = await this.validation.transform(request.body, {
      type: 'body',
      metatype: LoginDto,
    });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new Error('passport-local returned no account without an error');
    return user;
  }
}
