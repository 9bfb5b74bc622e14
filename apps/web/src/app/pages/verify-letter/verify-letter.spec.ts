import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import type { LetterVerificationView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { VerifyLetter } from './verify-letter';

const revoked: LetterVerificationView = {
  status: 'REVOKED',
  initials: 'T. A.',
  initialsCyrillic: 'Т. А.',
  birthYear: 1995,
  employer: 'ООО «Стройка»',
  vacancyTitle: 'Сварщик',
  town: 'Москва',
  decidedOn: '2026-11-20',
  office: 'Посольство Кыргызской Республики в Российской Федерации',
  revokedOn: '2026-12-01',
  revocationCategory: 'EMPLOYER_SUSPENDED' as LetterVerificationView['revocationCategory'],
};

describe('VerifyLetter page', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [VerifyLetter],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  async function show(view: LetterVerificationView): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(VerifyLetter);
    fixture.componentRef.setInput('code', 'K7Q2-9XMD');
    await fixture.whenStable();
    backend.expectOne('/api/public/verify/K7Q2-9XMD').flush(view);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const text = (element: HTMLElement, testId: string) => element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();

  it('says REVOKED with the day and the reason category, and what matches the paper', async () => {
    const page = await show(revoked);
    expect(page.querySelector('[data-testid="verification-status"]')?.getAttribute('data-status')).toBe('REVOKED');
    expect(text(page, 'verification-status')).toContain('The letter was revoked');
    expect(text(page, 'verify-revoked-on')).toMatch(/2026/);
    expect(text(page, 'verify-revocation-category')).toBe('The employer was suspended');
    expect(text(page, 'verify-initials')).toBe('Т. А. / T. A.');
    expect(text(page, 'verify-birth-year')).toBe('1995');
    expect(page.textContent).toContain('ООО «Стройка»');
    expect(page.textContent).toContain('Сварщик');
  });

  it('shows no revocation lines on a valid letter', async () => {
    const page = await show({ ...revoked, status: 'VALID', revokedOn: null, revocationCategory: null });
    expect(text(page, 'verification-status')).toContain('The letter is valid');
    expect(page.querySelector('[data-testid="verify-revoked-on"]')).toBeNull();
    expect(page.querySelector('[data-testid="verify-revocation-category"]')).toBeNull();
  });
});
