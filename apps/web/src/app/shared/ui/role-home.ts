import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

export type EmptyStateIcon = 'search' | 'document' | 'building' | 'briefcase' | 'checklist' | 'people' | 'accounts' | 'queue';

/** One thing that comes next for a role, shown as an intentional, friendly empty state. */
export interface NextStep {
  icon: EmptyStateIcon;
  titleKey: string;
  textKey: string;
}

/** Layout shared by the four role home pages: heading, short intro, and what comes next. */
@Component({
  selector: 'jm-role-home',
  imports: [TranslatePipe],
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
}
