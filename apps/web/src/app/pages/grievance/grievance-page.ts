import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import {
  GRIEVANCE_ATTACHMENT_LIMIT,
  grievanceAttachmentRefusal,
  type GrievanceAttachmentView,
  type GrievanceMove,
  type GrievanceView,
} from '@jumush/contracts/client';
import { AfterArrivalApi, type GrievanceReader } from '../../core/api/after-arrival-api';
import { toUiProblem, uploadProblemOf, type UiProblem } from '../../core/errors/problem';
import { LocaleService } from '../../core/i18n/locale.service';
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_MEGABYTES, documentFileProblem } from '../../shared/data/document-upload';
import { saveBlob } from '../../shared/data/download';
import { loader } from '../../shared/data/loader';
import { LocalDatePipe } from '../../shared/format/format-pipes';
import { LoadState } from '../../shared/ui/load-state';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { grievanceCategoryKey, grievanceStatusKey } from '../../shared/grievances/grievance-keys';

/** Moves that need words: where it was referred, the outcome, why the migrant reopens it. */
const MOVES_WITH_REASON: readonly GrievanceMove[] = ['refer', 'resolve', 'reopen'];

/**
 * One grievance, for its migrant (`/:lang/grievances/:id`) or the staff (`/:lang/attache/grievances/:id`): status,
 * what happened, the messages both ways, the outcome, and the moves the reader may make.
 */
@Component({
  selector: 'jm-grievance-page',
  imports: [RouterLink, FormsModule, TranslatePipe, MatButtonModule, LoadState, ProblemAlert, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <jm-load-state [loading]="grievance.loading()" [problem]="grievance.problem()" (retry)="grievance.reload()" />
    <jm-problem-alert [problem]="problem()" />
    @if (grievance.value(); as g) {
      @if (reader() === 'staff') {
        <a class="back" [routerLink]="['/', lang(), 'attache', 'grievances']"
          ><span aria-hidden="true">←</span>&nbsp;{{ 'grievance.toQueue' | translate }}</a
        >
      } @else if (g.applicationId) {
        <a class="back" [routerLink]="['/', lang(), 'applications', g.applicationId]"
          ><span aria-hidden="true">←</span>&nbsp;{{ 'checkIn.toApplication' | translate }}</a
        >
      }
      <h1 data-testid="grievance" [attr.data-id]="g.id" [attr.data-status]="g.status">
        {{ categoryKey(g.category) | translate }}
      </h1>
      <p class="meta">
        <strong data-testid="grievance-status">{{ statusKey(g.status) | translate }}</strong> · {{ g.createdAt | localDate: lang() }}
        @if (g.vacancyTitle) {
          · {{ g.vacancyTitle }}
        }
        @if (g.companyName) {
          · {{ g.companyName }}
        }
      </p>
      @if (g.fromCheckIn) {
        <p class="meta">{{ 'grievance.fromCheckIn' | translate }}</p>
      }
      @if (g.anonymous) {
        <p class="meta">{{ 'grievance.anonymous' | translate }}</p>
      }
      @if (g.migrantName) {
        <p>{{ 'grievance.migrant' | translate: { name: g.migrantName } }} · {{ 'grievance.region' | translate: { region: g.regionCode } }}</p>
      }
      @if (!g.fromCheckIn) {
        <p class="description">{{ g.description }}</p>
      }
      @if (g.referredTo) {
        <p data-testid="grievance-referred">{{ 'grievance.referredTo' | translate: { to: g.referredTo } }}</p>
      }
      @if (g.outcome) {
        <section class="box good" data-testid="grievance-outcome" aria-labelledby="outcome-title">
          <h2 id="outcome-title">{{ 'grievance.outcome' | translate }}</h2>
          <p>{{ g.outcome }}</p>
        </section>
      }
      <section aria-labelledby="messages-title">
        <h2 id="messages-title">{{ 'grievance.messages' | translate }}</h2>
        @if (g.messages.length === 0) {
          <p>{{ 'grievance.noMessages' | translate }}</p>
        }
        <ol class="messages">
          @for (m of g.messages; track m.id) {
            <li data-testid="grievance-message" [class.mine]="m.mine" [attr.data-move]="m.move">
              <p class="meta">
                {{ (m.mine ? 'grievance.you' : m.authorRole === 'MIGRANT' ? 'grievance.worker' : 'grievance.staff') | translate }} ·
                {{ m.createdAt | localDate: lang() }}
                @if (m.move) {
                  · {{ moveKey(m.move) | translate }}
                }
              </p>
              @if (m.body) {
                <p>{{ m.body }}</p>
              }
            </li>
          }
        </ol>
      </section>
      <section class="files" aria-labelledby="files-title" data-testid="grievance-files">
        <h2 id="files-title">{{ 'grievance.files' | translate }}</h2>
        @if (g.attachments.length === 0) {
          <p class="meta" data-testid="grievance-no-files">{{ 'grievance.noFiles' | translate }}</p>
        } @else {
          <ul>
            @for (a of g.attachments; track a.id) {
              <li data-testid="grievance-file" [attr.data-id]="a.id">
                <button
                  mat-button
                  type="button"
                  [attr.aria-label]="'grievance.downloadFile' | translate: { name: a.fileName }"
                  (click)="download(g, a)"
                >
                  {{ a.fileName }}
                </button>
                <span class="meta">{{ a.createdAt | localDate: lang() }}</span>
              </li>
            }
          </ul>
        }
        @if (reader() === 'migrant' && g.status !== 'CLOSED') {
          @if (canAttach()) {
            <label for="grievance-file">{{ 'grievance.addFile' | translate: { maxMegabytes: maxMegabytes, max: attachmentLimit } }}</label>
            <input
              id="grievance-file"
              type="file"
              data-testid="grievance-file-input"
              [accept]="accept"
              [disabled]="uploading() !== null"
              (change)="attach(g, $event)"
            />
          } @else {
            <p class="meta" data-testid="grievance-files-full">{{ 'grievance.attachmentsFull' | translate: { max: attachmentLimit } }}</p>
          }
          @if (uploading() !== null) {
            <p role="status" data-testid="grievance-uploading">
              {{ 'grievance.uploading' | translate }}
              <progress max="100" [value]="uploading()" [attr.aria-label]="'grievance.uploading' | translate"></progress>
            </p>
          }
          @if (fileProblem(); as fp) {
            <p class="error" role="alert" data-testid="grievance-file-error">{{ fp.code | translate: fp.params }}</p>
          }
        }
      </section>
      @if (g.status !== 'CLOSED') {
        <form class="write" (ngSubmit)="write(g)">
          <label for="grievance-message">{{ 'grievance.write' | translate }}</label>
          <textarea id="grievance-message" name="message" rows="3" data-testid="grievance-message-input" [(ngModel)]="message"></textarea>
          <button mat-flat-button type="submit" data-testid="grievance-send" [disabled]="busy() || !message.trim()">
            {{ 'grievance.send' | translate }}
          </button>
        </form>
      }
      @if (g.moves.length > 0) {
        <section class="moves" aria-labelledby="moves-title">
          @if (needsReason()) {
            <label id="moves-title" for="grievance-reason">{{ 'grievance.reason' | translate }}</label>
            <textarea id="grievance-reason" name="reason" rows="2" data-testid="grievance-reason" [(ngModel)]="reason"></textarea>
          } @else {
            <span id="moves-title" hidden>{{ statusKey(g.status) | translate }}</span>
          }
          <div class="buttons">
            @for (move of g.moves; track move) {
              <button mat-stroked-button type="button" [attr.data-testid]="'grievance-' + move" [disabled]="busy()" (click)="moveTo(g, move)">
                {{ moveKey(move) | translate }}
              </button>
            }
          </div>
        </section>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      width: min(100%, 760px);
      margin-inline: auto;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .box {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .messages {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .messages li {
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
      padding-inline-start: 12px;
    }
    .messages li.mine {
      border-color: var(--mat-sys-primary);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .files ul {
      padding-inline-start: 0;
      list-style: none;
    }
    .write,
    .moves {
      display: grid;
      gap: 8px;
      margin-block: 16px;
    }
    textarea {
      font: inherit;
      padding: 8px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class GrievancePage {
  private readonly api = inject(AfterArrivalApi);
  private readonly document = inject(DOCUMENT);
  protected readonly lang = inject(LocaleService).current;

  readonly id = input.required<string>();
  /** Route data: whose page this is. */
  readonly reader = input<GrievanceReader>('migrant');

  protected readonly grievance = loader(
    () => ({ id: this.id(), reader: this.reader() }),
    ({ id, reader }) => this.api.grievance(reader ?? 'migrant', id),
  );
  protected readonly busy = signal(false);
  protected readonly problem = signal<UiProblem | null>(null);
  protected message = '';
  protected reason = '';
  protected readonly accept = DOCUMENT_ACCEPT;
  protected readonly maxMegabytes = DOCUMENT_MAX_MEGABYTES;
  protected readonly attachmentLimit = GRIEVANCE_ATTACHMENT_LIMIT;
  /** Upload progress in percent while a file is being sent; null otherwise. */
  protected readonly uploading = signal<number | null>(null);
  protected readonly fileProblem = signal<{ code: string; params: Record<string, string | number> } | null>(null);
  protected readonly canAttach = computed(() => {
    const g = this.grievance.value();
    return !!g && grievanceAttachmentRefusal(g.status, g.attachments.length) === null;
  });
  protected readonly needsReason = computed(() => (this.grievance.value()?.moves ?? []).some((move) => MOVES_WITH_REASON.includes(move)));

  protected write(g: GrievanceView): void {
    if (!this.message.trim()) return;
    this.run(this.api.write(this.reader(), g.id, this.message.trim()), () => (this.message = ''));
  }

  protected moveTo(g: GrievanceView, move: GrievanceMove): void {
    this.run(
      this.api.move(this.reader(), g.id, move, g.version, MOVES_WITH_REASON.includes(move) ? this.reason : undefined),
      () => (this.reason = ''),
    );
  }

  /** Sends the chosen file (checked here first for type and size, as the API does); the input is cleared either way. */
  protected attach(g: GrievanceView, event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const local = documentFileProblem(file);
    if (local) {
      this.fileProblem.set({ code: local, params: { maxMegabytes: this.maxMegabytes } });
      return;
    }
    this.fileProblem.set(null);
    this.uploading.set(0);
    this.api.attach(g.id, file).subscribe({
      next: (httpEvent) => {
        if (httpEvent.type === HttpEventType.UploadProgress && httpEvent.total)
          this.uploading.set(Math.round((100 * httpEvent.loaded) / httpEvent.total));
        if (httpEvent.type === HttpEventType.Response && httpEvent.body) {
          this.grievance.set(httpEvent.body);
          this.uploading.set(null);
        }
      },
      error: (error: unknown) => {
        const problem = uploadProblemOf(toUiProblem(error));
        this.fileProblem.set({ code: problem.code, params: { maxMegabytes: this.maxMegabytes, ...problem.params } });
        this.uploading.set(null);
      },
    });
  }

  protected download(g: GrievanceView, a: GrievanceAttachmentView): void {
    this.problem.set(null);
    this.api.attachment(this.reader(), g.id, a.id).subscribe({
      next: (blob) => saveBlob(blob, a.fileName, this.document),
      error: (error: unknown) => this.problem.set(toUiProblem(error)),
    });
  }

  private run(request: ReturnType<AfterArrivalApi['write']>, done: () => void): void {
    this.busy.set(true);
    this.problem.set(null);
    request.subscribe({
      next: (updated) => {
        this.grievance.set(updated);
        done();
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.problem.set(toUiProblem(error));
        this.busy.set(false);
      },
    });
  }

  protected readonly categoryKey = grievanceCategoryKey;

  protected readonly statusKey = grievanceStatusKey;

  protected moveKey(value: string): string {
    return `grievance.move.${value}`;
  }
}
