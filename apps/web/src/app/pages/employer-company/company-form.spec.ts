import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { VALID_COMPANY, VALID_ENTREPRENEUR, aCompany, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { CompanyForm, companyFormToDto } from './company-form';
import { documentFileProblem } from '../../shared/data/document-upload';

describe('companyFormToDto', () => {
  it('normalises what people type and paste', () => {
    expect(
      companyFormToDto({
        legalName: '  ООО   «Строймонтаж» ',
        inn: ' 77 07 083893 ',
        ogrn: '1-027-700-132-195',
        legalAddress: ' Москва,  ул. Строителей ',
        regionCode: '77',
        contactPerson: ' Иван  Петров ',
        phone: '+7 (900) 123-45-67',
        email: ' HR@Example.RU ',
      }),
    ).toEqual({
      legalName: 'ООО «Строймонтаж»',
      inn: '7707083893',
      ogrn: '1027700132195',
      legalAddress: 'Москва, ул. Строителей',
      regionCode: '77',
      contactPerson: 'Иван Петров',
      phone: '+79001234567',
      email: 'hr@example.ru',
    });
  });
});

describe('documentFileProblem', () => {
  it('accepts PDF, JPEG and PNG up to 10 MB', () => {
    expect(documentFileProblem({ name: 'a.pdf', type: 'application/pdf', size: 10 * 1024 * 1024 })).toBeNull();
    expect(documentFileProblem({ name: 'scan.JPG', type: '', size: 1000 })).toBeNull();
  });

  it('refuses other types and larger files with the API codes', () => {
    expect(documentFileProblem({ name: 'a.docx', type: 'application/msword', size: 10 })).toBe('document.unsupportedType');
    expect(documentFileProblem({ name: 'a.heic', type: '', size: 10 })).toBe('document.unsupportedType');
    expect(documentFileProblem({ name: 'a.pdf', type: 'application/pdf', size: 10 * 1024 * 1024 + 1 })).toBe('document.tooLarge');
  });
});

describe('CompanyForm', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CompanyForm],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
  });

  afterEach(() => backend.verify());

  async function render() {
    const fixture = TestBed.createComponent(CompanyForm);
    const created = jest.fn();
    fixture.componentInstance.created.subscribe(created);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const set = async (id: string, value: string) => {
      const input = element.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#${id}`);
      if (!input) throw new Error(`#${id} missing`);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
      input.dispatchEvent(new Event('blur'));
      await fixture.whenStable();
    };
    const errors = () => Array.from(element.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('[data-testid="register-company"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, element, set, errors, submit, created };
  }

  async function fillValid(set: (id: string, value: string) => Promise<void>) {
    await set('company-legal-name', 'ООО «Строймонтаж»');
    await set('company-inn', VALID_COMPANY.inn);
    await set('company-ogrn', VALID_COMPANY.ogrn);
    await set('company-address', 'г. Москва, ул. Строителей, д. 1');
    await set('company-region', '77');
    await set('company-contact', 'Иван Петров');
    await set('company-phone', '+7 900 123 45 67');
    await set('company-email', 'hr@example.ru');
  }

  it('checks the INN and OGRN live, with the API messages', async () => {
    const { set, errors } = await render();
    await set('company-inn', '7707083894');
    expect(errors()).toEqual(['В ИНН ошибка: не сходится контрольная цифра. Сверьте цифры с выпиской.']);
    await set('company-inn', VALID_COMPANY.inn);
    await set('company-ogrn', VALID_ENTREPRENEUR.ogrn);
    expect(errors()).toEqual([expect.stringContaining('ИНН и ОГРН не подходят друг к другу')]);
    // Fixing the INN to an entrepreneur's clears the OGRN's error too.
    await set('company-inn', VALID_ENTREPRENEUR.inn);
    expect(errors()).toEqual([]);
  });

  it('offers every Russian region in a native select', async () => {
    const { element } = await render();
    const select = element.querySelector<HTMLSelectElement>('select#company-region');
    expect(select?.options.length).toBeGreaterThan(80);
    expect(Array.from(select?.options ?? []).some((o) => o.value === '77' && o.textContent?.includes('Москва'))).toBe(true);
  });

  it('registers the company and shows an INN already taken under the INN', async () => {
    const { set, submit, errors, created, fixture } = await render();
    await fillValid(set);
    await submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/companies' });
    expect(request.request.body).toMatchObject({ inn: VALID_COMPANY.inn, phone: '+79001234567', regionCode: '77' });
    request.flush(problemBody(409, 'validation.failed', { errors: [{ field: 'inn', code: 'company.innTaken', message: 'taken' }] }), {
      status: 409,
      statusText: 'Conflict',
    });
    await fixture.whenStable();
    expect(errors()).toEqual([expect.stringContaining('Компания с таким ИНН уже зарегистрирована')]);

    await set('company-inn', '7736050003');
    await set('company-ogrn', '1027700070518');
    await submit();
    backend.expectOne('/api/companies').flush(aCompany(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(created).toHaveBeenCalledWith(aCompany());
  });

  it('does not send an incomplete form and focuses the first invalid field', async () => {
    const { submit, errors, element } = await render();
    await submit();
    backend.expectNone('/api/companies');
    expect(errors().length).toBe(8);
    expect(document.activeElement?.id).toBe('company-legal-name');
    expect(element.querySelector('#company-legal-name')).not.toBeNull();
  });
});
