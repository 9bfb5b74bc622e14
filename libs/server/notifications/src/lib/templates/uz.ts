/**
 * Oʻzbekcha (lotin yozuvi). SMS matnlarida ʻ oʻrniga ' va «» oʻrniga "" ishlatiladi: lotin harflaridagi
 * matn GSM-7 da qoladi (bir qismda 160 belgi, UCS-2 da esa 70).
 */
import { NotificationType } from '@jumush/contracts/client';
import type { TemplateCatalogue } from './catalogue';

export const UZ: TemplateCatalogue = {
  [NotificationType.ApplicationReceived]: {
    title: 'Arizangiz qabul qilindi',
    body: '“{vacancyTitle}” vakansiyasiga arizangiz qabul qilindi. Ish beruvchi uni koʻrib chiqadi, qaror haqida xabar beramiz.{queueTotal, plural, =0 {} other { Ish beruvchining javobini kutayotgan # kishidan {queuePosition}-o‘rindasiz{usualDays, plural, =0 {} other {; odatda # kunda javob berishadi}}.}}',
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
    body: 'Ish beruvchi sizni “{vacancyTitle}” vakansiyasi boʻyicha ishchilar guruhiga kiritib, mehnat attashesiga tasdiqlash uchun yubordi.{queueTotal, plural, =0 {} other { Attashe qarorini kutayotgan # kishidan {queuePosition}-o‘rindasiz{usualDays, plural, =0 {} other {; odatda attashe # kunda qaror qiladi}}.}}',
    sms: 'Jumush: "{vacancyTitle}" bo\'yicha guruhga kiritildingiz. Attashe javobini kuting.',
  },
  [NotificationType.Approved]: {
    title: 'Guruh tasdiqlandi',
    body: 'Mehnat attashesi “{vacancyTitle}” vakansiyasi boʻyicha guruhingizni tasdiqladi. Maʼqullash xati: {letterLink}',
    sms: 'Jumush: tasdiqlandi! "{vacancyTitle}". Xat: {letterLink}',
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
  [NotificationType.DeadlineReminder]: {
    title: 'Muddat: {subject}',
    body: '{subject}: muddat — {deadline, date, day}, {days, plural, =0 {bugun} other {# kun qoldi}}.',
    sms: 'Jumush: {subject} - muddat {deadline, date, day}, {days, plural, =0 {bugun} other {# kun qoldi}}.',
  },
  [NotificationType.DeadlineOverdue]: {
    title: 'Muddati o‘tdi: {subject}',
    body: '{subject} ({country}): muddat {deadline, date, day} tugadi, ish hali hal qilinmagan. U mas’ul shaxs navbatining boshiga ko‘tarildi.',
    sms: 'Jumush: muddati o‘tdi — {subject} ({country}), muddat {deadline, date, day} edi.',
  },
  [NotificationType.DepartureReminder]: {
    title: 'Tez orada joʻnaysiz',
    body: 'Joʻnash sanangiz — {departureDate, date, day}, {days, plural, =0 {bugun} other {# kundan keyin}}. {openItems, plural, =0 {Tayyorgarlik roʻyxatidagi barcha bandlar bajarildi.} other {Tayyorgarlik roʻyxatida yana # band bajarilmagan: {openItemList}.}}',
    sms: "Jumush: jo'nash {departureDate, date, day}. {openItems, plural, =0 {Hujjatlar tayyor.} other {Yana # band tayyor emas.}}",
  },
  [NotificationType.VacancyChanged]: {
    title: 'Vakansiya shartlari oʻzgardi',
    body: 'Ish beruvchi “{vacancyTitle}” vakansiyasi shartlarini oʻzgartirdi: {changes}. Joʻnashdan oldin tekshiring.',
    sms: 'Jumush: "{vacancyTitle}" shartlari o\'zgardi: {changes}',
  },
  [NotificationType.BatchSubmitted]: {
    title: 'Tasdiqlash uchun yangi guruh',
    body: 'Ish beruvchi “{vacancyTitle}” vakansiyasi boʻyicha guruhni tasdiqlash uchun yubordi (nomzodlar: {size}). Uni muddatidan oldin koʻrib chiqing.',
    sms: 'Jumush: yangi guruh "{vacancyTitle}", nomzodlar: {size}. Qaroringizni kutmoqda.',
  },
  [NotificationType.BatchDecided]: {
    title: 'Attashe guruhni koʻrib chiqdi',
    body: 'Mehnat attashesi “{vacancyTitle}” vakansiyasi boʻyicha guruhni koʻrib chiqdi: tasdiqlandi — {approved}, tasdiqlanmadi — {refused}. Tafsilotlar va sabablar guruh sahifasida.',
    sms: 'Jumush: "{vacancyTitle}" guruhi ko\'rib chiqildi: tasdiqlandi {approved}, tasdiqlanmadi {refused}.',
  },
  [NotificationType.BatchReturned]: {
    title: 'Guruh qaytarildi',
    body: 'Mehnat attashesi “{vacancyTitle}” vakansiyasi boʻyicha guruhni qaytardi. Izoh: {comment}. Guruhni tuzatib, qayta yuboring.',
    sms: 'Jumush: attashe "{vacancyTitle}" guruhini qaytardi. Izoh: {comment}',
  },
  [NotificationType.CompanyVerified]: {
    title: 'Kompaniya tasdiqlandi',
    body: 'Mehnat attashesi “{companyName}” kompaniyasini tasdiqladi. Endi vakansiyalarni tekshiruvga yuborishingiz mumkin.',
    sms: 'Jumush: "{companyName}" kompaniyasi tasdiqlandi. Vakansiyalarni e\'lon qilishingiz mumkin.',
  },
  [NotificationType.CompanyRejected]: {
    title: 'Kompaniya tasdiqlanmadi',
    body: 'Mehnat attashesi “{companyName}” kompaniyasini tasdiqlamadi. Sabab: {reason}.',
    sms: 'Jumush: "{companyName}" tasdiqlanmadi. Sabab: {reason}',
  },
  [NotificationType.LetterRevoked]: {
    title: 'Maʼqullash xati bekor qilindi',
    body: 'Mehnat boʻyicha attashe «{vacancyTitle}» vakansiyasi boʻyicha maʼqullash xatingizni bekor qildi. Sababi: {reason}. Bu xat bilan yoʻlga chiqmang; savollar boʻlsa, attashega murojaat qiling.',
    sms: 'Jumush: «{vacancyTitle}» boʻyicha maʼqullash xati bekor qilindi. Sababi: {reason}',
  },
  [NotificationType.CompanySuspended]: {
    title: 'Kompaniya faoliyati toʻxtatildi',
    body: 'Mehnat attashesi “{companyName}” kompaniyasini vaqtincha toʻxtatdi. Sabab: {reason}. Toʻxtatish amal qilar ekan, ishchi yollay olmaysiz; ochiq arizalar yopildi.',
    sms: 'Jumush: "{companyName}" to\'xtatildi. Sabab: {reason}',
  },
  [NotificationType.CompanyReinstated]: {
    title: 'Kompaniya faoliyati tiklandi',
    body: 'Mehnat attashesi “{companyName}” kompaniyasining toʻxtatilishini bekor qildi. Yana ishchi yollashingiz mumkin.',
    sms: 'Jumush: "{companyName}" kompaniyasining to\'xtatilishi bekor qilindi.',
  },
  [NotificationType.VacancyPublished]: {
    title: 'Vakansiya eʼlon qilindi',
    body: 'Mehnat attashesi “{vacancyTitle}” vakansiyasini tasdiqladi: u eʼlon qilindi va nomzodlarga koʻrinadi.',
    sms: 'Jumush: "{vacancyTitle}" vakansiyasi e\'lon qilindi.',
  },
  [NotificationType.VacancyRejected]: {
    title: 'Vakansiya rad etildi',
    body: 'Mehnat attashesi “{vacancyTitle}” vakansiyasini rad etdi. Sabab: {reason}. Uni tuzatib, qayta yuboring.',
    sms: 'Jumush: "{vacancyTitle}" vakansiyasi rad etildi. Sabab: {reason}',
  },
  [NotificationType.VacancySentBack]: {
    title: 'Vakansiya yana tekshiruvda',
    body: 'Siz “{vacancyTitle}” vakansiyasining muhim shartlarini oʻzgartirdingiz, shuning uchun u yana mehnat attashesi tekshiruvida va hozircha nomzodlarga koʻrinmaydi.',
    sms: 'Jumush: shartlar o\'zgargach "{vacancyTitle}" yana attashe tekshiruvida.',
  },
  [NotificationType.PasswordResetCode]: {
    title: 'Parolni tiklash kodi',
    body: 'Jumush parolini tiklash kodingiz: {code}. U {minutes} daqiqa amal qiladi. Uni hech kimga aytmang. Agar siz soʻramagan boʻlsangiz, bu xabarga eʼtibor bermang.',
    sms: 'Jumush: parolni tiklash kodi {code}. {minutes} daqiqa amal qiladi. Hech kimga aytmang.',
  },
  [NotificationType.PhoneVerificationCode]: {
    title: 'Telefonni tasdiqlash kodi',
    body: 'Ushbu raqamni tasdiqlash uchun Jumush kodingiz: {code}. U {minutes} daqiqa amal qiladi. Uni hech kimga aytmang. Agar siz Jumush saytida roʻyxatdan oʻtmagan boʻlsangiz, bu xabarga eʼtibor bermang.',
    sms: 'Jumush: {code} kodi telefoningizni tasdiqlaydi. {minutes} daqiqa amal qiladi. Hech kimga aytmang.',
  },
  [NotificationType.PasswordResetLink]: {
    title: 'Jumush parolini tiklash',
    body: 'Yangi parol oʻrnatish uchun quyidagi havolani {minutes} daqiqa ichida oching. Agar siz soʻramagan boʻlsangiz, bu xatga eʼtibor bermang: parolingiz oʻzgarmaydi.',
    sms: 'Jumush: parolni tiklash havolasi elektron pochtangizga yuborildi.',
  },
  [NotificationType.PasswordChanged]: {
    title: 'Parol oʻzgartirildi',
    body: 'Jumush hisobingiz paroli oʻzgartirildi va boshqa barcha kirishlar yakunlandi. Agar bu siz boʻlmasangiz, quyidagi havola orqali parolni darhol tiklang.',
    sms: "Jumush: parolingiz o'zgartirildi. Bu siz bo'lmasangiz, uni darhol tiklang.",
  },
  [NotificationType.RegistrationAttempted]: {
    title: '{login, select, email {Manzilingiz} other {Raqamingiz}} bilan roʻyxatdan oʻtishga urinish',
    body: '{attemptedOn, date, day} kuni kimdir sizning {login, select, email {elektron pochta manzilingiz} other {telefon raqamingiz}} bilan Jumush hisobini yaratishga urindi. Agar bu siz boʻlsangiz, shunchaki kiring — yoki quyidagi havola orqali parolni tiklang. Agar siz boʻlmasangiz, hech narsa qilishingiz shart emas: hisobingizda hech narsa oʻzgarmadi.',
    sms: "Jumush: {attemptedOn, date, day} kuni kimdir {login, select, email {manzilingiz} other {raqamingiz}} bilan ro'yxatdan o'tishga urindi. Siz bo'lsangiz, kiring yoki parolni tiklang: {forgotPassword} Aks holda hech narsa qilmang.",
  },
  [NotificationType.EmailVerification]: {
    title: 'Elektron pochta manzilingizni tasdiqlang',
    body: 'Jumush’da ish beruvchi nomidan ishlash uchun bu manzilni tasdiqlang: quyidagi havolani oching. U 24 soat va faqat bir marta ishlaydi. Agar Jumush’da ro‘yxatdan o‘tmagan bo‘lsangiz, bu xatni o‘chirib tashlang.',
    sms: 'Jumush: elektron pochtangizni xatdagi havola orqali tasdiqlang.',
  },
  [NotificationType.CompanyInvitation]: {
    title: '«{companyName}» kompaniyasiga taklif',
    body: '{inviterName} sizni Jumush’da «{companyName}» kompaniyasi uchun xodim tanlashga taklif qiladi. Quyidagi havolani oching, shu manzil bilan kiring yoki ro‘yxatdan o‘ting va taklifni qabul qiling. Havola 7 kun ishlaydi. Agar taklif kutmagan bo‘lsangiz, bu xatni o‘chirib tashlang.',
    sms: 'Jumush: {inviterName} sizni «{companyName}» kompaniyasiga taklif qiladi. Havola xatda.',
  },
  [NotificationType.AccountSetup]: {
    title: 'Jumush hisobingizni sozlang',
    body: 'Administrator siz uchun Jumush’da mehnat attashesi hisobini yaratdi. Parol qo‘yish uchun quyidagi havolani oching. U 72 soat va faqat bir marta ishlaydi. Agar buni kutmagan bo‘lsangiz, bu xatni o‘chirib tashlang.',
    sms: 'Jumush: parolingizni xatdagi havola orqali qo‘ying.',
  },
  [NotificationType.CompanyDisputeUpheld]: {
    title: 'Murojaatingiz qanoatlantirildi',
    body: "Mehnat attashesi INN {inn} boʻyicha murojaatingizni qanoatlantirdi: kompaniya endi sizniki, Jumush'da siz uning egasisiz. Har bir davlat uni qaytadan tekshiradi. Asos: {reason}.",
    sms: "Jumush: INN {inn} bo'yicha murojaat qanoatlantirildi, kompaniya sizniki.",
  },
  [NotificationType.CompanyDisputeRejected]: {
    title: 'Murojaatingiz rad etildi',
    body: 'Mehnat attashesi INN {inn} boʻyicha murojaatingizni rad etdi. Asos: {reason}.',
    sms: "Jumush: INN {inn} bo'yicha murojaat rad etildi. Asos: {reason}",
  },
  [NotificationType.CompanyOwnershipLost]: {
    title: 'Kompaniya qonuniy egasiga oʻtdi',
    body: "Mehnat attashesi “{companyName}” kompaniyasi boshqa arizachiga tegishli ekanini aniqladi; endi u Jumush'da uning egasi, sizning kirishingiz tugatildi. Asos: {reason}.",
    sms: 'Jumush: "{companyName}" attashe qarori bilan boshqa egaga o\'tdi.',
  },
  [NotificationType.CompanyDisputeDismissed]: {
    title: "Kompaniyangizga da'vo rad etildi",
    body: "Kimdir “{companyName}” kompaniyasi uniki deb da'vo qildi; mehnat attashesi da'voni koʻrib chiqib, rad etdi. Siz uchun hech narsa oʻzgarmaydi. Asos: {reason}.",
    sms: 'Jumush: "{companyName}" kompaniyasiga da\'vo attashe tomonidan rad etildi.',
  },
  [NotificationType.CheckInDue]: {
    title: 'Ishingiz qanday? {day}-kun',
    body: '«{vacancyTitle}» ishiga kelganingizga {day, plural, other {# kun}} bo‘ldi. Beshta savolga javob bering, har biriga bir bosish: maosh, turar joy, pasport, to‘lovlar, xavfsizlik. Javoblarni mamlakatingiz attashesi ko‘radi.',
    sms: 'Jumush: ishingiz qanday? 5 savol: {checkInShortLink}',
  },
  [NotificationType.GrievanceOpened]: {
    title: 'Ishchidan yangi shikoyat',
    body: '«{vacancyTitle}» vakansiyasidagi ishchi muammo haqida xabar berdi{fromCheckIn, select, true { (kelgandan keyingi so‘rovnomada)} other {}}. Murojaatni oching va javob bering.',
    sms: 'Jumush: ishchidan yangi shikoyat («{vacancyTitle}»). Murojaatni oching.',
  },
  [NotificationType.GrievanceUpdated]: {
    title: 'Murojaatingiz bo‘yicha javob',
    body: 'Murojaatingiz bo‘yicha yangilik bor: {status, select, IN_PROGRESS {attashe uni ko‘rib chiqmoqda} REFERRED {murojaat boshqa idoraga yuborildi} RESOLVED {qaror bor} CLOSED {murojaat yopildi} other {attashe javob berdi}}. O‘qish uchun murojaatni oching.',
    sms: 'Jumush: murojaatingiz bo‘yicha javob: {grievanceLink}',
  },
  [NotificationType.FeeReported]: {
    title: 'Ishchi ishga joylashtirish uchun to‘lov haqida xabar berdi',
    body: '«{companyName}» ishchisi «{intermediary}» vositachiga {amount} ₽ talab qilingani yoki to‘langani haqida xabar berdi. Ishga olishni ishchi emas, ish beruvchi to‘laydi: ish beruvchi sahifasini oching va tekshiring.',
    sms: 'Jumush: «{companyName}» bo‘yicha {amount} rubl to‘lov haqida xabar. Ish beruvchini oching.',
  },
  [NotificationType.RedFlagRaised]: {
    title: 'Ish beruvchi tekshiruvda: qizil bayroq',
    body: '«{companyName}» tekshiruvda: {rule, select, passportHeld {ishchi pasporti ushlab qolinganini xabar qildi} fee {to‘lov haqidagi xabarlar takrorlandi} notAsPromised {ishchilar shartlar va’da qilinganidek emasligini xabar qilmoqda} other {qizil bayroq qoidasi ishga tushdi}} ({evidence, plural, other {# xabar}}). Dalillarni oching; ish beruvchini to‘xtatib qo‘yish mumkin.',
    sms: 'Jumush: «{companyName}» bo‘yicha qizil bayroq. Dalillarni oching.',
  },
  [NotificationType.GrievanceMessage]: {
    title: 'Murojaatda yangi xabar',
    body: '«{vacancyTitle}» vakansiyasidagi ishchi o‘z murojaatiga yozdi. Murojaatni oching va javob bering.',
    sms: 'Jumush: ishchi murojaatga yozdi: {grievanceLink}',
  },
  [NotificationType.NoShowRecorded]: {
    title: 'Ish beruvchi kelmaganingizni qayd etdi',
    body: '«{vacancyTitle}» vakansiyasining ish beruvchisi siz kelmaganingiz yoki ishga kirishmaganingizni qayd etdi. Sabab: {reason}. Agar bu noto‘g‘ri bo‘lsa, attashega murojaat qiling.',
    sms: 'Jumush: «{vacancyTitle}»: ish beruvchi kelmaganingizni qayd etdi. Noto‘g‘ri bo‘lsa, attashega yozing.',
  },
  [NotificationType.CompanyRated]: {
    title: 'Ishchi kompaniyangizga baho berdi',
    body: '“{companyName}” kompaniyasida ishlagan ishchi unga baho berdi. Endi kompaniyangiz baholari soni: {count}. Har biriga bir marta ochiq javob berishingiz mumkin.',
    sms: 'Jumush: ishchi "{companyName}" kompaniyasiga baho berdi. Kompaniya sahifasida o‘qing va javob bering.',
  },
  [NotificationType.WebhookDisabled]: {
    title: 'Webhook manzili o‘chirildi',
    body: 'Jumush voqealarni {endpointHost} manziliga yetkaza olmadi: ketma-ket {failures} ta urinish muvaffaqiyatsiz bo‘ldi, shuning uchun manzil o‘chirildi. Qabul qiluvchini tuzating, webhook sozlamalarida manzilni qayta yoqing va o‘tkazib yuborilganlarni qayta yuboring.',
    sms: 'Jumush: webhook {endpointHost} {failures} ta muvaffaqiyatsiz urinishdan keyin o‘chirildi. Webhook sozlamalarini ko‘ring.',
  },
};
