import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import {
  ChecklistItemKind,
  ChecklistItemStatus,
  RussianLevel,
  type CandidateProfileView,
  type ChecklistItemView,
  type RequirementSource,
} from '@jumush/contracts/client';
import { problemBody } from '../../testing/fixtures';
import { flushOriginCountries } from '../../testing/origin-countries';
import { useRealTranslations } from '../../testing/translations';
import { Profile } from './profile';

const PROGRAMME: RequirementSource = { basis: 'programme', act: 'PROGRAMME', article: null, actDate: null, inForceFrom: null };
const law = (act: RequirementSource['act'], article: string | null, inForceFrom: string | null = null): RequirementSource => ({
  basis: 'law',
  act,
  article,
  actDate: null,
  inForceFrom,
});

const item = (kind: ChecklistItemKind, source: RequirementSource): ChecklistItemView => ({
  kind,
  source,
  status: ChecklistItemStatus.NotStarted,
  completedOn: null,
  validUntil: null,
  hasDocument: false,
  updatedAt: null,
});

const KYRGYZ_CHECKLIST = [
  item(ChecklistItemKind.ForeignPassport, PROGRAMME),
  item(ChecklistItemKind.MedicalCertificate, PROGRAMME),
  item(ChecklistItemKind.PreDepartureOrientation, PROGRAMME),
  item(ChecklistItemKind.PoliceClearance, PROGRAMME),
];

/** A profile with every wizard step done, so the page opens on the checklist. */
function aProfile(overrides: Partial<CandidateProfileView> = {}): CandidateProfileView {
  return {
    id: 'c1',
    originCountry: 'KG',
    citizenship: { code: 'KG', regime: 'EAEU', confirmed: true, editable: true },
    surname: 'Асанов',
    givenNames: 'Бакыт',
    surnameLatin: 'ASANOV',
    givenNamesLatin: 'BAKYT',
    birthDate: '1990-05-01',
    sex: null,
    phone: '+996555123456',
    residenceRegionCode: 'KG-C',
    residenceDistrictCode: null,
    languages: [{ language: 'ru', level: RussianLevel.Basic }],
    russianLevel: RussianLevel.Basic,
    occupations: [],
    education: null,
    preferredRegionCodes: ['77'],
    passportNumber: null,
    passportExpiresOn: null,
    passportCheck: null,
    consentVersion: '2026-11',
    consentGivenAt: null,
    plannedDepartureOn: null,
    completedSteps: ['personal', 'residence', 'skills', 'preferences', 'passport', 'consent'],
    checklist: KYRGYZ_CHECKLIST,
    notRequired: [
      { kind: ChecklistItemKind.MedicalInsurance, source: law('FZ_326', '10') },
      { kind: ChecklistItemKind.RussianLanguageTest, source: law('EAEU_TREATY', '97') },
    ],
    readiness: { percent: 0, ready: false, done: [], missing: [], expired: [] },
    version: 1,
    ...overrides,
  };
}

describe('Profile page: citizenship and the checklist of its law', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Profile],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
  });

  async function open(profile: CandidateProfileView) {
    const fixture = TestBed.createComponent(Profile);
    fixture.detectChanges();
    flushOriginCountries(backend);
    backend.match(() => true).forEach((request) => request.flush(request.request.url.endsWith('/api/candidates/me') ? profile : []));
    await fixture.whenStable();
    fixture.detectChanges();
    // The countries are asked for when the profile's citizenship and regions first render.
    flushOriginCountries(backend);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const texts = (selector: string) => Array.from(element.querySelectorAll(selector)).map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    return { fixture, element, texts };
  }

  it('shows a Kyrgyz citizen only the items asked of them, each labelled, and says what the law does not ask', async () => {
    const { element, texts } = await open(aProfile());
    expect(Array.from(element.querySelectorAll('[data-testid=checklist-item]')).map((node) => node.getAttribute('data-kind'))).toEqual([
      'FOREIGN_PASSPORT',
      'MEDICAL_CERTIFICATE',
      'PRE_DEPARTURE_ORIENTATION',
      'POLICE_CLEARANCE',
    ]);
    expect(texts('[data-testid=checklist-source]')).toEqual(Array(4).fill('Требование программы оргнабора, а не закона'));
    expect(texts('[data-testid=not-required] li')).toEqual([
      'Медицинская страховка — Основание: Федеральный закон от 29.11.2010 № 326-ФЗ, статья 10',
      'Экзамен по русскому языку — Основание: Договор о Евразийском экономическом союзе от 29.05.2014, статья 97',
    ]);
    expect(texts('[data-testid=citizenship-regime]')).toEqual([
      'Кыргызстан — член ЕАЭС: патент и экзамен по русскому языку для работы в России не нужны.',
    ]);
    expect(element.querySelector<HTMLSelectElement>('#profile-citizenship')?.value).toBe('KG');
  });

  it('fills the passport step with the full number from its uncached route, and shows the masked one when that fails (offline)', async () => {
    const profile = aProfile({ passportNumber: '•••••••67', passportExpiresOn: '2031-01-01' });
    const fixture = TestBed.createComponent(Profile);
    fixture.detectChanges();
    backend.match((request) => request.url.endsWith('/api/candidates/me')).forEach((request) => request.flush(profile));
    backend.match((request) => !request.url.includes('passport-number')).forEach((request) => request.flush([]));
    await fixture.whenStable();
    fixture.detectChanges();
    const number = backend.expectOne('/api/candidates/me/passport-number');
    expect(number.request.headers.get('ngsw-bypass')).toBe('true');
    number.flush({ passportNumber: 'AC1234567' });
    await fixture.whenStable();
    const input = () => (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#profile-passport-number');
    (fixture.componentInstance as unknown as { go(step: string): void }).go('passport');
    fixture.detectChanges();
    expect(input()?.value).toBe('AC1234567');
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid=passport-saved]')).toBeNull();

    const offline = TestBed.createComponent(Profile);
    offline.detectChanges();
    backend.match((request) => request.url.endsWith('/api/candidates/me')).forEach((request) => request.flush(profile));
    backend.match((request) => !request.url.includes('passport-number')).forEach((request) => request.flush([]));
    await offline.whenStable();
    offline.detectChanges();
    backend.expectOne('/api/candidates/me/passport-number').flush(null, { status: 0, statusText: 'Unknown Error' });
    await offline.whenStable();
    (offline.componentInstance as unknown as { go(step: string): void }).go('passport');
    offline.detectChanges();
    const element = offline.nativeElement as HTMLElement;
    expect(element.querySelector<HTMLInputElement>('#profile-passport-number')?.value).toBe('');
    expect(element.querySelector('[data-testid=passport-saved]')?.textContent?.trim()).toBe('Сохранён: •••••••67');
  });

  it('asks the migrant to contact the consulate when another profile holds their passport number, and says nothing otherwise', async () => {
    expect((await open(aProfile())).element.querySelector('[data-testid=passport-check]')).toBeNull();
    const { texts } = await open(aProfile({ passportCheck: 'contactConsulate' }));
    expect(texts('[data-testid=passport-check]')).toEqual([
      'Номер вашего паспорта нужно проверить в консульстве. Пожалуйста, обратитесь в консульство своей страны с паспортом.',
    ]);
  });

  it('names the law and article of a patent-regime item', async () => {
    const checklist = [...KYRGYZ_CHECKLIST, item(ChecklistItemKind.RussianLanguageTest, law('FZ_115', '15.1'))];
    const { texts } = await open(
      aProfile({ originCountry: 'TJ', citizenship: { code: 'TJ', regime: 'PATENT', confirmed: true, editable: true }, checklist, notRequired: [] }),
    );
    expect(texts('[data-testid=checklist-source]').at(-1)).toBe('Основание: Федеральный закон от 25.07.2002 № 115-ФЗ, статья 15.1');
    expect(texts('[data-testid=not-required] li')).toEqual([]);
  });

  it('saves a new citizenship and shows the checklist of the new country', async () => {
    const { element, fixture, texts } = await open(aProfile({ citizenship: { code: 'KG', regime: 'EAEU', confirmed: false, editable: true } }));
    expect(element.querySelector('[data-testid=citizenship-unconfirmed]')).not.toBeNull();
    const select = element.querySelector<HTMLSelectElement>('#profile-citizenship');
    if (!select) throw new Error('#profile-citizenship missing');
    select.value = 'UZ';
    element.querySelector<HTMLButtonElement>('[data-testid=save-citizenship]')?.click();
    const request = backend.expectOne('/api/candidates/me/citizenship');
    expect([request.request.method, request.request.body]).toEqual(['PUT', { citizenship: 'UZ' }]);
    request.flush(
      aProfile({
        originCountry: 'UZ',
        citizenship: { code: 'UZ', regime: 'PATENT', confirmed: true, editable: true },
        checklist: [...KYRGYZ_CHECKLIST, item(ChecklistItemKind.MedicalInsurance, law('FZ_115', null))],
        notRequired: [],
      }),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=citizenship-unconfirmed]')).toBeNull();
    expect(texts('[data-testid=checklist-source]').at(-1)).toBe('Основание: Федеральный закон от 25.07.2002 № 115-ФЗ');
  });

  describe('the residence step of a Tajik migrant', () => {
    const TAJIK = { originCountry: 'TJ', citizenship: { code: 'TJ', regime: 'PATENT', confirmed: true, editable: true } } as const;
    const openTajik = () =>
      open(
        aProfile({
          ...TAJIK,
          residenceRegionCode: null,
          completedSteps: ['personal', 'skills', 'preferences', 'passport', 'consent'],
        }),
      );

    afterEach(() => localStorage.clear());

    it('offers the regions of Tajikistan the API lists, in the reader’s language, and asks no district', async () => {
      const { element, texts } = await openTajik();
      const options = Array.from(element.querySelectorAll<HTMLOptionElement>('#profile-region option')).filter((option) => option.value);
      expect(options.map((option) => option.value)).toEqual(['TJ-SU', 'TJ-DU']);
      expect(texts('#profile-region option').slice(1)).toEqual(['Согдийская область', 'город Душанбе']);
      expect(element.querySelector('#profile-district')).toBeNull();
    });

    it('saves a Tajik region without a district', async () => {
      const { element, fixture } = await openTajik();
      const region = element.querySelector<HTMLSelectElement>('#profile-region');
      if (!region) throw new Error('#profile-region missing');
      region.value = 'TJ-SU';
      region.dispatchEvent(new Event('change'));
      fixture.detectChanges();
      element.querySelector<HTMLButtonElement>('[data-testid=save-step]')?.click();
      const request = backend.expectOne('/api/candidates/me/residence');
      expect([request.request.method, request.request.body]).toEqual(['PUT', { residenceRegionCode: 'TJ-SU', residenceDistrictCode: null }]);
    });

    it('refuses a Kyrgyz region left in a draft, beside the region field, without asking the API', async () => {
      localStorage.setItem('jumush.profileDraft.residence', JSON.stringify({ residenceRegionCode: 'KG-C', residenceDistrictCode: 'KG-C-ALAMUDUN' }));
      const { element, fixture, texts } = await openTajik();
      element.querySelector<HTMLButtonElement>('[data-testid=save-step]')?.click();
      fixture.detectChanges();
      backend.expectNone('/api/candidates/me/residence');
      expect(texts('mat-error')).toEqual(['Этот регион не относится к стране вашего гражданства. Выберите регион из списка.']);
    });
  });

  it('clears the home region of the old country when the citizenship changes, and says so', async () => {
    localStorage.clear();
    const { element, fixture, texts } = await open(aProfile({ residenceDistrictCode: 'KG-C-ALAMUDUN' }));
    const select = element.querySelector<HTMLSelectElement>('#profile-citizenship');
    if (!select) throw new Error('#profile-citizenship missing');
    select.value = 'UZ';
    element.querySelector<HTMLButtonElement>('[data-testid=save-citizenship]')?.click();
    backend.expectOne('/api/candidates/me/citizenship').flush(
      aProfile({
        originCountry: 'UZ',
        citizenship: { code: 'UZ', regime: 'PATENT', confirmed: true, editable: true },
        residenceRegionCode: null,
        completedSteps: ['personal', 'skills', 'preferences', 'passport', 'consent'],
      }),
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(texts('.notice[role=status]')).toEqual([
      'Гражданство изменилось: регион проживания прежней страны удалён. Выберите регион на шаге «Где живёте».',
    ]);
    (fixture.componentInstance as unknown as { go(step: string): void }).go('residence');
    fixture.detectChanges();
    expect(element.querySelector<HTMLSelectElement>('#profile-region')?.value).toBe('');
    expect(
      Array.from(element.querySelectorAll<HTMLOptionElement>('#profile-region option'))
        .map((o) => o.value)
        .filter(Boolean),
    ).toEqual(['UZ-SA', 'UZ-TK']);
  });

  it('locks the citizenship once an employer acted, and explains a refusal', async () => {
    const locked = await open(aProfile({ citizenship: { code: 'KG', regime: 'EAEU', confirmed: true, editable: false } }));
    expect(locked.element.querySelector<HTMLSelectElement>('#profile-citizenship')?.disabled).toBe(true);
    expect(locked.element.querySelector('[data-testid=save-citizenship]')).toBeNull();
    expect(locked.texts('[data-testid=citizenship-locked]')).toHaveLength(1);
  });

  it('shows the API refusal when the citizenship became locked meanwhile', async () => {
    const { element, fixture } = await open(aProfile());
    element.querySelector<HTMLButtonElement>('[data-testid=save-citizenship]')?.click();
    backend.expectOne('/api/candidates/me/citizenship').flush(problemBody(409, 'citizenship.locked'), { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=citizenship] [role=alert]')?.textContent).toContain('гражданство больше не меняется');
  });
});
