import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { ApplicationStatus, CompanyStatus, VacancyStatus } from '@jumush/contracts/client';
import { useRealTranslations } from '../../testing/translations';
import { StatusBadge, statusTone, type StatusBadgeKind } from './status-badge';

describe('status tones', () => {
  it.each([
    [ApplicationStatus.Submitted, 'waiting'],
    [ApplicationStatus.Shortlisted, 'waiting'],
    [ApplicationStatus.InBatch, 'waiting'],
    [ApplicationStatus.Approved, 'good'],
    [ApplicationStatus.Departed, 'good'],
    [ApplicationStatus.Arrived, 'good'],
    [ApplicationStatus.Declined, 'bad'],
    [ApplicationStatus.Refused, 'bad'],
    [ApplicationStatus.Withdrawn, 'muted'],
    [ApplicationStatus.Closed, 'muted'],
  ])('colours an application %s as %s', (status, tone) => {
    expect(statusTone('application', status)).toBe(tone);
  });

  it('colours companies and vacancies by their own statuses, and anything unknown as neutral', () => {
    expect(statusTone('company', CompanyStatus.Verified)).toBe('good');
    expect(statusTone('company', CompanyStatus.Suspended)).toBe('bad');
    expect(statusTone('vacancy', VacancyStatus.Draft)).toBe('neutral');
    expect(statusTone('vacancy', VacancyStatus.Closed)).toBe('muted');
    expect(statusTone('application', 'NOT_A_STATUS')).toBe('neutral');
  });
});

describe('StatusBadge', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [StatusBadge], providers: [provideTranslateService()] });
    useRealTranslations('ru');
  });

  function render(kind: StatusBadgeKind, status: string): HTMLElement {
    const fixture = TestBed.createComponent(StatusBadge);
    fixture.componentRef.setInput('kind', kind);
    fixture.componentRef.setInput('status', status);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('names an application’s status as the migrant reads it, in its tone', () => {
    const badge = render('application', ApplicationStatus.Refused);
    expect(badge.textContent?.trim()).toBe('Отказано');
    expect(badge.getAttribute('data-tone')).toBe('bad');
    expect(badge.querySelector('.badge')?.classList).toContain('tone-bad');
  });

  it('names a company’s status under its own key', () => {
    const badge = render('company', CompanyStatus.Rejected);
    expect(badge.textContent).toContain('Отклонён');
    expect(badge.getAttribute('data-status')).toBe('REJECTED');
  });
});
