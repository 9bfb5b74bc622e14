import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { useRealTranslations } from '../../testing/translations';
import { PasswordReveal } from './password-reveal';

@Component({
  imports: [PasswordReveal],
  template: `<input #secret id="secret-field" type="password" value="correct-horse-42" /><jm-password-reveal [input]="secret" />`,
})
class PasswordForm {}

describe('PasswordReveal', () => {
  it('shows and hides the password it points at, saying which it will do', async () => {
    TestBed.configureTestingModule({ imports: [PasswordForm], providers: [provideTranslateService()] });
    useRealTranslations('en');
    const fixture = TestBed.createComponent(PasswordForm);
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const field = element.querySelector<HTMLInputElement>('#secret-field')!;
    const button = element.querySelector<HTMLButtonElement>('jm-password-reveal button')!;
    expect(button.getAttribute('aria-controls')).toBe('secret-field');
    expect(button.type).toBe('button');
    const state = () => ({ type: field.type, label: button.getAttribute('aria-label'), text: button.textContent?.trim() });
    const hidden = state();
    expect(hidden.type).toBe('password');
    button.click();
    fixture.detectChanges();
    const shown = state();
    expect(shown.type).toBe('text');
    expect(shown.label).not.toBe(hidden.label);
    expect(shown.text).not.toBe(hidden.text);
    button.click();
    fixture.detectChanges();
    expect(state()).toEqual(hidden);
  });
});
