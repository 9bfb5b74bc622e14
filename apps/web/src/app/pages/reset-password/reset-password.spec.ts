import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { ResetPassword } from './reset-password';

const TOKEN = 'A'.repeat(43);

describe('Reset password page (the e-mailed link, the set-up link)', () => {
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  function configure(mode: 'reset' | 'setup', lang = 'en') {
    TestBed.configureTestingModule({
      imports: [ResetPassword],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { paramMap: convertToParamMap({ token: TOKEN }), data: { mode }, queryParamMap: convertToParamMap({}) } },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    useRealTranslations(lang);
  }

  afterEach(() => backend.verify());

  async function submit(password: string) {
    const fixture = TestBed.createComponent(ResetPassword);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('#reset-new-password') as HTMLInputElement;
    input.value = password;
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    return { fixture, element };
  }

  it('sets the password with the link’s token and sends the person to log in', async () => {
    configure('reset');
    await submit('new-password-42');
    const request = backend.expectOne('/api/auth/password-reset/confirm');
    expect(request.request.body).toEqual({ token: TOKEN, newPassword: 'new-password-42' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    expect(navigate).toHaveBeenCalledWith(['/', 'ru', 'login'], { queryParams: { reset: 1 } });
  });

  it('checks the password policy before sending anything', async () => {
    configure('reset');
    const { element } = await submit('short');
    backend.expectNone('/api/auth/password-reset/confirm');
    expect(element.querySelector('mat-error')?.textContent).toContain('at least 10');
  });

  it.each([
    ['expired', 'en', 'This code or link has expired. Ask for a new one.'],
    ['used', 'ru', 'Этот код или ссылка уже использованы или заменены более новыми. Запросите новые.'],
  ])('says a %s link in the reader’s language (%s) and offers a new one', async (refusal, lang, text) => {
    configure('reset', lang);
    const { fixture, element } = await submit('new-password-42');
    const code = `passwordReset.${refusal}`;
    backend
      .expectOne('/api/auth/password-reset/confirm')
      .flush(problemBody(400, code, { errors: [{ field: 'token', code, message: '' }] }), { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe(text);
    expect(element.querySelector('[data-testid=reset-link-spent] a')).not.toBeNull();
    expect(element.querySelector('form')).toBeNull();
  });

  it('titles the set-up link as the first password', async () => {
    configure('setup');
    const fixture = TestBed.createComponent(ResetPassword);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent?.trim()).toBe('Set your password');
  });
});
