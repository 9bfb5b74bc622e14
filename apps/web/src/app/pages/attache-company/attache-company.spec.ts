import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { CompanyStatus, type CompanyAfterArrivalView } from '@jumush/contracts/client';
import { aCompany } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { AttacheCompany } from './attache-company';

describe('AttacheCompany page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'ru/attache/companies/:id', component: AttacheCompany }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const overlay = () => document.querySelector('.cdk-overlay-container') as HTMLElement;

  const afterArrival: CompanyAfterArrivalView = {
    companyId: 'c1',
    termsReports: 0,
    differences: { wageBelow: 0, hoursAbove: 0, housingWorse: 0, housingNone: 0, contractSubstituted: 0, contractNone: 0 },
    feeReports: [],
    redFlags: [],
  };

  async function open(status = CompanyStatus.Pending) {
    await harness.navigateByUrl('/ru/attache/companies/c1');
    backend.expectOne('/api/verification/companies/c1').flush({
      ...aCompany({ id: 'c1', status }),
      ownCountry: 'KG',
      reliableCountries: [],
      history: [{ action: 'company.registered', actorRole: 'EMPLOYER', reason: null, data: {}, createdAt: '2026-02-01T09:00:00Z' }],
    });
    await harness.fixture.whenStable();
    backend.expectOne('/api/attache/companies/c1/after-arrival').flush(afterArrival);
    await harness.fixture.whenStable();
  }

  it('shows the decisions the status allows, and the history in words', async () => {
    await open();
    expect(page().querySelector('[data-testid="verify-company"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="reject"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="suspend-company"]')).toBeNull();
    expect(page().querySelector('[data-testid="company-history"]')?.textContent).toContain('Компания зарегистрирована');
  });

  it('rejects only with a reason, given in the dialog', async () => {
    await open();
    page().querySelector<HTMLButtonElement>('[data-testid="reject"]')?.click();
    await harness.fixture.whenStable();
    const confirm = () => overlay().querySelector<HTMLButtonElement>('[data-testid="confirm-decision"]');
    confirm()?.click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/verification/companies/c1/reject');
    expect(overlay().querySelector('mat-error')?.textContent).toContain('Заполните это поле');

    const reason = overlay().querySelector<HTMLTextAreaElement>('#decision-reason');
    if (!reason) throw new Error('no reason');
    reason.value = 'Выписка из ЕГРЮЛ устарела.';
    reason.dispatchEvent(new Event('input'));
    confirm()?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/verification/companies/c1/reject' });
    expect(request.request.body).toEqual({ reason: 'Выписка из ЕГРЮЛ устарела.' });
    request.flush(aCompany({ id: 'c1', status: CompanyStatus.Rejected, statusReason: 'Выписка из ЕГРЮЛ устарела.' }));
    await harness.fixture.whenStable();
    backend.expectOne('/api/verification/companies/c1').flush({
      ...aCompany({ id: 'c1', status: CompanyStatus.Rejected, statusReason: 'Выписка из ЕГРЮЛ устарела.' }),
      ownCountry: 'KG',
      reliableCountries: [],
      history: [],
    });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="decision-done"]')?.textContent).toContain('Проверка отклонена');
    expect(page().querySelector('[data-testid="reject"]')).toBeNull();
    expect(page().textContent).toContain('Выписка из ЕГРЮЛ устарела.');
  });

  it('suspends only with a reason and a category chosen in the dialog; every category is offered in words', async () => {
    await open(CompanyStatus.Verified);
    page().querySelector<HTMLButtonElement>('[data-testid="suspend-company"]')?.click();
    await harness.fixture.whenStable();
    const category = overlay().querySelector<HTMLSelectElement>('#decision-choice');
    if (!category) throw new Error('no category');
    expect(overlay().querySelector('label[for="decision-choice"]')?.textContent).toContain('Категория приостановки');
    expect(Array.from(category.options).map((option) => [option.value, option.textContent?.trim()])).toEqual([
      ['', 'Выберите…'],
      ['documentsInvalid', 'Недействительные документы'],
      ['wageViolation', 'Нарушения по зарплате'],
      ['recruitmentFees', 'Плата с работников за трудоустройство'],
      ['passportRetention', 'Удержание паспортов работников'],
      ['unsafeConditions', 'Опасные условия труда или проживания'],
      ['other', 'Другое'],
    ]);
    const reason = overlay().querySelector<HTMLTextAreaElement>('#decision-reason');
    if (!reason) throw new Error('no reason');
    reason.value = 'Работодатель забрал паспорта у троих работников.';
    reason.dispatchEvent(new Event('input'));
    const confirm = () => overlay().querySelector<HTMLButtonElement>('[data-testid="confirm-decision"]');
    confirm()?.click();
    await harness.fixture.whenStable();
    backend.expectNone('/api/verification/companies/c1/suspend');
    expect(overlay().querySelector('#decision-choice-error')?.textContent).toContain('Заполните это поле');

    category.value = 'passportRetention';
    category.dispatchEvent(new Event('change'));
    confirm()?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/verification/companies/c1/suspend' });
    expect(request.request.body).toEqual({ reason: 'Работодатель забрал паспорта у троих работников.', category: 'passportRetention' });
    request.flush(aCompany({ id: 'c1', status: CompanyStatus.Suspended }));
    await harness.fixture.whenStable();
    backend
      .expectOne('/api/verification/companies/c1')
      .flush({ ...aCompany({ id: 'c1', status: CompanyStatus.Suspended }), ownCountry: 'KG', reliableCountries: [], history: [] });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="decision-done"]')).not.toBeNull();
  });

  it('verifies after a confirmation, and keeps the dialog open on an error', async () => {
    await open();
    page().querySelector<HTMLButtonElement>('[data-testid="verify-company"]')?.click();
    await harness.fixture.whenStable();
    expect(overlay().querySelector('#decision-reason')).toBeNull();
    overlay().querySelector<HTMLButtonElement>('[data-testid="confirm-decision"]')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/verification/companies/c1/verify' })
      .flush({ type: 'about:blank', title: 'x', status: 409, code: 'transition.conflict' }, { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();
    expect(overlay().querySelector('[role=alert]')?.textContent).toContain('статус изменился');
    overlay().querySelector<HTMLButtonElement>('[data-testid="confirm-decision"]')?.click();
    backend.expectOne('/api/verification/companies/c1/verify').flush(aCompany({ id: 'c1', status: CompanyStatus.Verified }));
    await harness.fixture.whenStable();
    backend
      .expectOne('/api/verification/companies/c1')
      .flush({ ...aCompany({ id: 'c1', status: CompanyStatus.Verified }), ownCountry: 'KG', reliableCountries: [], history: [] });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="suspend-company"]')).not.toBeNull();
  });

  it("shows each country's decision and verifies in one click relying on another country's verification", async () => {
    await harness.navigateByUrl('/ru/attache/companies/c1');
    const kgVerified = aCompany({ id: 'c1', status: CompanyStatus.Verified });
    backend.expectOne('/api/verification/companies/c1').flush({ ...kgVerified, ownCountry: 'UZ', reliableCountries: ['KG'], history: [] });
    await harness.fixture.whenStable();
    backend.expectOne('/api/attache/companies/c1/after-arrival').flush(afterArrival);
    await harness.fixture.whenStable();
    const countries = page().querySelector('[data-testid="company-countries"]')?.textContent ?? '';
    expect(countries).toContain('Кыргызстан');
    expect(countries).toContain('Узбекистан');
    const rely = page().querySelector<HTMLButtonElement>('[data-testid="rely"][data-country="KG"]');
    expect(rely?.textContent).toContain('Кыргызстан');
    // Their own country still pending: verifying the usual way is offered too.
    expect(page().querySelector('[data-testid="verify-company"]')).not.toBeNull();

    rely?.click();
    const request = backend.expectOne({ method: 'POST', url: '/api/verification/companies/c1/rely' });
    expect(request.request.body).toEqual({ country: 'KG' });
    const relied = {
      ...kgVerified,
      countries: kgVerified.countries.map((row) => (row.country === 'UZ' ? { ...row, status: CompanyStatus.Verified, reliedOnCountry: 'KG' } : row)),
    };
    request.flush(relied);
    await harness.fixture.whenStable();
    backend.expectOne('/api/verification/companies/c1').flush({ ...relied, ownCountry: 'UZ', reliableCountries: ['KG'], history: [] });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="decision-done"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="rely"]')).toBeNull();
    expect(page().querySelector('[data-testid="relied-on"]')?.textContent).toContain('Кыргызстан');
    expect(page().querySelector('[data-testid="suspend-company"]')).not.toBeNull();
  });
});
