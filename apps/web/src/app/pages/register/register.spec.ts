import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { flushOriginCountries, ORIGIN_COUNTRY_VIEWS } from '../../testing/origin-countries';
import { Register, suggestedCitizenship } from './register';

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
    fixture.detectChanges();
    flushOriginCountries(backend);
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
    const choose = async (id: string, value: string) => {
      const select = element.querySelector<HTMLSelectElement>(`#${id}`);
      if (!select) throw new Error(`#${id} missing`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      select.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    return { fixture, element, type, choose, submit, errors };
  }

  it('offers the active origin countries in the reader’s language, by code, none chosen for a Russian reader', async () => {
    const { element } = await render();
    const select = element.querySelector<HTMLSelectElement>('#register-citizenship');
    expect(Array.from(select?.options ?? []).map((option) => [option.value, option.textContent?.trim()])).toEqual([
      ['', ''],
      ['KG', 'Кыргызстан'],
      ['TJ', 'Таджикистан'],
      ['UZ', 'Узбекистан'],
    ]);
    expect(select?.value).toBe('');
  });

  it.each([
    ['ky', 'KG'],
    ['uz', 'UZ'],
    ['tg', 'TJ'],
    ['ru', ''],
    ['en', ''],
  ])('suggests the citizenship of a %s reader: %p', (lang, expected) => {
    expect(suggestedCitizenship(lang, ORIGIN_COUNTRY_VIEWS)).toBe(expected);
  });

  it('registers a citizen of Uzbekistan with the national form of the number, as the API reads it', async () => {
    const { type, choose, submit, errors, fixture } = await render();
    await choose('register-citizenship', 'UZ');
    await type('register-phone', '90 123 45 67');
    await type('register-password', 'correct horse 42');
    await submit();
    expect(errors()).toEqual([]);
    const register = backend.expectOne('/api/auth/register/migrant');
    expect(register.request.body).toEqual({ citizenship: 'UZ', phone: '+998901234567', password: 'correct horse 42', locale: 'ru' });
    register.flush(anAccount({ phone: '+998901234567', originCountry: 'UZ' }), { status: 201, statusText: 'Created' });
    const login = backend.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ login: '+998901234567', password: 'correct horse 42' });
    login.flush(aSession('t', anAccount()));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/', 'ru', 'home']);
  });

  it('re-reads the number when the citizenship changes, and refuses a Kyrgyz range nobody was given', async () => {
    const { type, choose, submit, errors } = await render();
    await choose('register-citizenship', 'KG');
    await type('register-phone', '90 123 45 67');
    await type('register-password', 'correct horse 42');
    await submit();
    expect(errors()).toEqual(['Введите номер в международном формате со знаком +, например +7 900 123 45 67.']);
    await choose('register-citizenship', 'TJ');
    expect(errors()).toEqual([]);
    await type('register-phone', '+996 100 123 456');
    expect(errors()).toEqual(['Введите мобильный номер Кыргызстана: +996 и 9 цифр, например +996 555 123 456.']);
    backend.expectNone('/api/auth/register/migrant');
  });

  it('validates on the client with the API rules and messages', async () => {
    const { type, submit, errors } = await render();
    await type('register-phone', '+996 555 12');
    await type('register-password', 'short1');
    await submit();
    expect(errors()).toEqual([
      'Заполните это поле.',
      'Введите мобильный номер Кыргызстана: +996 и 9 цифр, например +996 555 123 456.',
      'Пароль должен быть не короче 10 символов.',
    ]);
    backend.expectNone('/api/auth/register/migrant');
  });

  it('shows API field errors under the right field', async () => {
    const { type, choose, submit, errors, element, fixture } = await render();
    await choose('register-citizenship', 'KG');
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

  it('comes from an invitation with the invited address filled in, and goes back to the invitation once registered', async () => {
    TestBed.resetTestingModule();
    const back = `/ru/invitations/${'D'.repeat(43)}`;
    TestBed.configureTestingModule({
      imports: [Register],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    TestBed.overrideProvider(ActivatedRoute, {
      useValue: { snapshot: { queryParamMap: convertToParamMap({ as: 'employer', email: 'colleague@kirpich.example', returnUrl: back }) } },
    });
    backend = TestBed.inject(HttpTestingController);
    const byUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    useRealTranslations('ru');
    const { type, submit, element } = await render();
    expect(element.querySelector<HTMLInputElement>('#register-email')?.value).toBe('colleague@kirpich.example');
    await type('register-full-name', 'Азамат Бекович');
    await type('register-password', 'correct horse 42');
    await submit();
    backend.expectOne('/api/auth/register/employer').flush(anAccount({ role: Role.Employer }), { status: 201, statusText: 'Created' });
    backend.expectOne('/api/auth/login').flush(aSession('t', anAccount({ role: Role.Employer })));
    expect(byUrl).toHaveBeenCalledWith(back);
  });
});
