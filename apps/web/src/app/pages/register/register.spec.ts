import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { Register } from './register';

describe('Register page', () => {
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Register],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    useRealTranslations('ru');
  });

  afterEach(() => backend.verify());

  async function render() {
    const fixture = TestBed.createComponent(Register);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = async (id: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(`#${id} missing`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
      await fixture.whenStable();
    };
    const errors = () => Array.from(element.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    return { fixture, element, type, submit, errors };
  }

  it('validates on the client with the API rules and messages', async () => {
    const { type, submit, errors } = await render();
    await type('register-phone', '+996 555 12');
    await type('register-password', 'short1');
    await submit();
    expect(errors()).toEqual([
      'Введите мобильный номер Кыргызстана: +996 и 9 цифр, например +996 555 123 456.',
      'Пароль должен быть не короче 10 символов.',
    ]);
    backend.expectNone('/api/auth/register/migrant');
  });

  it('shows API field errors under the right field', async () => {
    const { type, submit, errors, element, fixture } = await render();
    await type('register-phone', '+996 555 123 456');
    await type('register-password', 'correct horse 42');
    await submit();
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    expect(element.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled).toBe(true);

    backend
      .expectOne('/api/auth/register/migrant')
      .flush(problemBody(409, 'validation.failed', { errors: [{ field: 'phone', code: 'account.phoneTaken', message: 'taken' }] }), {
        status: 409,
        statusText: 'Conflict',
      });
    await fixture.whenStable();
    expect(errors()).toEqual(['Этот номер уже зарегистрирован. Попробуйте войти.']);
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Проверьте выделенные поля.');
    expect(element.querySelector('mat-progress-bar')).toBeNull();
  });

  it('switches to the employer form and registers, then signs in and goes home', async () => {
    const { type, submit, element, fixture } = await render();
    element.querySelector<HTMLButtonElement>('#register-as-employer')?.click();
    await fixture.whenStable();
    expect(element.querySelector('#register-as-employer')?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('#register-phone')).toBeNull();

    await type('register-email', 'Boss@Example.com');
    await type('register-full-name', 'Асель Токтогулова');
    await type('register-password', 'correct horse 42');
    await submit();

    const register = backend.expectOne('/api/auth/register/employer');
    expect(register.request.body).toEqual({
      email: 'boss@example.com',
      fullName: 'Асель Токтогулова',
      password: 'correct horse 42',
      locale: 'ru',
    });
    register.flush(anAccount({ role: Role.Employer }), { status: 201, statusText: 'Created' });
    backend.expectOne('/api/auth/login').flush(aSession('t', anAccount({ role: Role.Employer })));
    expect(navigate).toHaveBeenCalledWith(['/', 'ru', 'home']);
  });
});
