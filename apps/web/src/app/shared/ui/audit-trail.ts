import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AuditEventView } from '@jumush/contracts/client';
import { LocaleService } from '../../core/i18n/locale.service';
import { DateTimePipe } from '../format/format-pipes';

interface TrailEntry {
  action: string;
  actor: string;
  reason: string | null;
  createdAt: string;
  fields: string[];
}

/**
 * What happened to a company or a vacancy, newest first: the action in words (`audit.<action>`, e.g.
 * audit.company.verify; unknown actions as they are), who did it, when, the reason given, and — for edits —
 * which terms changed.
 */
@Component({
  selector: 'jm-audit-trail',
  imports: [TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length === 0) {
      <p class="muted">{{ 'audit.none' | translate }}</p>
    } @else {
      <ol class="events" data-testid="audit-trail">
        @for (entry of entries(); track $index) {
          <li>
            <p>
              <strong>{{ entry.action }}</strong>
              @if (entry.actor) {
                <span class="muted actor">· {{ entry.actor }}</span>
              }
            </p>
            <p class="muted">{{ entry.createdAt | dateTime: lang() }}</p>
            @if (entry.fields.length > 0) {
              <p class="fields">
                @for (field of entry.fields; track field) {
                  <span class="chip">{{ field }}</span>
                }
              </p>
            }
            @if (entry.reason) {
              <p class="reason">{{ entry.reason }}</p>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    p {
      margin: 0;
    }
    .events {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding-block: 10px;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .actor {
      margin-inline-start: 0.3em;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-block-start: 4px;
    }
    .chip {
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .reason {
      margin-block-start: 4px;
      padding-inline-start: 8px;
      border-inline-start: 3px solid var(--mat-sys-outline-variant);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class AuditTrail {
  readonly events = input.required<readonly AuditEventView[]>();

  private readonly translate = inject(TranslateService);
  protected readonly lang = inject(LocaleService).current;

  protected readonly entries = computed<TrailEntry[]>(() => {
    this.lang();
    return [...this.events()].reverse().map((event) => ({
      action: this.word(`audit.${event.action}`, event.action),
      actor: event.actorRole ? this.word(`roles.${event.actorRole}`, event.actorRole) : '',
      reason: event.reason,
      createdAt: event.createdAt,
      fields: this.changedFields(event.data).map((field) => this.word(`editor.field.${field}`, field)),
    }));
  });

  /** A translation, or the fallback when the key is unknown. */
  private word(key: string, fallback: string): string {
    const text: unknown = this.translate.instant(key);
    return typeof text === 'string' && text !== key ? text : fallback;
  }

  /** Edits of a vacancy record which terms changed (`changed`), material changes which ones matter (`material`). */
  private changedFields(data: Record<string, unknown>): string[] {
    const fields = data['material'] ?? data['changed'];
    return Array.isArray(fields) ? fields.filter((field): field is string => typeof field === 'string') : [];
  }
}
