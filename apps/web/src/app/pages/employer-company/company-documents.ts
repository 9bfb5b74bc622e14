import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, type ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import type { Subscription } from 'rxjs';
import { CompanyDocumentKind, type CompanyDocumentView } from '@jumush/contracts/client';
import { CompaniesApi } from '../../core/api/companies-api';
import { toUiProblem, uploadProblemOf, withDefaultParams, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { saveBlob } from '../../shared/data/download';
import { FileSizePipe, LocalDatePipe } from '../../shared/format/format-pipes';
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_MEGABYTES, documentFileProblem } from '../../shared/data/document-upload';

/** The company's documents for the attaché (registration extract, licence, other) and their upload. */
@Component({
  selector: 'jm-company-documents',
  imports: [TranslatePipe, MatButtonModule, MatProgressBarModule, FileSizePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './company-documents.html',
  styleUrl: './company-documents.scss',
})
export class CompanyDocuments {
  private readonly api = inject(CompaniesApi);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  readonly documents = input.required<readonly CompanyDocumentView[]>();
  /** Emits each document once the API has stored it. */
  readonly uploaded = output<CompanyDocumentView>();

  protected readonly kinds = Object.values(CompanyDocumentKind);
  protected readonly accept = DOCUMENT_ACCEPT;
  protected readonly maxMegabytes = DOCUMENT_MAX_MEGABYTES;

  protected readonly kind = signal<CompanyDocumentKind>(CompanyDocumentKind.RegistrationExtract);
  protected readonly file = signal<File | null>(null);
  protected readonly fileProblem = signal<UiProblem | null>(null);
  protected readonly progress = signal<number | null>(null);
  protected readonly problem = signal<UiProblem | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadProblem = signal<UiProblem | null>(null);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private upload: Subscription | null = null;

  protected chooseKind(event: Event): void {
    this.kind.set((event.target as HTMLSelectElement).value as CompanyDocumentKind);
  }

  protected chooseFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    this.done.set(null);
    this.problem.set(null);
    const code = file ? documentFileProblem(file) : null;
    this.fileProblem.set(code ? { status: 0, code, params: withDefaultParams(code, {}), fieldErrors: [] } : null);
  }

  protected send(): void {
    const file = this.file();
    if (this.progress() !== null) return;
    if (!file) {
      this.fileProblem.set({ status: 0, code: 'documents.chooseFile', params: {}, fieldErrors: [] });
      this.fileInput().nativeElement.focus();
      return;
    }
    if (this.fileProblem()) {
      this.fileInput().nativeElement.focus();
      return;
    }
    this.progress.set(0);
    this.problem.set(null);
    this.upload = this.api.uploadDocument(this.kind(), file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          this.progress.set(event.total ? Math.round((100 * event.loaded) / event.total) : 0);
        } else if (event.type === HttpEventType.Response && event.body) {
          this.progress.set(null);
          this.file.set(null);
          this.fileInput().nativeElement.value = '';
          this.done.set(event.body.fileName);
          this.uploaded.emit(event.body);
        }
      },
      error: (error: unknown) => {
        this.progress.set(null);
        const problem = toUiProblem(error);
        const onFile = uploadProblemOf(problem);
        // An error the API gives the file field (e.g. the company's documents are over their quota) shows under that field.
        if (onFile !== problem) this.fileProblem.set(onFile);
        else this.problem.set(problem);
      },
    });
  }

  protected cancel(): void {
    this.upload?.unsubscribe();
    this.progress.set(null);
  }

  protected download(doc: CompanyDocumentView): void {
    this.downloading.set(doc.id);
    this.downloadProblem.set(null);
    this.api.downloadDocument(doc.id).subscribe({
      next: (blob) => {
        this.downloading.set(null);
        saveBlob(blob, doc.fileName, this.document);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadProblem.set(toUiProblem(error));
      },
    });
  }
}
