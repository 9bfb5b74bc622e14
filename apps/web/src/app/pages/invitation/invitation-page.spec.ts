import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, convertToParamMap, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { Role, type AccountView, type InvitationLinkView } from '@jumush/contracts/client';
import { AuthService } from '../../core/auth/auth.service';
import { UNAUTHORIZED, aCompany, aSession, anAccount, problemBody } from '../../testing/fixtures';
import { useRealTranslations } from '../../testing/translations';
import { InvitationPage } from './invitation-page';

const TOKEN = 'D'.repeat(43);
const VIEW: InvitationLinkView = {
  companyName: 'ООО «Кирпич»',
  inviterName: 'Ольга Смирнова',
  email: 'colleague@kirpich.example',
  expiresAt: '2026-12-31T00:00:00Z',
  refusal: null,
};
const INVITED = anAccount({ role: Role.Employer, phone: null, email: 'colleague@kirpich.example', emailVerifiedAt: '2026-01-01T00:00:00Z' });

describe('Invitation page (the e-mailed link)', () => {
  let backend: HttpTestingController;
  let navigate: jest.SpyInstance;

  async function open(account: AccountView | null, view: InvitationLinkView = VIEW) {
    TestBed.configureTestingModule({
      imports: [InvitationPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ token: TOKEN }), queryParamMap: convertToParamMap({}) } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    useRealTranslations('en');
    const restored = TestBed.inject(AuthService).restoreSession();
    const refresh = backend.expectOne('/api/auth/refresh');
    if (account) refresh.flush(aSession('t', account));
    else refresh.flush(null, UNAUTHORIZED);
    await restored;
    const fixture = TestBed.createComponent(InvitationPage);
    await fixture.whenStable();
    backend.expectOne(`/api/invitations/${TOKEN}`).flush(view);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => backend.verify());

  it('shows a signed-out visitor the company and inviter, and ways to sign in or register that come back here', async () => {
    const { element } = await open(null);
    expect(element.querySelector('[data-testid="invitation-text"]')?.textContent).toContain(
      'Ольга Смирнова invites you to recruit for “ООО «Кирпич»”',
    );
    const back = encodeURIComponent(`/ru/invitations/${TOKEN}`);
    expect(element.querySelector('[data-testid="invitation-sign-in"]')?.getAttribute('href')).toBe(`/ru/login?returnUrl=${back}`);
    expect(element.querySelector('[data-testid="invitation-register"]')?.getAttribute('href')).toBe(
      `/ru/register?as=employer&email=${VIEW.email}&returnUrl=${back}`,
    );
    expect(element.querySelector('[data-testid="invitation-accept"]')).toBeNull();
  });

  it('lets the invited, confirmed account accept, and takes it to its company', async () => {
    const { fixture, element } = await open(INVITED);
    (element.querySelector('[data-testid="invitation-accept"]') as HTMLButtonElement).click();
    backend.expectOne({ method: 'POST', url: `/api/invitations/${TOKEN}/accept` }).flush(aCompany());
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/', 'ru', 'employer', 'company'], { queryParams: { joined: 1 } });
  });

  it('asks the invited account to confirm its address first (with a new link at hand) instead of offering to accept', async () => {
    const { element } = await open({ ...INVITED, emailVerifiedAt: null });
    expect(element.querySelector('[data-testid="invitation-accept"]')).toBeNull();
    expect(element.querySelector('[data-testid="email-verification-banner"]')?.textContent).toContain('colleague@kirpich.example');
  });

  it('refuses another account clearly', async () => {
    const { element } = await open(anAccount({ role: Role.Employer, email: 'someone@else.example', emailVerifiedAt: '2026-01-01T00:00:00Z' }));
    expect(element.querySelector('[data-testid="invitation-other-account"]')?.textContent).toContain('someone@else.example');
    expect(element.querySelector('[data-testid="invitation-accept"]')).toBeNull();
  });

  it.each([
    ['EXPIRED', 'has expired'],
    ['REVOKED', 'revoked this invitation'],
    ['USED', 'already accepted'],
  ] as const)('says why a %s invitation cannot be taken', async (refusal, words) => {
    const { element } = await open(INVITED, { ...VIEW, refusal });
    expect(element.querySelector('[data-testid="invitation-problem"]')?.textContent).toContain(words);
    expect(element.querySelector('[data-testid="invitation-accept"]')).toBeNull();
  });

  it('says so when the link is not an invitation at all', async () => {
    TestBed.resetTestingModule();
    const { element } = await openUnknown();
    expect(element.querySelector('[data-testid="invitation-problem"]')?.textContent).toContain('not valid');
  });

  async function openUnknown() {
    TestBed.configureTestingModule({
      imports: [InvitationPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: ActivatedRoute, useValue: { snapshot: { paramMap: convertToParamMap({ token: 'x' }), queryParamMap: convertToParamMap({}) } } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('en');
    const restored = TestBed.inject(AuthService).restoreSession();
    backend.expectOne('/api/auth/refresh').flush(null, UNAUTHORIZED);
    await restored;
    const fixture = TestBed.createComponent(InvitationPage);
    await fixture.whenStable();
    backend.expectOne('/api/invitations/x').flush(problemBody(404, 'invitation.invalid'), { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement };
  }
});
