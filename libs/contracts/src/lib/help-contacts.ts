/** Help nearby, as the API answers it: the directory's entries and the migrant's list for their job's region. */
import type { HelpContactKind, HelpDay, HelpLanguage } from '@jumush/domain';

export interface HelpContactView {
  id: string;
  name: string;
  kind: HelpContactKind;
  /** Russian region codes it helps in; empty: all of Russia. */
  regions: string[];
  languages: HelpLanguage[];
  phone: string | null;
  address: string | null;
  website: string | null;
  /** Opening hours as text per day; a day left out is closed or unknown. */
  hours: Partial<Record<HelpDay, string>>;
  /** Origin countries it serves; empty: every country. */
  originCountries: string[];
  /** A demonstration entry, not a real service. */
  demo: boolean;
  /** Whether the reader may change or delete it. */
  editable: boolean;
  updatedAt: string;
}

/** GET /api/help/mine: help for the region of the migrant's job (null before they have departed). */
export interface MyHelpView {
  regionCode: string | null;
  contacts: HelpContactView[];
}
