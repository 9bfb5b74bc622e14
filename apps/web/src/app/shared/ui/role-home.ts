import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleService } from '../../core/i18n/locale.service';

export type EmptyStateIcon = 'search' | 'document' | 'building' | 'briefcase' | 'checklist' | 'people' | 'accounts' | 'queue' | 'chart';

/** One thing that comes next for a role, shown as an intentional, friendly empty state. */
export interface NextStep {
  icon: EmptyStateIcon;
  titleKey: string;
  textKey: string;
  /** Where the card leads, below `/:lang/` (e.g. ['employer', 'company']); without one it is "coming soon". */
  link?: readonly string[];
  /** A stable hook for browser tests. */
  testId?: string;
}

/** Layout shared by the four role home pages: heading, short intro, and what comes next. */
@Component({
  selector: 'jm-role-home',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './role-home.html',
  styleUrl: './role-home.scss',
})
export class RoleHome {
  readonly headingId = input.required<string>();
  readonly titleKey = input.required<string>();
  readonly introKey = input.required<string>();
  readonly roleKey = input.required<string>();
  readonly steps = input.required<readonly NextStep[]>();
  protected readonly lang = inject(LocaleService).current;

  protected linkOf(step: NextStep): string[] {
    return ['/', this.lang(), ...(step.link ?? [])];
  }
}
