import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Role } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { AdminHome } from './admin-home';
import { AttacheHome } from './attache-home';
import { EmployerHome } from './employer-home';
import { MigrantHome } from './migrant-home';

/** `/:lang/home`: the home page of the signed-in role. */
@Component({
  selector: 'jm-home',
  imports: [MigrantHome, EmployerHome, AttacheHome, AdminHome],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (role()) {
      @case (Role.Migrant) {
        <jm-migrant-home />
      }
      @case (Role.Employer) {
        <jm-employer-home />
      }
      @case (Role.Attache) {
        <jm-attache-home />
      }
      @case (Role.Admin) {
        <jm-admin-home />
      }
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 960px);
      margin-inline: auto;
    }
  `,
})
export class Home {
  protected readonly Role = Role;
  protected readonly role = inject(AuthService).role;
}
