/** passport-local: checks the login and password of POST /auth/login. */
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { AccountEntity } from '@jumush/server/database';
import { AuthService } from './auth.service';

export const LOCAL_STRATEGY = 'local';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, LOCAL_STRATEGY) {
  constructor(private readonly auth: AuthService) {
    super({
      usernameField: 'login',
      passwordField: 'password',
      passReqToCallback: true,
      session: false,
    });
  }

  validate(request: Request, login: string, password: string): Promise<AccountEntity> {
    return this.auth.verifyCredentials(login, password, request.ip ?? 'unknown');
  }
}
