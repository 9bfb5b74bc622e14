import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { ForgotPassword } from './forgot-password';

describe('Forgot password page', () => {
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ForgotPassword],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  function type(element: HTMLElement, id: string, value: string) {
    const input = element.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`#${id} missing`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function ask(login: string) {
    const fixture = TestBed.createComponent(ForgotPassword);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    type(element, 'forgot-login', login);
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    return { fixture, element };
  }

  it('for a phone: asks for the code, then sets the password with the number as it was registered', async () => {
    const { fixture, element } = await ask('0555 123 456');
    const request = backend.expectOne('/api/auth/password-reset');
    expect(request.request.body).toEqual({ login: '+996555123456' });
    request.flush({ delivery: 'SMS_CODE', expiresInMinutes: 30 }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(element.textContent).toContain('6-digit code by SMS. It works for 30 minutes.');
    type(element, 'forgot-code', '123 456');
    type(element, 'forgot-new-password', 'new-password-42');
    element.querySelector<HTMLButtonElement>('[data-testid=reset-code-form] button[type=submit]')?.click();
    await fixture.whenStable();
    const confirm = backend.expectOne('/api/auth/password-reset/confirm');
    expect(confirm.request.body).toEqual({ login: '+996555123456', code: '123 456', newPassword: 'new-password-42' });
    confirm.flush(null, { status: 204, statusText: 'No Content' });
    expect(navigate).toHaveBeenCalledWith(['/', 'ru', 'login'], { queryParams: { reset: 1 } });
  });

  it('shows a wrong or expired code on the code field', async () => {
    const { fixture, element } = await ask('+996555123456');
    backend.expectOne('/api/auth/password-reset').flush({ delivery: 'SMS_CODE', expiresInMinutes: 30 }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    type(element, 'forgot-code', '000000');
    type(element, 'forgot-new-password', 'new-password-42');
    element.querySelector<HTMLButtonElement>('[data-testid=reset-code-form] button[type=submit]')?.click();
    await fixture.whenStable();
    backend
      .expectOne('/api/auth/password-reset/confirm')
      .flush(problemBody(400, 'passwordReset.expired', { errors: [{ field: 'code', code: 'passwordReset.expired', message: '' }] }), {
        status: 400,
        statusText: 'Bad Request',
      });
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('This code or link has expired. Ask for a new one.');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('for an e-mail: says a link is on its way, whether or not the account exists', async () => {
    const { fixture, element } = await ask('Boss@Example.com');
    const request = backend.expectOne('/api/auth/password-reset');
    expect(request.request.body).toEqual({ login: 'boss@example.com' });
    request.flush({ delivery: 'EMAIL_LINK', expiresInMinutes: 30 }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=reset-link-sent]')?.textContent).toContain('a link to set a new password');
    expect(element.querySelector('#forgot-code')).toBeNull();
  });
});
