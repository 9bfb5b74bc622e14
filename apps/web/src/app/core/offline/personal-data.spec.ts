import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../auth/auth.service';
import { aSession, anAccount } from '../../testing/fixtures';
import { OUTBOX_STORAGE_KEY } from './outbox';
import { PersonalData, isPersonalCache } from './personal-data';
import { SAVED_VACANCIES_KEY } from './saved-vacancies';

describe('PersonalData (a phone a family shares)', () => {
  let backend: HttpTestingController;
  let cacheNames: string[];

  beforeEach(() => {
    localStorage.clear();
    cacheNames = [
      'ngsw:/:1234abcd:data:my-applications:cache',
      'ngsw:/:db:1234abcd:data:my-applications:lru',
      'ngsw:/:db:1234abcd:data:my-letters:age',
      'ngsw:/:1234abcd:data:my-profile:cache',
      'ngsw:/:1234abcd:data:vacancies:cache',
      'ngsw:/:1234abcd:assets:shell:cache',
    ];
    Object.defineProperty(window, 'caches', {
      configurable: true,
      value: {
        keys: jest.fn(async () => [...cacheNames]),
        delete: jest.fn(async (name: string) => {
          cacheNames = cacheNames.filter((cache) => cache !== name);
          return true;
        }),
      },
    });
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  function fillPhone(): void {
    localStorage.setItem('jumush.profileDraft.passport', '{"passportNumber":"AC1234567"}');
    localStorage.setItem(OUTBOX_STORAGE_KEY, '[]');
    localStorage.setItem(SAVED_VACANCIES_KEY, '[{"id":"v1","title":"Сварщик"}]');
    localStorage.setItem('jumush.locale', 'ky');
  }

  it('knows the service worker caches that hold one person’s data', () => {
    expect(cacheNames.filter(isPersonalCache)).toEqual([
      'ngsw:/:1234abcd:data:my-applications:cache',
      'ngsw:/:db:1234abcd:data:my-applications:lru',
      'ngsw:/:db:1234abcd:data:my-letters:age',
      'ngsw:/:1234abcd:data:my-profile:cache',
    ]);
    expect(isPersonalCache('my-applications')).toBe(false);
  });

  it('forgets applications, letters, profile and drafts, and keeps the app, vacancies and saved vacancies', async () => {
    fillPhone();
    await TestBed.inject(PersonalData).forget();
    expect(cacheNames).toEqual(['ngsw:/:1234abcd:data:vacancies:cache', 'ngsw:/:1234abcd:assets:shell:cache']);
    expect(localStorage.getItem('jumush.profileDraft.passport')).toBeNull();
    expect(localStorage.getItem(OUTBOX_STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(SAVED_VACANCIES_KEY)).not.toBeNull();
    expect(localStorage.getItem('jumush.locale')).toBe('ky');
  });

  it('forgets the last person’s data when someone else signs in on the phone', async () => {
    fillPhone();
    localStorage.setItem('jumush.lastAccount', 'first-person');
    TestBed.inject(PersonalData);
    const auth = TestBed.inject(AuthService);
    const restored = auth.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('t', anAccount({ id: 'second-person' })));
    await restored;
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    expect(localStorage.getItem('jumush.profileDraft.passport')).toBeNull();
    expect(cacheNames.some(isPersonalCache)).toBe(false);
    expect(localStorage.getItem('jumush.lastAccount')).toBe('second-person');
  });

  it('keeps them when the same person signs in again', async () => {
    fillPhone();
    localStorage.setItem('jumush.lastAccount', 'first-person');
    TestBed.inject(PersonalData);
    const auth = TestBed.inject(AuthService);
    const restored = auth.restoreSession();
    backend.expectOne('/api/auth/refresh').flush(aSession('t', anAccount({ id: 'first-person' })));
    await restored;
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    expect(localStorage.getItem('jumush.profileDraft.passport')).not.toBeNull();
    expect(cacheNames.filter(isPersonalCache)).toHaveLength(4);
  });
});
