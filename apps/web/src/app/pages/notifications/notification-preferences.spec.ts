import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { Locale, NotificationChannel, type NotificationPreferencesView } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { NotificationPreferences, channelChoices } from './notification-preferences';

const migrantDefaults: NotificationPreferencesView = {
  channels: [NotificationChannel.InApp, NotificationChannel.Sms],
  locale: Locale.Kyrgyz,
  availableChannels: [NotificationChannel.InApp, NotificationChannel.Sms],
  telegramLinked: false,
  isDefault: true,
};

describe('channelChoices', () => {
  it('keeps in-app on and fixed, and lets only channels with an address be switched', () => {
    expect(channelChoices(migrantDefaults, new Set([NotificationChannel.Sms]))).toEqual([
      { channel: NotificationChannel.InApp, on: true, editable: false },
      { channel: NotificationChannel.Email, on: false, editable: false },
      { channel: NotificationChannel.Sms, on: true, editable: true },
      { channel: NotificationChannel.Telegram, on: false, editable: false },
    ]);
    expect(
      channelChoices({ ...migrantDefaults, availableChannels: [...migrantDefaults.availableChannels, NotificationChannel.Telegram] }, new Set())[3],
    ).toEqual({
      channel: NotificationChannel.Telegram,
      on: false,
      editable: true,
    });
  });
});

describe('NotificationPreferences', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ky');
  });

  afterEach(() => backend.verify());

  async function render(view: NotificationPreferencesView) {
    const fixture = TestBed.createComponent(NotificationPreferences);
    fixture.detectChanges();
    backend.expectOne({ method: 'GET', url: '/api/notifications/preferences' }).flush(view);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const find = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { element, find, settle };
  }

  it('shows the role defaults in the reader language, with unavailable channels explained', async () => {
    const { element, find } = await render(migrantDefaults);
    expect(find('preferences-default')).not.toBeNull();
    expect(find<HTMLInputElement>('channel-IN_APP')?.checked).toBe(true);
    expect(find<HTMLInputElement>('channel-IN_APP')?.disabled).toBe(true);
    expect(find<HTMLInputElement>('channel-SMS')?.checked).toBe(true);
    expect(find<HTMLInputElement>('channel-TELEGRAM')?.disabled).toBe(true);
    expect(element.textContent).toContain('Адегенде жогоруда Telegram');
    expect(find<HTMLSelectElement>('notification-language')?.value).toBe('ky');
    expect(find<HTMLButtonElement>('save-preferences')?.disabled).toBe(true);
  });

  it('saves the chosen channels and language, then says so', async () => {
    const { find, settle } = await render(migrantDefaults);
    const sms = find<HTMLInputElement>('channel-SMS');
    if (!sms) throw new Error('no SMS checkbox');
    sms.checked = false;
    sms.dispatchEvent(new Event('change'));
    const language = find<HTMLSelectElement>('notification-language');
    if (!language) throw new Error('no language select');
    language.value = 'ru';
    language.dispatchEvent(new Event('change'));
    await settle();

    find<HTMLButtonElement>('save-preferences')?.click();
    const request = backend.expectOne({ method: 'PUT', url: '/api/notifications/preferences' });
    expect(request.request.body).toEqual({ channels: [NotificationChannel.InApp], locale: 'ru' });
    request.flush({ ...migrantDefaults, channels: [NotificationChannel.InApp], locale: Locale.Russian, isDefault: false });
    await settle();
    expect(find('preferences-saved')?.textContent).toContain('Жөндөөлөр сакталды.');
    expect(find('preferences-default')).toBeNull();
    expect(find<HTMLInputElement>('channel-SMS')?.checked).toBe(false);
    expect(find<HTMLButtonElement>('save-preferences')?.disabled).toBe(true);
  });

  it('shows the refusal in the reader language and keeps the choice', async () => {
    const { find, settle } = await render(migrantDefaults);
    const language = find<HTMLSelectElement>('notification-language');
    if (!language) throw new Error('no language select');
    language.value = 'uz';
    language.dispatchEvent(new Event('change'));
    await settle();
    find<HTMLButtonElement>('save-preferences')?.click();
    backend
      .expectOne({ method: 'PUT', url: '/api/notifications/preferences' })
      .flush(
        { type: 'about:blank', title: 'Unprocessable', status: 422, code: 'notifications.channelUnavailable', params: { channel: 'SMS' } },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle();
    expect(find<HTMLSelectElement>('notification-language')?.value).toBe('uz');
    expect(find<HTMLButtonElement>('save-preferences')?.disabled).toBe(false);
    expect((find('notification-preferences')?.querySelector('[role="alert"]') as HTMLElement | null)?.textContent).toContain('SMS');
  });

  it('reads the preferences again on reload (Telegram linked beside it), dropping unsaved edits', async () => {
    const fixture = TestBed.createComponent(NotificationPreferences);
    fixture.detectChanges();
    backend.expectOne({ method: 'GET', url: '/api/notifications/preferences' }).flush(migrantDefaults);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const telegram = () => element.querySelector<HTMLInputElement>('[data-testid="channel-TELEGRAM"]');
    expect(telegram()?.disabled).toBe(true);

    fixture.componentInstance.reload();
    fixture.detectChanges();
    backend.expectOne({ method: 'GET', url: '/api/notifications/preferences' }).flush({
      ...migrantDefaults,
      channels: [...migrantDefaults.channels, NotificationChannel.Telegram],
      availableChannels: [...migrantDefaults.availableChannels, NotificationChannel.Telegram],
      telegramLinked: true,
    });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(telegram()?.disabled).toBe(false);
    expect(telegram()?.checked).toBe(true);
  });
});
