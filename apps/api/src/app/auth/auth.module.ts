import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ApiConfig } from '@jumush/server/config';
import { AccountsModule } from '../accounts/accounts.module';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { OneTimeSecretsModule } from '../one-time-secrets/one-time-secrets.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy, accessTokenKey } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordResetLimiter } from './password-reset-limiter';
import { PasswordsService } from './passwords.service';
import { PhoneChangeService } from './phone-change.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { passportCipherProvider } from '../candidates/passport-cipher';
import { AccountTwoFactorController, TwoFactorController } from './two-factor/two-factor.controller';
import { TwoFactorRepository } from './two-factor/two-factor.repository';
import { TwoFactorService } from './two-factor/two-factor.service';

@Module({
  imports: [
    PassportModule,
    AccountsModule,
    OneTimeSecretsModule,
    ApiKeysModule,
    JwtModule.registerAsync({
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ({ secret: accessTokenKey(config.JWT_ACCESS_SECRET) }),
    }),
  ],
  controllers: [AuthController, TwoFactorController, AccountTwoFactorController],
  providers: [
    AuthService,
    PasswordsService,
    PhoneChangeService,
    PasswordResetLimiter,
    RefreshTokensRepository,
    LocalStrategy,
    JwtStrategy,
    LoginRateLimiter,
    TwoFactorService,
    TwoFactorRepository,
    // Secrets of authenticator apps are encrypted at rest as passport numbers are.
    passportCipherProvider,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
