import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { NotificationType, type InAppNotificationView } from '@jumush/contracts/client';
import { EVENT_SOURCE_FACTORY } from '../../core/notifications/notification-centre';
import { useRealTranslations } from '../../testing/translations';
import { Notifications } from './notifications';

@Component({ template: '' })
class Landed {}

describe('Notifications page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'ru/notifications', component: Notifications },
          { path: '**', component: Landed },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: EVENT_SOURCE_FACTORY, useValue: null },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
  });

  function aNotification(link: string): InAppNotificationView {
    return {
      id: 'n1',
      type: NotificationType.Approved,
      title: 'Набор одобрен',
      body: `Трудовой атташе одобрил ваш набор по вакансии «Каменщик». Письмо-приглашение: ${link}`,
      link,
      createdAt: '2026-03-10T10:00:00Z',
      readAt: '2026-03-10T11:00:00Z',
    };
  }

  async function open(link: string) {
    await harness.navigateByUrl('/ru/notifications');
    backend.expectOne((request) => request.url === '/api/notifications').flush({ items: [aNotification(link)], page: 1, pageSize: 20, total: 1 });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  it('opens a full address on this site as the page it names, not as "/ru/http:"', async () => {
    const link = `${location.origin}/ky/applications/a1/letter`;
    await open(link);
    (harness.routeNativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="open-notification"]')?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/ky/applications/a1/letter');
  });

  it('opens a path under the current language', async () => {
    await open('/employer/vacancies/v1/applicants');
    (harness.routeNativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="open-notification"]')?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/ru/employer/vacancies/v1/applicants');
  });
});
