/** What the Jumush bot answers in a chat, in each language. Plain text: Telegram shows it as written. */
import { Locale, pickLocale } from '@jumush/domain';

export type TelegramReply = 'linked' | 'linkExpired' | 'unlinked' | 'notLinked';

const REPLIES: Record<Locale, Record<TelegramReply, string>> = {
  [Locale.Kyrgyz]: {
    linked: 'Даяр: Jumush билдирүүлөрү ушул чатка келет. Өчүрүү үчүн /stop жөнөтүңүз.',
    linkExpired:
      'Бул шилтеменин мөөнөтү өттү же ал колдонулуп бүткөн. Jumush’тагы билдирүү жөндөөлөрүн ачып, «Telegram’ды туташтыруу» баскычын кайра басыңыз.',
    unlinked: 'Чат ажыратылды: Jumush билдирүүлөрү мындан ары бул жакка келбейт.',
    notLinked: 'Jumush билдирүүлөрүн бул жерден алуу үчүн сайттагы билдирүү жөндөөлөрүн ачып, «Telegram’ды туташтыруу» баскычын басыңыз.',
  },
  [Locale.Russian]: {
    linked: 'Готово: уведомления Jumush будут приходить в этот чат. Чтобы отключить их, отправьте /stop.',
    linkExpired: 'Эта ссылка устарела или уже использована. Откройте настройки уведомлений в Jumush и нажмите «Подключить Telegram» ещё раз.',
    unlinked: 'Чат отключён: уведомления Jumush сюда больше не придут.',
    notLinked: 'Чтобы получать уведомления Jumush здесь, откройте настройки уведомлений на сайте и нажмите «Подключить Telegram».',
  },
  [Locale.Uzbek]: {
    linked: 'Tayyor: Jumush bildirishnomalari shu chatga keladi. Oʻchirish uchun /stop yuboring.',
    linkExpired:
      'Bu havolaning muddati oʻtgan yoki u allaqachon ishlatilgan. Jumush’dagi bildirishnoma sozlamalarini oching va “Telegramni ulash” tugmasini yana bosing.',
    unlinked: 'Chat uzildi: Jumush bildirishnomalari endi bu yerga kelmaydi.',
    notLinked: 'Jumush bildirishnomalarini shu yerda olish uchun saytdagi bildirishnoma sozlamalarini oching va “Telegramni ulash” tugmasini bosing.',
  },
  [Locale.Tajik]: {
    linked: 'Тайёр: огоҳиномаҳои Jumush ба ин чат меоянд. Барои хомӯш кардани онҳо /stop фиристед.',
    linkExpired:
      'Мӯҳлати ин пайванд гузаштааст ё он аллакай истифода шудааст. Танзимоти огоҳиномаҳоро дар Jumush кушоед ва «Пайваст кардани Telegram»-ро боз пахш кунед.',
    unlinked: 'Чат ҷудо шуд: огоҳиномаҳои Jumush дигар ба ин ҷо намеоянд.',
    notLinked:
      'Барои гирифтани огоҳиномаҳои Jumush дар ин ҷо, танзимоти огоҳиномаҳоро дар сомона кушоед ва «Пайваст кардани Telegram»-ро пахш кунед.',
  },
  [Locale.English]: {
    linked: 'Done: Jumush notifications will come to this chat. To turn them off, send /stop.',
    linkExpired: 'This link has expired or was already used. Open the notification settings in Jumush and press “Connect Telegram” again.',
    unlinked: 'Chat disconnected: Jumush notifications will no longer come here.',
    notLinked: 'To get Jumush notifications here, open the notification settings on the website and press “Connect Telegram”.',
  },
};

export function telegramReply(reply: TelegramReply, locale: Locale): string {
  return REPLIES[locale][reply];
}

/** The language of a Telegram user we know nothing else about, from their app's language (Russian when unknown). */
export function localeOfTelegramUser(languageCode: string | undefined): Locale {
  return pickLocale(languageCode ? [languageCode] : [], Locale.Russian);
}
