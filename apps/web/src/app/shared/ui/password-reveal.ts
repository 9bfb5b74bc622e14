import { Component, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The show/hide button of a password field, one for every form that asks for a password. Put it in the field as its
 * suffix and point it at the input: `<input #password type="password" …/> <jm-password-reveal matSuffix [input]="password" />`.
 */
@Component({
  selector: 'jm-password-reveal',
  imports: [MatButton, TranslatePipe],
  template: `<button
    mat-button
    type="button"
    class="reveal"
    [attr.aria-controls]="input().id"
    [attr.aria-label]="(visible() ? 'form.hidePassword' : 'form.showPassword') | translate"
    (click)="toggle()"
  >
    {{ (visible() ? 'form.hide' : 'form.show') | translate }}
  </button>`,
  styles: `
    .reveal {
      margin-inline-end: 4px;
    }
  `,
})
export class PasswordReveal {
  readonly input = input.required<HTMLInputElement>();
  protected readonly visible = signal(false);

  protected toggle(): void {
    this.visible.update((visible) => !visible);
    this.input().type = this.visible() ? 'text' : 'password';
  }
}
