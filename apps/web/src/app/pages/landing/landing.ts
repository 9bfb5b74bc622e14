import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { LocaleService } from '../../core/i18n/locale.service';

/** `/:lang`: what Jumush is, in two sentences, and where to start. */
@Component({
  selector: 'jm-landing',
  imports: [RouterLink, TranslatePipe, MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './landing.html',
  styleUrl: './landing.scss',
})
export class Landing {
  protected readonly lang = inject(LocaleService).current;
  protected readonly auth = inject(AuthService);
}
