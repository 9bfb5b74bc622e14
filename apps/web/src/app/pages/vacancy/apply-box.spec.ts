import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role } from '@jumush/contracts/client';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { AuthService } from '../../core/auth/auth.service';
import { OUTBOX_STORAGE_KEY } from '../../core/offline/outbox';
import { aSession, anAccount } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { ApplyBox } from './apply-box';

describe('ApplyBox without a connection', () => {
  let backend: HttpTestingController;

  function setOnline(online: boolean): void {
    Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    const auth = TestBed.inject(AuthService);
    const restored = auth.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('token-1', anAccount({ id: 'migrant-1', role: Role.Migrant })));
    await restored;
  });

  afterEach(() => {
    backend.verify();
    Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
  });

  async function render() {
    const fixture = TestBed.createComponent(ApplyBox);
    fixture.componentRef.setInput('vacancyId', 'v1');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('keeps the application on the phone while offline and sends it when the connection returns', async () => {
    const { fixture, element } = await render();
    setOnline(false);
    element.querySelector<HTMLTextAreaElement>('#apply-note')!.value = 'Есть опыт 3 года';
    element.querySelector<HTMLTextAreaElement>('#apply-note')!.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="apply"]')?.click();
    await fixture.whenStable();
    backend.expectNone('/api/vacancies/v1/applications');
    expect(element.querySelector('[data-testid="apply-queued"]')?.textContent).toContain('Ваш отклик сохранён на телефоне');
    expect(JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]')).toEqual([
      expect.objectContaining({ accountId: 'migrant-1', kind: 'apply', subject: 'v1', method: 'POST', body: { note: 'Есть опыт 3 года' } }),
    ]);

    setOnline(true);
    await new Promise((resolve) => setTimeout(resolve));
    const sent = backend.expectOne('/api/vacancies/v1/applications');
    expect(sent.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(sent.request.body).toEqual({ note: 'Есть опыт 3 года' });
    sent.flush({ id: 'application-1' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="applied"]')).not.toBeNull();
    expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
  });

  it('queues the application when the request fails for want of a connection', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('[data-testid="apply"]')?.click();
    backend.expectOne('/api/vacancies/v1/applications').error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="apply-queued"]')).not.toBeNull();
    // Still queued after the page is opened again, and after another try that fails the same way.
    fixture.destroy();
    const again = await render();
    await new Promise((resolve) => setTimeout(resolve));
    backend.match('/api/vacancies/v1/applications').forEach((retry) => retry.error(new ProgressEvent('error'), { status: 0 }));
    await again.fixture.whenStable();
    expect(again.element.querySelector('[data-testid="apply-queued"]')).not.toBeNull();
    expect(JSON.parse(localStorage.getItem(OUTBOX_STORAGE_KEY) ?? '[]')).toHaveLength(1);
  });
});
