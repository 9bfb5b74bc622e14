import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { useRealTranslations } from '../../testing/translations';
import { TelegramLink } from './telegram-link';

describe('TelegramLink (notification settings)', () => {
  let backend: HttpTestingController;
  /** How often the component said the link changed (the preferences beside it reload then). */
  let changes = 0;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()] });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ky');
  });

  afterEach(() => backend.verify());

  async function render(status: { configured: boolean; linked: boolean }) {
    const fixture = TestBed.createComponent(TelegramLink);
    changes = 0;
    fixture.componentInstance.changed.subscribe(() => changes++);
    fixture.detectChanges();
    backend.expectOne({ method: 'GET', url: '/api/notifications/telegram' }).flush(status);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const find = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { element, find, settle };
  }

  it('says Telegram is not available and offers no button where no bot is configured', async () => {
    const { find } = await render({ configured: false, linked: false });
    expect(find('telegram-not-configured')?.textContent).toContain('Бул серверде Telegram билдирүүлөрү жеткиликсиз.');
    expect(find('telegram-connect')).toBeNull();
    expect(find('telegram-unlink')).toBeNull();
  });

  it('connects: makes a one-time link into the bot, then checks whether the chat is linked', async () => {
    const { find, settle } = await render({ configured: true, linked: false });
    expect(find('telegram-connect')?.textContent).toContain('Telegram’ды туташтыруу');
    find('telegram-connect')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/notifications/telegram/link' })
      .flush({ deepLink: 'https://t.me/JumushKgBot?start=abc', expiresAt: '2026-03-01T10:15:00Z' });
    await settle();
    const open = find('telegram-open-bot') as HTMLAnchorElement;
    expect(open.href).toBe('https://t.me/JumushKgBot?start=abc');
    expect(open.target).toBe('_blank');
    expect(find('telegram-connect')).toBeNull();

    // Not pressed Start yet: told so, the link stays.
    find('telegram-check')?.click();
    backend.expectOne({ method: 'GET', url: '/api/notifications/telegram' }).flush({ configured: true, linked: false });
    await settle();
    expect(find('telegram-not-yet')?.textContent).toContain('Азырынча туташкан жок');
    expect(find('telegram-open-bot')).not.toBeNull();
    expect(changes).toBe(0);

    find('telegram-check')?.click();
    backend.expectOne({ method: 'GET', url: '/api/notifications/telegram' }).flush({ configured: true, linked: true });
    await settle();
    expect(find('telegram-connected')?.textContent).toContain('Telegram туташты');
    expect(find('telegram-open-bot')).toBeNull();
    expect(changes).toBe(1);
  });

  it('shows the connected chat with Unlink, and unlinks', async () => {
    const { find, settle } = await render({ configured: true, linked: true });
    expect(find('telegram-connected')).not.toBeNull();
    find('telegram-unlink')?.click();
    backend.expectOne({ method: 'DELETE', url: '/api/notifications/telegram/link' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(find('telegram-connected')).toBeNull();
    expect(find('telegram-connect')).not.toBeNull();
    expect(changes).toBe(1);
  });

  it('shows a refusal in the reader’s language', async () => {
    const { element, find, settle } = await render({ configured: true, linked: false });
    find('telegram-connect')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/notifications/telegram/link' })
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'telegram.notConfigured' },
        { status: 409, statusText: 'Conflict', headers: { 'content-type': 'application/problem+json' } },
      );
    await settle();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Бул серверде Telegram туташтырылган эмес.');
  });
});
