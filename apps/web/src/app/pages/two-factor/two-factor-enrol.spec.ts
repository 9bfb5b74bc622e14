import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { TwoFactorEnrol, groupedSecret } from './two-factor-enrol';

const ENROLMENT = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Jumush:a%40b.kg?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Jumush',
  qrCode: 'data:image/png;base64,iVBORw0KGgo=',
};

describe('Two-factor enrolment page', () => {
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [TwoFactorEnrol],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  async function opened() {
    const fixture = TestBed.createComponent(TwoFactorEnrol);
    fixture.detectChanges();
    backend.expectOne({ method: 'POST', url: '/api/auth/two-factor/enrolment' }).flush(ENROLMENT);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  function typeCode(element: HTMLElement, value: string): void {
    const input = element.querySelector<HTMLInputElement>('#two-factor-code');
    if (!input) throw new Error('#two-factor-code missing');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
  }

  it('shows the QR code with a text alternative and the key in groups of four', async () => {
    const { element } = await opened();
    const qr = element.querySelector<HTMLImageElement>('[data-testid=two-factor-qr]');
    expect(qr?.getAttribute('src')).toBe(ENROLMENT.qrCode);
    expect(qr?.getAttribute('alt')).toContain('QR code');
    expect(element.querySelector('[data-testid=two-factor-secret]')?.textContent?.trim()).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupedSecret('ABCDEFGH')).toBe('ABCD EFGH');
  });

  it('shows the API’s field error for a wrong code', async () => {
    const { fixture, element } = await opened();
    typeCode(element, '000000');
    backend
      .expectOne('/api/auth/two-factor/enrolment/confirm')
      .flush(
        { ...problemBody(422, 'validation.failed'), errors: [{ field: 'code', code: 'twoFactor.invalidCode', message: 'x' }] },
        { status: 422, statusText: 'Unprocessable' },
      );
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toContain('not the code your app shows now');
    expect(element.querySelector('[data-testid=recovery-codes]')).toBeNull();
  });

  it('shows the ten recovery codes once two-factor is on, with copy and print, then continues home', async () => {
    const { fixture, element } = await opened();
    typeCode(element, '123 456');
    const request = backend.expectOne('/api/auth/two-factor/enrolment/confirm');
    expect(request.request.body).toEqual({ code: '123 456' });
    const codes = Array.from({ length: 10 }, (_, index) => `abc${index}-defg`);
    request.flush({ recoveryCodes: codes });
    await fixture.whenStable();
    expect(Array.from(element.querySelectorAll('[data-testid=recovery-code]')).map((code) => code.textContent?.trim())).toEqual(codes);
    expect(element.querySelector('[data-testid=copy-recovery-codes]')).not.toBeNull();
    expect(element.querySelector('[data-testid=print-recovery-codes]')).not.toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid=two-factor-continue]')?.click();
    expect(navigateByUrl).toHaveBeenCalledWith('/ru/home');
  });

  it('says so when two-factor is already on', async () => {
    const fixture = TestBed.createComponent(TwoFactorEnrol);
    fixture.detectChanges();
    backend.expectOne('/api/auth/two-factor/enrolment').flush(problemBody(409, 'twoFactor.alreadyOn'), { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid=two-factor-already-on]')).not.toBeNull();
  });
});
