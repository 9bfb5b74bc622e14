import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import type { ApiKeyView, ApiKeysView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { EmployerApiKeys } from './employer-api-keys';

const KEY: ApiKeyView = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  name: '1С:ЗУП',
  hint: 'jmk_0f8fad5b…',
  scopes: ['vacancies:read', 'vacancies:write'],
  standing: 'ACTIVE',
  createdAt: '2027-03-01T10:00:00Z',
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
};
const SECRET = `jmk_0f8fad5bd9cb469fa16570867728950e_${'A'.repeat(43)}`;

describe('EmployerApiKeys page', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [EmployerApiKeys],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
  });

  afterEach(() => backend.verify());

  async function render(view: ApiKeysView) {
    const fixture = TestBed.createComponent(EmployerApiKeys);
    await fixture.whenStable();
    backend.expectOne('/api/api-keys').flush(view);
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('says there are no keys yet, and offers the owner the form', async () => {
    const { element } = await render({ keys: [], canManage: true });
    expect(element.querySelector('[data-testid="no-api-keys"]')?.textContent?.trim()).toBe(
      'Ключей пока нет. Создайте ключ, чтобы подключить HR-систему.',
    );
    expect(element.querySelector('[data-testid="create-api-key"]')).not.toBeNull();
  });

  it('shows a recruiter the keys but neither the form nor a revoke button', async () => {
    const { element } = await render({ keys: [KEY], canManage: false });
    expect(element.querySelector('[data-testid="api-keys"]')?.textContent).toContain('jmk_0f8fad5b…');
    expect(element.querySelector('[data-testid="create-api-key"]')).toBeNull();
    expect(element.querySelector('[data-testid="revoke-api-key"]')).toBeNull();
    expect(element.querySelector('[data-testid="api-keys-owner-only"]')).not.toBeNull();
  });

  it('creates a key with the chosen scopes and shows its secret once, focused', async () => {
    const { fixture, element } = await render({ keys: [], canManage: true });
    const name = element.querySelector<HTMLInputElement>('#api-key-name')!;
    name.value = 'HR';
    name.dispatchEvent(new Event('input'));
    element.querySelector<HTMLInputElement>('[data-testid="api-key-scope-applicants:read"] input')!.click();
    element.querySelector<HTMLButtonElement>('[data-testid="create-api-key"]')!.click();

    const request = backend.expectOne({ method: 'POST', url: '/api/api-keys' });
    expect(request.request.body).toEqual({ name: 'HR', scopes: ['vacancies:read', 'applicants:read'] });
    request.flush({ key: { ...KEY, name: 'HR' }, secret: SECRET });
    await fixture.whenStable();
    backend.expectOne('/api/api-keys').flush({ keys: [{ ...KEY, name: 'HR' }], canManage: true });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="api-key-secret"]')?.textContent?.trim()).toBe(SECRET);
    expect(document.activeElement).toBe(element.querySelector('[data-testid="api-key-created"]'));

    element.querySelector<HTMLButtonElement>('[data-testid="close-api-key-secret"]')!.click();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="api-key-secret"]')).toBeNull();
  });

  it('refuses a key with no scope before asking the API', async () => {
    const { fixture, element } = await render({ keys: [], canManage: true });
    const name = element.querySelector<HTMLInputElement>('#api-key-name')!;
    name.value = 'HR';
    name.dispatchEvent(new Event('input'));
    element.querySelector<HTMLInputElement>('[data-testid="api-key-scope-vacancies:read"] input')!.click();
    element.querySelector<HTMLButtonElement>('[data-testid="create-api-key"]')!.click();
    fixture.detectChanges();
    expect(element.textContent).toContain('Выберите хотя бы одно разрешение.');
  });

  it('revokes a key only after a second, explicit click', async () => {
    const { fixture, element } = await render({ keys: [KEY], canManage: true });
    element.querySelector<HTMLButtonElement>('[data-testid="revoke-api-key"]')!.click();
    fixture.detectChanges();
    element.querySelector<HTMLButtonElement>('[data-testid="confirm-revoke-api-key"]')!.click();
    backend
      .expectOne({ method: 'POST', url: `/api/api-keys/${KEY.id}/revoke` })
      .flush({ ...KEY, standing: 'REVOKED', revokedAt: '2027-03-02T10:00:00Z' });
    await fixture.whenStable();
    backend.expectOne('/api/api-keys').flush({ keys: [{ ...KEY, standing: 'REVOKED', revokedAt: '2027-03-02T10:00:00Z' }], canManage: true });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="api-key-standing"]')?.textContent?.trim()).toBe('Отозван');
    expect(element.querySelector('[data-testid="revoke-api-key"]')).toBeNull();
  });
});
