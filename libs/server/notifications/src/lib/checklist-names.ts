/** Names of the pre-departure checklist items in each notification language (the web has its own, in its i18n files). */
import { ChecklistItemKind, Locale } from '@jumush/domain';

const NAMES: Record<Locale, Record<ChecklistItemKind, string>> = {
  [Locale.Kyrgyz]: {
    [ChecklistItemKind.ForeignPassport]: 'чет өлкөлүк паспорт',
    [ChecklistItemKind.MedicalCertificate]: 'медициналык маалымкат',
    [ChecklistItemKind.MedicalInsurance]: 'медициналык камсыздандыруу',
    [ChecklistItemKind.PreDepartureOrientation]: 'жолго чейинки сабак',
    [ChecklistItemKind.RussianLanguageTest]: 'орус тили боюнча сынак',
    [ChecklistItemKind.PoliceClearance]: 'соттолбогондугу жөнүндө маалымкат',
  },
  [Locale.Russian]: {
    [ChecklistItemKind.ForeignPassport]: 'загранпаспорт',
    [ChecklistItemKind.MedicalCertificate]: 'медицинская справка',
    [ChecklistItemKind.MedicalInsurance]: 'медицинская страховка',
    [ChecklistItemKind.PreDepartureOrientation]: 'занятие перед выездом',
    [ChecklistItemKind.RussianLanguageTest]: 'экзамен по русскому языку',
    [ChecklistItemKind.PoliceClearance]: 'справка о несудимости',
  },
  [Locale.Uzbek]: {
    [ChecklistItemKind.ForeignPassport]: 'xorijiy pasport',
    [ChecklistItemKind.MedicalCertificate]: 'tibbiy maʼlumotnoma',
    [ChecklistItemKind.MedicalInsurance]: 'tibbiy sugʻurta',
    [ChecklistItemKind.PreDepartureOrientation]: 'joʻnashdan oldingi mashgʻulot',
    [ChecklistItemKind.RussianLanguageTest]: 'rus tili imtihoni',
    [ChecklistItemKind.PoliceClearance]: 'sudlanmaganlik haqida maʼlumotnoma',
  },
  [Locale.Tajik]: {
    [ChecklistItemKind.ForeignPassport]: 'шиносномаи хориҷӣ',
    [ChecklistItemKind.MedicalCertificate]: 'маълумотномаи тиббӣ',
    [ChecklistItemKind.MedicalInsurance]: 'суғуртаи тиббӣ',
    [ChecklistItemKind.PreDepartureOrientation]: 'дарси пеш аз сафар',
    [ChecklistItemKind.RussianLanguageTest]: 'имтиҳони забони русӣ',
    [ChecklistItemKind.PoliceClearance]: 'маълумотнома дар бораи доғи судӣ надоштан',
  },
  [Locale.English]: {
    [ChecklistItemKind.ForeignPassport]: 'international passport',
    [ChecklistItemKind.MedicalCertificate]: 'medical certificate',
    [ChecklistItemKind.MedicalInsurance]: 'medical insurance',
    [ChecklistItemKind.PreDepartureOrientation]: 'pre-departure orientation',
    [ChecklistItemKind.RussianLanguageTest]: 'Russian language test',
    [ChecklistItemKind.PoliceClearance]: 'police clearance',
  },
};

const KINDS: readonly string[] = Object.values(ChecklistItemKind);

export function checklistItemName(kind: ChecklistItemKind, locale: Locale): string {
  return NAMES[locale][kind];
}

/** "medical certificate, police clearance": the known kinds among `kinds`, named in the language, in checklist order. */
export function checklistItemList(kinds: readonly unknown[], locale: Locale): string {
  return Object.values(ChecklistItemKind)
    .filter((kind) => kinds.includes(kind))
    .map((kind) => NAMES[locale][kind])
    .join(', ');
}

export function isChecklistItemKind(value: unknown): value is ChecklistItemKind {
  return typeof value === 'string' && KINDS.includes(value);
}
