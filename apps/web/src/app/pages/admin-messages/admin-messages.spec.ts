import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { NotificationChannel, type CapturedMessageView, type FailedDeliveryView, type Page } from '@jumush/contracts/client';
import { PageNavigation } from '../../core/navigation/page-navigation';
import { useRealTranslations } from '../../testing/translations';
import { AdminMessages, CAPTURED_CHANNELS } from './admin-messages';

function pageOf<T>(items: T[], total = items.length): Page<T> {
  return { items, total, page: 1, pageSize: 20 };
}

const sms: CapturedMessageView = {
  id: '2',
  channel: NotificationChannel.Sms,
  recipient: '+996555000001',
  subject: null,
  body: 'Jumush: арызыңыз жактырылды.',
  accountId: 'a1',
  outboxId: '10',
  createdAt: '2026-11-20T09:00:00Z',
};

const failure: FailedDeliveryView = {
  id: '7',
  outboxId: '11',
  topic: 'application.approved',
  accountId: 'a2',
  channel: NotificationChannel.Telegram,
  attempts: 5,
  reason: 'Forbidden: bot was blocked by the user',
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:30:00Z',
};

describe('AdminMessages page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const assign = jest.fn();

  beforeEach(async () => {
    assign.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'ru/admin/messages', component: AdminMessages, data: { view: 'captured' } },
            { path: 'ru/admin/failed-deliveries', component: AdminMessages, data: { view: 'failed' } },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        // jsdom cannot leave the page; the dashboard is a page the API renders.
        { provide: PageNavigation, useValue: { leaveTo: assign } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;

  it('offers only the channels a capture adapter keeps', () => {
    expect(CAPTURED_CHANNELS).toEqual([NotificationChannel.Email, NotificationChannel.Sms]);
  });

  it('lists captured messages newest first and filters them by channel', async () => {
    await harness.navigateByUrl('/ru/admin/messages');
    backend
      .expectOne((r) => r.url === '/api/admin/captured-messages' && r.params.get('page') === '1' && !r.params.has('channel'))
      .flush(pageOf([sms], 41));
    await harness.fixture.whenStable();
    const items = page().querySelectorAll('[data-testid="captured-message"]');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('+996555000001');
    expect(items[0]?.textContent).toContain('арызыңыз жактырылды');
    expect(page().textContent).toContain('Всего: 41');

    const filter = page().querySelector<HTMLSelectElement>('[data-testid="channel-filter"]');
    if (!filter) throw new Error('no channel filter');
    filter.value = NotificationChannel.Sms;
    filter.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    backend.expectOne((r) => r.url === '/api/admin/captured-messages' && r.params.get('channel') === 'SMS').flush(pageOf<CapturedMessageView>([]));
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="no-captured-messages"]')?.textContent).toContain('Перехваченных сообщений нет');
  });

  it('searches captured messages by phone number or e-mail', async () => {
    await harness.navigateByUrl('/ru/admin/messages');
    backend.expectOne((r) => r.url === '/api/admin/captured-messages' && !r.params.has('search')).flush(pageOf([sms]));
    await harness.fixture.whenStable();
    const search = page().querySelector<HTMLInputElement>('[data-testid="recipient-search"]');
    if (!search) throw new Error('no recipient search');
    expect(page().querySelector('label[for="captured-search"]')?.textContent).toContain('Телефон или e-mail');
    search.value = ' 0555 000 001 ';
    search.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    backend
      .expectOne((r) => r.url === '/api/admin/captured-messages' && r.params.get('search') === '0555 000 001' && r.params.get('page') === '1')
      .flush(pageOf([sms]));
    await harness.fixture.whenStable();
    expect(page().querySelectorAll('[data-testid="captured-message"]')).toHaveLength(1);
  });

  it('shows failed deliveries with their reason and attempts', async () => {
    await harness.navigateByUrl('/ru/admin/failed-deliveries');
    backend.expectOne((r) => r.url === '/api/admin/notifications/failed').flush(pageOf([failure]));
    await harness.fixture.whenStable();
    const item = page().querySelector('[data-testid="failed-delivery"]');
    expect(item?.textContent).toContain('bot was blocked by the user');
    expect(item?.textContent).toContain('Попыток: 5');
    expect(item?.textContent).toContain('Telegram');
    expect(page().querySelector('[data-testid="tab-failed"]')?.getAttribute('aria-current')).toBe('page');
  });

  it('says so when nothing failed', async () => {
    await harness.navigateByUrl('/ru/admin/failed-deliveries');
    backend.expectOne('/api/admin/notifications/failed?page=1&pageSize=20').flush(pageOf<FailedDeliveryView>([]));
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="no-failed-deliveries"]')).not.toBeNull();
  });

  it('opens the queue dashboard after the API has set its cookie, and shows a refusal', async () => {
    await harness.navigateByUrl('/ru/admin/failed-deliveries');
    backend.expectOne((r) => r.url === '/api/admin/notifications/failed').flush(pageOf<FailedDeliveryView>([]));
    await harness.fixture.whenStable();

    page().querySelector<HTMLButtonElement>('[data-testid="open-queue-board"]')?.click();
    backend.expectOne({ method: 'POST', url: '/api/admin/queues/session' }).flush(null, { status: 204, statusText: 'No Content' });
    await harness.fixture.whenStable();
    expect(assign).toHaveBeenCalledWith('/admin/queues');

    page().querySelector<HTMLButtonElement>('[data-testid="open-queue-board"]')?.click();
    backend
      .expectOne({ method: 'POST', url: '/api/admin/queues/session' })
      .flush({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'errors.forbidden' }, { status: 403, statusText: 'Forbidden' });
    await harness.fixture.whenStable();
    expect(assign).toHaveBeenCalledTimes(1);
    expect(page().querySelector('[role="alert"]')).not.toBeNull();
  });
});
