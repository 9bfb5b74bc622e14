import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import {
  ChangePasswordDto,
  LoginDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  OneTimeLinkDto,
  ChangePhoneDto,
  PhoneVerificationCodeDto,
  REFRESH_COOKIE_NAME,
  RegisterEmployerDto,
  RegisterMigrantDto,
  TwoFactorSignInDto,
  type AccountView,
  type LoginView,
  type PasswordResetRequestedView,
  type PhoneVerificationSentView,
  type SessionView,
  type SignInSessionView,
} from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import type { AccountEntity } from '@jumush/server/database';
import { toAccountView } from '../accounts/account-view';
import { AccountsService } from '../accounts/accounts.service';
import { RateLimited } from '../http/rate-limited';
import { EmailVerificationService } from '../accounts/email-verification.service';
import { PhoneVerificationService } from '../accounts/phone-verification.service';
import { Authenticated, CurrentActor, Public } from './access.decorators';
import { AuthService, type IssuedSession } from './auth.service';
import { DuringTwoFactorEnrolment } from './two-factor/during-enrolment.decorator';
import { LocalAuthGuard } from './local-auth.guard';
import { PasswordsService } from './passwords.service';
import { PhoneChangeService } from './phone-change.service';

/** The refresh cookie is only ever sent to the auth routes. */
const REFRESH_COOKIE_PATH = '/api/auth';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountsService,
    private readonly passwords: PasswordsService,
    private readonly emailVerification: EmailVerificationService,
    private readonly phoneVerification: PhoneVerificationService,
    private readonly phoneChange: PhoneChangeService,
    private readonly config: ApiConfig,
  ) {}

  @Public()
  @RateLimited('registration')
  @Post('register/migrant')
  @ApiOperation({ summary: 'Register a migrant with a mobile phone number' })
  async registerMigrant(@Body() dto: RegisterMigrantDto): Promise<AccountView> {
    return toAccountView(await this.accounts.registerMigrant(dto));
  }

  @Public()
  @RateLimited('registration')
  @Post('register/employer')
  @ApiOperation({ summary: 'Register an employer recruiter with a work email' })
  async registerEmployer(@Body() dto: RegisterEmployerDto): Promise<AccountView> {
    return toAccountView(await this.accounts.registerEmployer(dto));
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in; sets the refresh cookie and returns an access token, or (two-factor on) a challenge for POST /auth/login/two-factor',
  })
  async login(
    @Body() _dto: LoginDto,
    @Req() request: Request & { user: AccountEntity },
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginView> {
    const next = await this.auth.afterPassword(request.user, request.get('user-agent') ?? null);
    if ('twoFactorRequired' in next) {
      response.setHeader('Cache-Control', 'no-store');
      return next;
    }
    return this.withCookie(response, next);
  }

  @Public()
  @Post('login/two-factor')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The second sign-in step: the challenge and a code from the app (or a recovery code, once); sets the refresh cookie',
  })
  async loginTwoFactor(
    @Body() dto: TwoFactorSignInDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionView> {
    const issued = await this.auth.completeTwoFactor(dto, request.ip ?? 'unknown', request.get('user-agent')?.slice(0, 256) ?? null);
    return this.withCookie(response, issued);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the refresh cookie and get a new access token',
  })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    return this.withCookie(response, await this.auth.refresh(this.cookieOf(request)));
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the refresh token and clear the cookie' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(this.cookieOf(request));
    response.clearCookie(REFRESH_COOKIE_NAME, this.cookieOptions());
  }

  @Authenticated()
  @DuringTwoFactorEnrolment()
  @Get('me')
  @ApiOperation({ summary: 'The signed-in account' })
  async me(@CurrentActor() actor: Actor): Promise<AccountView> {
    return toAccountView(await this.accounts.getVisibleTo(actor, actor.id));
  }

  @Authenticated()
  @Post('email-verification')
  @HttpCode(204)
  @ApiOperation({ summary: 'Send a new e-mail confirmation link to the account’s address (rate-limited; 429 with Retry-After)' })
  async resendEmailVerification(@CurrentActor() actor: Actor): Promise<void> {
    await this.emailVerification.resend(actor);
  }

  @Public()
  @Post('email-verification/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Confirm the e-mail address with the single-use link’s token' })
  async confirmEmail(@Body() dto: OneTimeLinkDto): Promise<void> {
    await this.emailVerification.confirm(dto.token);
  }

  @Authenticated(Role.Migrant)
  @Post('phone-verification')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a new SMS code to the migrant’s number (a minute apart, limited per hour; 429 with Retry-After)' })
  resendPhoneVerification(@CurrentActor() actor: Actor): Promise<PhoneVerificationSentView> {
    return this.phoneVerification.resend(actor);
  }

  @Authenticated(Role.Migrant)
  @Post('phone-verification/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Prove the phone number with the SMS code (five wrong tries spend a code)' })
  async confirmPhone(@CurrentActor() actor: Actor, @Body() dto: PhoneVerificationCodeDto): Promise<AccountView> {
    return toAccountView(await this.phoneVerification.confirm(actor, dto.code));
  }

  @Authenticated(Role.Migrant)
  @Put('phone')
  @ApiOperation({ summary: 'Change the sign-in phone number (current password required); the new one is unproven until its SMS code is typed' })
  async changePhone(@CurrentActor() actor: Actor, @Body() dto: ChangePhoneDto, @Req() request: Request): Promise<AccountView> {
    return toAccountView(await this.phoneChange.change(actor, dto.phone, dto.currentPassword, request.ip ?? 'unknown'));
  }

  @Authenticated()
  @Get('sessions')
  @ApiOperation({ summary: 'The account’s live sign-ins (device, started, last used); the current one is marked' })
  sessions(@CurrentActor() actor: Actor, @Req() request: Request): Promise<SignInSessionView[]> {
    return this.auth.sessions(actor, this.cookieOf(request));
  }

  @Authenticated()
  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of the account’s sign-ins; its tokens are refused at once' })
  async endSession(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.auth.endSession(actor, id);
  }

  @Authenticated()
  @Post('sessions/revoke-others')
  @HttpCode(204)
  @ApiOperation({ summary: 'End every sign-in of the account but this one' })
  async endOtherSessions(@CurrentActor() actor: Actor, @Req() request: Request): Promise<void> {
    await this.auth.endOtherSessions(actor, this.cookieOf(request));
  }

  @Authenticated()
  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password (the current one is required); every other sign-in ends' })
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto, @Req() request: Request): Promise<void> {
    const keep = await this.auth.familyOf(actor, this.cookieOf(request));
    await this.passwords.change(actor, dto.currentPassword, dto.newPassword, keep, request.ip ?? 'unknown');
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a reset code (phone) or link (e-mail); the same answer whether or not the account exists' })
  requestPasswordReset(@Body() dto: PasswordResetRequestDto, @Req() request: Request): Promise<PasswordResetRequestedView> {
    return this.passwords.requestReset(dto.login, request.ip ?? 'unknown');
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with a reset code and its login, or a reset or set-up link; every session ends' })
  async confirmPasswordReset(@Body() dto: PasswordResetConfirmDto, @Req() request: Request): Promise<void> {
    const ip = request.ip ?? 'unknown';
    await this.passwords.confirmReset(
      dto.token !== undefined
        ? { token: dto.token, newPassword: dto.newPassword, ip }
        : { login: dto.login ?? '', code: dto.code ?? '', newPassword: dto.newPassword, ip },
    );
  }

  private cookieOf(request: Request): string | undefined {
    const value = (request.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE_NAME];
    return typeof value === 'string' ? value : undefined;
  }

  private cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.COOKIE_SECURE,
      path: REFRESH_COOKIE_PATH,
    };
  }

  private withCookie(response: Response, issued: IssuedSession): SessionView {
    response.cookie(REFRESH_COOKIE_NAME, issued.refreshToken, {
      ...this.cookieOptions(),
      expires: issued.refreshExpiresAt,
    });
    response.setHeader('Cache-Control', 'no-store');
    return issued.session;
  }
}
