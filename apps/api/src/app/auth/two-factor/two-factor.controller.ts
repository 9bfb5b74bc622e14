import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TwoFactorCodeDto, type RecoveryCodesView, type TwoFactorEnrolmentView, type TwoFactorStatusView } from '@jumush/contracts';
import { Role, type Actor } from '@jumush/domain';
import { Authenticated, CurrentActor } from '../access.decorators';
import { DuringTwoFactorEnrolment } from './during-enrolment.decorator';
import { TwoFactorService } from './two-factor.service';

@ApiTags('auth')
@Controller('auth/two-factor')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Authenticated()
  @DuringTwoFactorEnrolment()
  @Get()
  @ApiOperation({ summary: 'Whether two-factor sign-in is on, whether the role requires it, and how many recovery codes are left' })
  status(@CurrentActor() actor: Actor): Promise<TwoFactorStatusView> {
    return this.twoFactor.status(actor);
  }

  @Authenticated()
  @DuringTwoFactorEnrolment()
  @Post('enrolment')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new secret for the authenticator app (otpauth:// link and QR code); on only once a code confirms it' })
  beginEnrolment(@CurrentActor() actor: Actor): Promise<TwoFactorEnrolmentView> {
    return this.twoFactor.beginEnrolment(actor);
  }

  @Authenticated()
  @DuringTwoFactorEnrolment()
  @Post('enrolment/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Switch two-factor on with a code from the app; answers the ten recovery codes, shown once (audited)' })
  confirmEnrolment(@CurrentActor() actor: Actor, @Body() dto: TwoFactorCodeDto): Promise<RecoveryCodesView> {
    return this.twoFactor.confirmEnrolment(actor, dto.code);
  }

  @Authenticated()
  @Post('recovery-codes')
  @HttpCode(200)
  @ApiOperation({ summary: 'New recovery codes after a current code from the app; the old ones stop working (audited)' })
  regenerateRecoveryCodes(@CurrentActor() actor: Actor, @Body() dto: TwoFactorCodeDto): Promise<RecoveryCodesView> {
    return this.twoFactor.regenerateRecoveryCodes(actor, dto.code);
  }
}

@ApiTags('admin')
@Controller('admin/accounts')
export class AccountTwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Authenticated(Role.Admin)
  @Post(':id/two-factor/reset')
  @HttpCode(204)
  @ApiOperation({ summary: 'Turn another account’s two-factor sign-in off (lost phone): it must enrol again; its sessions end (audited)' })
  async reset(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.twoFactor.reset(actor, id);
  }
}
