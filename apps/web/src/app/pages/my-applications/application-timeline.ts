import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { MyApplicationView } from '@jumush/contracts/client';
import { DateTimePipe, NumberPipe, PluralPipe } from '../../shared/format/format-pipes';
import { expectedPhrase, nextPhrase, reasonPhrase, timelineLines } from './timeline';

/** What happened to an application, oldest first, and the step it waits for now with its usual wait. */
@Component({
  selector: 'jm-application-timeline',
  imports: [TranslatePipe, DateTimePipe, PluralPipe, NumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline">
      @for (line of lines(); track $index) {
        <li data-testid="timeline-entry">
          <span class="dot" aria-hidden="true"></span>
          <span>{{ line.key | translate: line.params }}</span>
          <time [attr.datetime]="line.at">{{ line.at | dateTime: lang() }}</time>
          @if (reason(line.reason); as r) {
            <span class="reason" data-testid="timeline-reason"
              >{{ 'myApplications.reason' | translate: { reason: r.key ? (r.key | translate) : r.text } }}
              @if (r.key && r.text) {
                — {{ r.text }}
              }
            </span>
          }
        </li>
      }
      @if (next(); as n) {
        <li class="next" data-testid="next-step">
          <span class="dot open" aria-hidden="true"></span>
          <strong>{{ 'myApplications.whatNext' | translate }}</strong>
          <span>{{ n.key | translate: n.params }}</span>
          @if (expected(); as e) {
            <span class="expected" data-testid="expected-wait">{{
              e.key
                | translate
                  : {
                      days: ('days' | plural: e.days : lang() | translate: { count: (e.days | num: lang()) }),
                      applications: ('applications' | plural: e.sample ?? 0 : lang() | translate: { count: (e.sample ?? 0 | num: lang()) }),
                    }
            }}</span>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0 0 0 16px;
      border-inline-start: 2px solid var(--mat-sys-outline-variant);
      display: grid;
      gap: 10px;
    }
    .timeline li {
      position: relative;
      display: grid;
      gap: 2px;
      overflow-wrap: anywhere;
    }
    .dot {
      position: absolute;
      inset-inline-start: -23px;
      top: 4px;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .dot.open {
      background: var(--mat-sys-surface);
      border: 2px solid var(--mat-sys-primary);
    }
    time,
    .expected,
    .reason {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ApplicationTimeline {
  readonly application = input.required<MyApplicationView>();
  readonly lang = input.required<string>();

  protected readonly lines = computed(() => timelineLines(this.application()));
  protected readonly next = computed(() => nextPhrase(this.application()));
  protected readonly expected = computed(() => expectedPhrase(this.application()));
  protected readonly reason = reasonPhrase;
}
