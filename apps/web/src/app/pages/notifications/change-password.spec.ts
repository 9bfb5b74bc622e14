import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { ChangePassword } from './change-password';

describe('Password section', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [ChangePassword],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('en');
  });

  afterEach(() => backend.verify());

  async function change(current: string, next: string) {
    const fixture = TestBed.createComponent(ChangePassword);
    let changed = 0;
    fixture.componentInstance.passwordChanged.subscribe(() => changed++);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    for (const [id, value] of [
      ['change-current-password', current],
      ['change-new-password', next],
    ]) {
      const input = element.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    return { fixture, element, changed: () => changed };
  }

  it('changes the password with the refresh cookie, says so, and tells the sessions list', async () => {
    const { fixture, element, changed } = await change('old-password-1', 'new-password-42');
    const request = backend.expectOne('/api/auth/password');
    expect([request.request.body, request.request.withCredentials]).toEqual([
      { currentPassword: 'old-password-1', newPassword: 'new-password-42' },
      true,
    ]);
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe(
      'Your password has been changed. Every other device has been signed out.',
    );
    expect(changed()).toBe(1);
  });

  it('puts a wrong current password on its field, focused', async () => {
    const { fixture, element, changed } = await change('not-it-1234', 'new-password-42');
    backend
      .expectOne('/api/auth/password')
      .flush(problemBody(400, 'validation.failed', { errors: [{ field: 'currentPassword', code: 'password.currentWrong', message: '' }] }), {
        status: 400,
        statusText: 'Bad Request',
      });
    await fixture.whenStable();
    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('The current password is wrong.');
    expect(document.activeElement?.id).toBe('change-current-password');
    expect(changed()).toBe(0);
  });
});
