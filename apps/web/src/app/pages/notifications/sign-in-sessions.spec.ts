import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { SignInSessionView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { SignInSessions } from './sign-in-sessions';

const session = (id: string, current: boolean, userAgent: string | null): SignInSessionView => ({
  id,
  userAgent,
  createdAt: '2026-11-20T08:00:00Z',
  lastUsedAt: '2026-11-25T09:30:00Z',
  expiresAt: '2026-12-20T08:00:00Z',
  current,
});

describe('SignInSessions (where the account is signed in)', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
  });

  afterEach(() => backend.verify());

  async function render(list: SignInSessionView[]) {
    const fixture = TestBed.createComponent(SignInSessions);
    fixture.detectChanges();
    backend.expectOne({ method: 'GET', url: '/api/auth/sessions' }).flush(list);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const all = (testId: string) => Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`));
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { element, all, settle };
  }

  it('lists each device, marks this one, and offers to end the others only', async () => {
    const { all } = await render([session('a', true, 'Android phone'), session('b', false, null)]);
    const items = all('sign-in-session');
    expect(items.map((item) => item.getAttribute('data-current'))).toEqual(['true', 'false']);
    expect(items[0].textContent).toContain('Android phone');
    expect(items[0].textContent).toContain('Это устройство');
    expect(items[1].textContent).toContain('Неизвестное устройство');
    expect(all('end-session')).toHaveLength(1);
    expect(all('end-other-sessions')[0].textContent).toContain('Выйти на всех других устройствах');
  });

  it('ends one session, then all the others, and shows the list again each time', async () => {
    const { all, settle } = await render([session('a', true, 'Android phone'), session('b', false, 'Laptop'), session('c', false, 'Tablet')]);
    all('end-session')[0].click();
    backend.expectOne({ method: 'DELETE', url: '/api/auth/sessions/b' }).flush(null);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/auth/sessions' }).flush([session('a', true, 'Android phone'), session('c', false, 'Tablet')]);
    await settle();
    expect(all('sign-in-session')).toHaveLength(2);
    all('end-other-sessions')[0].click();
    backend.expectOne({ method: 'POST', url: '/api/auth/sessions/revoke-others' }).flush(null);
    await settle();
    backend.expectOne({ method: 'GET', url: '/api/auth/sessions' }).flush([session('a', true, 'Android phone')]);
    await settle();
    expect(all('sign-in-session')).toHaveLength(1);
    expect(all('end-other-sessions')).toHaveLength(0);
  });
});
