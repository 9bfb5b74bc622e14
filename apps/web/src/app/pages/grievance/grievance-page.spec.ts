import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { GrievanceStatus, type GrievanceAttachmentView, type GrievanceView } from '@jumush/contracts/client';
import { saveBlob } from '../../shared/data/download';
import { useRealTranslations } from '../../testing/translations';
import { GrievancePage } from './grievance-page';

// jsdom cannot follow a download link; what matters is which file is saved under which name.
jest.mock('../../shared/data/download', () => ({ saveBlob: jest.fn() }));

const aFile = (id: string, fileName: string): GrievanceAttachmentView => ({
  id,
  fileName,
  contentType: 'application/pdf',
  sizeBytes: 2048,
  createdAt: '2026-11-02T10:00:00Z',
});

function aGrievance(overrides: Partial<GrievanceView> = {}): GrievanceView {
  return {
    id: 'g1',
    category: 'wage',
    status: GrievanceStatus.Received,
    description: 'Зарплату задерживают',
    anonymous: true,
    fromCheckIn: false,
    applicationId: 'a1',
    vacancyTitle: 'Каменщик',
    companyName: 'ООО «Строймонтаж»',
    regionCode: '16',
    originCountry: 'KG',
    migrantName: null,
    referredTo: null,
    outcome: null,
    version: 1,
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-01T10:00:00Z',
    dueAt: null,
    overdue: false,
    moves: [],
    messages: [],
    attachments: [],
    ...overrides,
  };
}

describe('GrievancePage files', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'ru/grievances/:id', component: GrievancePage, data: { reader: 'migrant' } },
            { path: 'ru/attache/grievances/:id', component: GrievancePage, data: { reader: 'staff' } },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    useRealTranslations('ru');
    harness = await RouterTestingHarness.create();
    jest.mocked(saveBlob).mockClear();
  });

  afterEach(() => backend.verify());

  const page = () => harness.routeNativeElement as HTMLElement;
  const byTestId = <T extends Element = HTMLElement>(id: string) => page().querySelector<T>(`[data-testid="${id}"]`);

  async function open(url: string, apiPath: string, grievance: GrievanceView) {
    await harness.navigateByUrl(url);
    backend.expectOne(apiPath).flush(grievance);
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  }

  function choose(file: File) {
    const input = byTestId<HTMLInputElement>('grievance-file-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    harness.fixture.detectChanges();
  }

  it('lets the migrant add a file: labelled input, refused types said in words, disabled while sending, then listed', async () => {
    await open('/ru/grievances/g1', '/api/grievances/mine/g1', aGrievance());
    expect(byTestId('grievance-no-files')?.textContent).toContain('Файлов нет');
    const input = byTestId<HTMLInputElement>('grievance-file-input') as HTMLInputElement;
    expect(page().querySelector(`label[for="${input.id}"]`)?.textContent).toContain('PDF, JPEG или PNG');
    expect(input.accept).toContain('application/pdf');

    choose(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    backend.expectNone('/api/grievances/mine/g1/attachments');
    expect(byTestId('grievance-file-error')?.textContent).toContain('Можно загрузить только PDF, JPEG или PNG');

    choose(new File(['%PDF-1.4'], 'расписка.pdf', { type: 'application/pdf' }));
    const upload = backend.expectOne({ method: 'POST', url: '/api/grievances/mine/g1/attachments' });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(byTestId('grievance-uploading')).not.toBeNull();
    expect(input.disabled).toBe(true);
    expect(byTestId('grievance-file-error')).toBeNull();
    upload.flush(aGrievance({ attachments: [aFile('f1', 'расписка.pdf')] }));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(byTestId('grievance-uploading')).toBeNull();
    expect(Array.from(page().querySelectorAll('[data-testid="grievance-file"]')).map((li) => li.textContent?.trim())).toEqual([
      expect.stringContaining('расписка.pdf'),
    ]);

    byTestId<HTMLButtonElement>('grievance-file')?.querySelector('button')?.click();
    const blob = new Blob(['%PDF-1.4']);
    backend.expectOne({ method: 'GET', url: '/api/grievances/mine/g1/attachments/f1' }).flush(blob);
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), 'расписка.pdf', expect.anything());
  });

  it("shows the API's refusal beside the file input in words (the sixth file)", async () => {
    await open('/ru/grievances/g1', '/api/grievances/mine/g1', aGrievance({ attachments: [aFile('f1', 'a.pdf')] }));
    choose(new File(['%PDF-1.4'], 'b.pdf', { type: 'application/pdf' }));
    backend.expectOne('/api/grievances/mine/g1/attachments').flush(
      {
        code: 'grievance.attachmentsFull',
        params: { max: 5 },
        errors: [{ field: 'file', code: 'grievance.attachmentsFull', message: 'x', params: { max: 5 } }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    harness.fixture.detectChanges();
    expect(byTestId('grievance-file-error')?.textContent).toContain('не больше 5 файлов');
  });

  it('offers no file input once the grievance holds five files', async () => {
    const five = ['1', '2', '3', '4', '5'].map((n) => aFile(n, `${n}.pdf`));
    await open('/ru/grievances/g1', '/api/grievances/mine/g1', aGrievance({ attachments: five }));
    expect(byTestId('grievance-file-input')).toBeNull();
    expect(byTestId('grievance-files-full')?.textContent).toContain('не больше 5 файлов');
  });

  it('offers no file input on a closed grievance', async () => {
    await open('/ru/grievances/g1', '/api/grievances/mine/g1', aGrievance({ status: GrievanceStatus.Closed }));
    expect(byTestId('grievance-file-input')).toBeNull();
  });

  it('lists the files for the staff with downloads through the attaché route, and no input', async () => {
    await open(
      '/ru/attache/grievances/g1',
      '/api/attache/grievances/g1',
      aGrievance({ migrantName: 'Асан', attachments: [aFile('f1', 'photo.png')] }),
    );
    expect(byTestId('grievance-file-input')).toBeNull();
    byTestId<HTMLButtonElement>('grievance-file')?.querySelector('button')?.click();
    backend.expectOne({ method: 'GET', url: '/api/attache/grievances/g1/attachments/f1' }).flush(new Blob(['x']));
    expect(saveBlob).toHaveBeenCalledWith(expect.any(Blob), 'photo.png', expect.anything());
  });
});
