/**
 * Oʻzbekcha (lotin yozuvi). SMS matnlarida ʻ oʻrniga ' va «» oʻrniga "" ishlatiladi: lotin harflaridagi
 * matn GSM-7 da qoladi (bir qismda 160 belgi, UCS-2 da esa 70).
 */
import { NotificationType } from '@jumush/contracts/client';
import type { TemplateCatalogue } from './catalogue';

export const UZ: TemplateCatalogue = {
  [NotificationType.ApplicationReceived]: {
    title: 'Arizangiz qabul qilindi',
    body: '“{vacancyTitle}” vakansiyasiga arizangiz qabul qilindi. Ish beruvchi uni koʻrib chiqadi, qaror haqida xabar beramiz.',
    sms: 'Jumush: "{vacancyTitle}" vakansiyasiga arizangiz qabul qilindi. Qaror haqida xabar beramiz.',
  },
  [NotificationType.NewApplicant]: {
    title: 'Yangi ariza',
    body: '“{vacancyTitle}” vakansiyasiga yangi ariza keldi. Nomzodni arizalar roʻyxatida koʻring.',
    sms: 'Jumush: "{vacancyTitle}" vakansiyasiga yangi ariza keldi.',
  },
  [NotificationType.Shortlisted]: {
    title: 'Siz qisqa roʻyxatdasiz',
    body: 'Ish beruvchi sizni “{vacancyTitle}” vakansiyasi boʻyicha qisqa roʻyxatga kiritdi. Hujjatlaringizni tayyor saqlang.',
    sms: 'Jumush: "{vacancyTitle}" bo\'yicha qisqa ro\'yxatdasiz. Hujjatlarni tayyorlang.',
  },
  [NotificationType.Declined]: {
    title: 'Ariza rad etildi',
    body: 'Ish beruvchi “{vacancyTitle}” vakansiyasiga arizangizni rad etdi. Sabab: {reason}. Boshqa vakansiyalarni koʻrib chiqing.',
    sms: 'Jumush: "{vacancyTitle}" bo\'yicha ariza rad etildi. Sabab: {reason}',
  },
  [NotificationType.InBatch]: {
    title: 'Siz guruhga kiritildingiz',
    body: 'Ish beruvchi sizni “{vacancyTitle}” vakansiyasi boʻyicha ishchilar guruhiga kiritib, mehnat attashesiga tasdiqlash uchun yubordi.',
    sms: 'Jumush: "{vacancyTitle}" bo\'yicha guruhga kiritildingiz. Attashe javobini kuting.',
  },
  [NotificationType.Approved]: {
    title: 'Guruh tasdiqlandi',
    body: 'Mehnat attashesi “{vacancyTitle}” vakansiyasi boʻyicha guruhingizni tasdiqladi. Taklifnoma: {letterLink}',
    sms: 'Jumush: tasdiqlandi! "{vacancyTitle}". Taklifnoma: {letterLink}',
  },
  [NotificationType.Refused]: {
    title: 'Attashe tasdiqlamadi',
    body: 'Mehnat attashesi “{vacancyTitle}” vakansiyasi boʻyicha arizangizni tasdiqlamadi. Sabab: {reason}.',
    sms: 'Jumush: attashe "{vacancyTitle}" bo\'yicha tasdiqlamadi. Sabab: {reason}',
  },
  [NotificationType.Returned]: {
    title: 'Ariza yana qisqa roʻyxatda',
    body: '“{vacancyTitle}” vakansiyasi boʻyicha guruh ish beruvchiga qaytarildi. Arizangiz yana qisqa roʻyxatda, ish beruvchi uni qayta yuborishi mumkin.',
    sms: 'Jumush: "{vacancyTitle}" bo\'yicha guruh qaytarildi, siz yana qisqa ro\'yxatdasiz.',
  },
  [NotificationType.WithdrawalConfirmed]: {
    title: 'Ariza qaytarib olindi',
    body: 'Siz “{vacancyTitle}” vakansiyasiga arizangizni qaytarib oldingiz. Boshqa vakansiyalarga ariza berishingiz mumkin.',
    sms: 'Jumush: "{vacancyTitle}" bo\'yicha arizangizni qaytarib oldingiz.',
  },
  [NotificationType.CandidateWithdrew]: {
    title: 'Nomzod arizasini qaytarib oldi',
    body: 'Nomzod “{vacancyTitle}” vakansiyasiga arizasini qaytarib oldi.',
    sms: 'Jumush: nomzod "{vacancyTitle}" bo\'yicha arizasini qaytarib oldi.',
  },
  [NotificationType.Closed]: {
    title: 'Ariza yopildi',
    body: '“{vacancyTitle}” vakansiyasi boʻyicha arizangiz yopildi: {cause, select, vacancyClosed {vakansiyaga qabul yakunlandi} employerSuspended {ish beruvchiga ishga olish vaqtincha taqiqlandi} other {vakansiya endi mavjud emas}}. Bu siz haqingizdagi qaror emas — boshqa vakansiyalarga ariza bering.',
    sms: "Jumush: \"{vacancyTitle}\" bo'yicha ariza yopildi: {cause, select, vacancyClosed {qabul yakunlandi} employerSuspended {ish beruvchi to'xtatildi} other {vakansiya yo'q}}.",
  },
  [NotificationType.VacancyChanged]: {
    title: 'Vakansiya shartlari oʻzgardi',
    body: 'Ish beruvchi “{vacancyTitle}” vakansiyasi shartlarini oʻzgartirdi. Joʻnashdan oldin maosh, turar joy va muddatlarni tekshiring.',
    sms: 'Jumush: "{vacancyTitle}" shartlari o\'zgardi. Ilovada tekshiring.',
  },
  [NotificationType.DeadlineReminder]: {
    title: 'Muddat: {subject}',
    body: '{subject}: muddat — {deadline, date, day}, {days, plural, =0 {bugun} other {# kun qoldi}}.',
    sms: 'Jumush: {subject} - muddat {deadline, date, day}, {days, plural, =0 {bugun} other {# kun qoldi}}.',
  },
  [NotificationType.DepartureReminder]: {
    title: 'Tez orada joʻnaysiz',
    body: 'Joʻnash sanangiz — {departureDate, date, day}, {days, plural, =0 {bugun} other {# kundan keyin}}. {openItems, plural, =0 {Tayyorgarlik roʻyxatidagi barcha bandlar bajarildi.} other {Tayyorgarlik roʻyxatida yana # band bajarilmagan: {openItemList}.}}',
    sms: "Jumush: jo'nash {departureDate, date, day}. {openItems, plural, =0 {Hujjatlar tayyor.} other {Yana # band tayyor emas.}}",
  },
};
