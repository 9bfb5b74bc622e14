import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { EmailVerificationBanner, emailUnverified } from '../../shared/employer/email-verification-banner';

/**
 * The frame of the employer's pages (`/:lang/employer/…`): until the address is confirmed they show the
 * "confirm your e-mail" banner instead of pages whose every request the API would refuse with 403.
 */
@Component({
  selector: 'jm-employer-area',
  imports: [RouterOutlet, EmailVerificationBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (unverified()) {
      <div class="waiting">
        <jm-email-verification-banner />
      </div>
    } @else {
      <router-outlet />
    }
  `,
  styles: `
    .waiting {
      width: min(100%, 720px);
      margin-inline: auto;
    }
  `,
})
export class EmployerArea {
  private readonly auth = inject(AuthService);
  protected readonly unverified = computed(() => emailUnverified(this.auth));
}
