/**
 * Marks the few routes an attaché or admin without two-factor may call after the password: their account and the
 * enrolment itself. The access guard refuses every other route with 403 `auth.twoFactorEnrolmentRequired`.
 */
import { SetMetadata } from '@nestjs/common';

export const DURING_ENROLMENT_METADATA = 'jumush:during-two-factor-enrolment';

export const DuringTwoFactorEnrolment = () => SetMetadata(DURING_ENROLMENT_METADATA, true);
