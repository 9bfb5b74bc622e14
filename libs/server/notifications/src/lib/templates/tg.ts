/** Тоҷикӣ. */
import { NotificationType } from '@jumush/contracts/client';
import type { TemplateCatalogue } from './catalogue';

export const TG: TemplateCatalogue = {
  [NotificationType.ApplicationReceived]: {
    title: 'Аризаи шумо қабул шуд',
    body: 'Аризаи шумо ба ҷои кори «{vacancyTitle}» қабул шуд. Корфармо онро баррасӣ мекунад, дар бораи қарор хабар медиҳем.{queueTotal, plural, =0 {} other { Аз # нафаре, ки ҷавоби корфарморо интизоранд, шумо дар ҷои {queuePosition}-ум ҳастед{usualDays, plural, =0 {} other {; одатан дар # рӯз ҷавоб медиҳанд}}.}}',
    sms: 'Jumush: аризаи шумо ба «{vacancyTitle}» қабул шуд. Дар бораи қарор хабар медиҳем.',
  },
  [NotificationType.NewApplicant]: {
    title: 'Аризаи нав',
    body: 'Ба ҷои кори «{vacancyTitle}» аризаи нав омад. Номзадро дар рӯйхати аризаҳо бинед.',
    sms: 'Jumush: ба «{vacancyTitle}» аризаи нав омад.',
  },
  [NotificationType.Shortlisted]: {
    title: 'Шумо дар рӯйхати кӯтоҳ ҳастед',
    body: 'Корфармо шуморо аз рӯи ҷои кори «{vacancyTitle}» ба рӯйхати кӯтоҳ дохил кард. Ҳуҷҷатҳоятонро омода нигоҳ доред.',
    sms: 'Jumush: шумо дар рӯйхати кӯтоҳи «{vacancyTitle}» ҳастед. Ҳуҷҷатҳоро омода кунед.',
  },
  [NotificationType.Declined]: {
    title: 'Ариза рад шуд',
    body: 'Корфармо аризаи шуморо ба ҷои кори «{vacancyTitle}» рад кард. Сабаб: {reason}. Ҷойҳои кори дигарро бинед.',
    sms: 'Jumush: ариза ба «{vacancyTitle}» рад шуд. Сабаб: {reason}',
  },
  [NotificationType.InBatch]: {
    title: 'Шумо ба гурӯҳ дохил шудед',
    body: 'Корфармо шуморо аз рӯи ҷои кори «{vacancyTitle}» ба гурӯҳи коргарон дохил карда, барои тасдиқ ба атташеи меҳнатӣ фиристод.{queueTotal, plural, =0 {} other { Аз # нафаре, ки қарори атташеро интизоранд, шумо дар ҷои {queuePosition}-ум ҳастед{usualDays, plural, =0 {} other {; одатан атташе дар # рӯз қарор қабул мекунад}}.}}',
    sms: 'Jumush: шумо ба гурӯҳи «{vacancyTitle}» дохил шудед. Ҷавоби атташеро интизор шавед.',
  },
  [NotificationType.Approved]: {
    title: 'Гурӯҳ тасдиқ шуд',
    body: 'Атташеи меҳнатӣ гурӯҳи шуморо аз рӯи ҷои кори «{vacancyTitle}» тасдиқ кард. Мактуби тасдиқ: {letterLink}',
    sms: 'Jumush: тасдиқ шуд! «{vacancyTitle}». Мактуб: {letterLink}',
  },
  [NotificationType.Refused]: {
    title: 'Атташе тасдиқ накард',
    body: 'Атташеи меҳнатӣ аризаи шуморо ба ҷои кори «{vacancyTitle}» тасдиқ накард. Сабаб: {reason}.',
    sms: 'Jumush: атташе «{vacancyTitle}»-ро тасдиқ накард. Сабаб: {reason}',
  },
  [NotificationType.Returned]: {
    title: 'Ариза боз дар рӯйхати кӯтоҳ',
    body: 'Гурӯҳ аз рӯи ҷои кори «{vacancyTitle}» ба корфармо баргардонида шуд. Аризаи шумо боз дар рӯйхати кӯтоҳ аст, корфармо метавонад онро аз нав фиристад.',
    sms: 'Jumush: гурӯҳи «{vacancyTitle}» баргардонида шуд, шумо боз дар рӯйхати кӯтоҳ ҳастед.',
  },
  [NotificationType.WithdrawalConfirmed]: {
    title: 'Ариза бозпас гирифта шуд',
    body: 'Шумо аризаатонро ба ҷои кори «{vacancyTitle}» бозпас гирифтед. Шумо метавонед ба ҷойҳои кори дигар ариза диҳед.',
    sms: 'Jumush: шумо аризаро ба «{vacancyTitle}» бозпас гирифтед.',
  },
  [NotificationType.CandidateWithdrew]: {
    title: 'Номзад аризаашро бозпас гирифт',
    body: 'Номзад аризаашро ба ҷои кори «{vacancyTitle}» бозпас гирифт.',
    sms: 'Jumush: номзад аризаашро ба «{vacancyTitle}» бозпас гирифт.',
  },
  [NotificationType.Closed]: {
    title: 'Ариза баста шуд',
    body: 'Аризаи шумо ба ҷои кори «{vacancyTitle}» баста шуд: {cause, select, vacancyClosed {қабул ба ҷои кор анҷом ёфт} employerSuspended {ба корфармо муваққатан ба кор гирифтан манъ аст} other {ҷои кор дигар дастрас нест}}. Ин қарор дар бораи шумо нест — ба ҷойҳои кори дигар ариза диҳед.',
    sms: 'Jumush: ариза ба «{vacancyTitle}» баста шуд: {cause, select, vacancyClosed {қабул анҷом ёфт} employerSuspended {корфармо боздошта шуд} other {ҷои кор нест}}.',
  },
  [NotificationType.DeadlineReminder]: {
    title: 'Мӯҳлат: {subject}',
    body: '{subject}: мӯҳлат — {deadline, date, day}, {days, plural, =0 {имрӯз} other {# рӯз монд}}.',
    sms: 'Jumush: {subject} — мӯҳлат {deadline, date, day}, {days, plural, =0 {имрӯз} other {# рӯз монд}}.',
  },
  [NotificationType.DeadlineOverdue]: {
    title: 'Мӯҳлат гузашт: {subject}',
    body: '{subject} ({country}): мӯҳлат {deadline, date, day} ба охир расид, кор ҳанӯз ҳал нашудааст. Он ба аввали навбати масъул бардошта шуд.',
    sms: 'Jumush: мӯҳлат гузашт — {subject} ({country}), мӯҳлат {deadline, date, day} буд.',
  },
  [NotificationType.DepartureReminder]: {
    title: 'Ба зудӣ сафар',
    body: 'Санаи сафари шумо — {departureDate, date, day}, {days, plural, =0 {имрӯз} other {пас аз # рӯз}}. {openItems, plural, =0 {Ҳамаи бандҳои рӯйхати омодагӣ иҷро шудаанд.} other {Дар рӯйхати омодагӣ боз # банд иҷро нашудааст: {openItemList}.}}',
    sms: 'Jumush: сафар {departureDate, date, day}. {openItems, plural, =0 {Ҳуҷҷатҳо омодаанд.} other {Боз # банд омода нест.}}',
  },
  [NotificationType.VacancyChanged]: {
    title: 'Шартҳои ҷои кор тағйир ёфтанд',
    body: 'Корфармо шартҳои ҷои кори «{vacancyTitle}»-ро тағйир дод: {changes}. Пеш аз сафар санҷед.',
    sms: 'Jumush: шартҳои «{vacancyTitle}» тағйир ёфтанд: {changes}',
  },
  [NotificationType.BatchSubmitted]: {
    title: 'Гурӯҳи нав барои тасдиқ',
    body: 'Корфармо гурӯҳро аз рӯи ҷои кори «{vacancyTitle}» барои тасдиқ фиристод (номзадҳо: {size}). Онро то мӯҳлат баррасӣ кунед.',
    sms: 'Jumush: гурӯҳи нав «{vacancyTitle}», номзадҳо: {size}. Қарори шуморо интизор аст.',
  },
  [NotificationType.BatchDecided]: {
    title: 'Атташе гурӯҳро баррасӣ кард',
    body: 'Атташеи меҳнатӣ гурӯҳро аз рӯи ҷои кори «{vacancyTitle}» баррасӣ кард: тасдиқ шуд — {approved}, тасдиқ нашуд — {refused}. Тафсилот ва сабабҳо дар саҳифаи гурӯҳ.',
    sms: 'Jumush: гурӯҳи «{vacancyTitle}» баррасӣ шуд: тасдиқ {approved}, тасдиқ нашуд {refused}.',
  },
  [NotificationType.BatchReturned]: {
    title: 'Гурӯҳ баргардонида шуд',
    body: 'Атташеи меҳнатӣ гурӯҳро аз рӯи ҷои кори «{vacancyTitle}» баргардонд. Шарҳ: {comment}. Гурӯҳро ислоҳ карда, аз нав фиристед.',
    sms: 'Jumush: атташе гурӯҳи «{vacancyTitle}»-ро баргардонд. Шарҳ: {comment}',
  },
  [NotificationType.CompanyVerified]: {
    title: 'Ширкат тасдиқ шуд',
    body: 'Атташеи меҳнатӣ ширкати «{companyName}»-ро тасдиқ кард. Акнун шумо метавонед ҷойҳои корро барои санҷиш фиристед.',
    sms: 'Jumush: ширкати «{companyName}» тасдиқ шуд. Ҷойҳои корро нашр карда метавонед.',
  },
  [NotificationType.CompanyRejected]: {
    title: 'Ширкат тасдиқ нашуд',
    body: 'Атташеи меҳнатӣ ширкати «{companyName}»-ро тасдиқ накард. Сабаб: {reason}.',
    sms: 'Jumush: «{companyName}» тасдиқ нашуд. Сабаб: {reason}',
  },
  [NotificationType.LetterRevoked]: {
    title: 'Мактуби тасдиқ бекор карда шуд',
    body: 'Атташеи меҳнат мактуби тасдиқи шуморо оид ба ҷойи кори «{vacancyTitle}» бекор кард. Сабаб: {reason}. Бо ин мактуб ба роҳ набароед; агар савол бошад, ба атташе муроҷиат кунед.',
    sms: 'Jumush: мактуби тасдиқ оид ба «{vacancyTitle}» бекор карда шуд. Сабаб: {reason}',
  },
  [NotificationType.CompanySuspended]: {
    title: 'Фаъолияти ширкат боздошта шуд',
    body: 'Атташеи меҳнатӣ ширкати «{companyName}»-ро муваққатан боздошт. Сабаб: {reason}. То боздошт амал мекунад, шумо коргар ҷалб карда наметавонед; аризаҳои кушода баста шуданд.',
    sms: 'Jumush: «{companyName}» боздошта шуд. Сабаб: {reason}',
  },
  [NotificationType.CompanyReinstated]: {
    title: 'Фаъолияти ширкат барқарор шуд',
    body: 'Атташеи меҳнатӣ боздошти ширкати «{companyName}»-ро бекор кард. Шумо боз коргар ҷалб карда метавонед.',
    sms: 'Jumush: боздошти ширкати «{companyName}» бекор шуд.',
  },
  [NotificationType.VacancyPublished]: {
    title: 'Ҷои кор нашр шуд',
    body: 'Атташеи меҳнатӣ ҷои кори «{vacancyTitle}»-ро тасдиқ кард: он нашр шуд ва ба номзадҳо намоён аст.',
    sms: 'Jumush: ҷои кори «{vacancyTitle}» нашр шуд.',
  },
  [NotificationType.VacancyRejected]: {
    title: 'Ҷои кор рад шуд',
    body: 'Атташеи меҳнатӣ ҷои кори «{vacancyTitle}»-ро рад кард. Сабаб: {reason}. Онро ислоҳ карда, аз нав фиристед.',
    sms: 'Jumush: ҷои кори «{vacancyTitle}» рад шуд. Сабаб: {reason}',
  },
  [NotificationType.VacancySentBack]: {
    title: 'Ҷои кор боз дар санҷиш',
    body: 'Шумо шартҳои муҳими ҷои кори «{vacancyTitle}»-ро тағйир додед, бинобар ин он боз дар санҷиши атташеи меҳнатӣ аст ва ҳоло ба номзадҳо намоён нест.',
    sms: 'Jumush: пас аз тағйири шартҳо «{vacancyTitle}» боз дар санҷиши атташе аст.',
  },
  [NotificationType.PasswordResetCode]: {
    title: 'Рамзи барқарор кардани парол',
    body: 'Рамзи барқарор кардани пароли Jumush: {code}. Он {minutes} дақиқа эътибор дорад. Онро ба ҳеҷ кас нагӯед. Агар шумо дархост накарда бошед, ин паёмро нодида гиред.',
    sms: 'Jumush: рамзи барқарор кардани парол {code}. {minutes} дақ. эътибор дорад. Ба ҳеҷ кас нагӯед.',
  },
  [NotificationType.PhoneVerificationCode]: {
    title: 'Рамзи тасдиқи телефон',
    body: 'Рамзи Jumush барои тасдиқи ин рақам: {code}. Он {minutes} дақиқа эътибор дорад. Онро ба ҳеҷ кас нагӯед. Агар шумо дар Jumush сабти ном накарда бошед, ин паёмро нодида гиред.',
    sms: 'Jumush: рамзи {code} телефони шуморо тасдиқ мекунад. {minutes} дақ. эътибор дорад. Ба ҳеҷ кас нагӯед.',
  },
  [NotificationType.PasswordResetLink]: {
    title: 'Барқарор кардани пароли Jumush',
    body: 'Барои гузоштани пароли нав истиноди зеринро дар давоми {minutes} дақиқа кушоед. Агар шумо дархост накарда бошед, ин мактубро нодида гиред: пароли шумо тағйир намеёбад.',
    sms: 'Jumush: истиноди барқарор кардани парол ба почтаи электронии шумо фиристода шуд.',
  },
  [NotificationType.PasswordChanged]: {
    title: 'Парол иваз шуд',
    body: 'Пароли ҳисоби Jumush-и шумо иваз шуд ва ҳамаи воридшавиҳои дигар қатъ гардиданд. Агар ин шумо набошед, паролро фавран тавассути истиноди зер барқарор кунед.',
    sms: 'Jumush: пароли шумо иваз шуд. Агар ин шумо набошед, онро фавран барқарор кунед.',
  },
  [NotificationType.RegistrationAttempted]: {
    title: 'Кӯшиши бақайдгирӣ бо {login, select, email {суроғаи} other {рақами}} шумо',
    body: '{attemptedOn, date, day} касе кӯшиш кард, ки бо {login, select, email {суроғаи почтаи электронии} other {рақами телефони}} шумо ҳисоби Jumush созад. Агар ин шумо бошед, танҳо ворид шавед — ё паролро тавассути истиноди зер барқарор кунед. Агар ин шумо набошед, ҳеҷ коре кардан лозим нест: дар ҳисоби шумо ҳеҷ чиз тағйир наёфт.',
    sms: 'Jumush: {attemptedOn, date, day} кӯшиши сабти {login, select, email {суроғаи} other {рақами}} шумо. Шумо? Ворид шавед ё паролро барқарор кунед: {forgotPassword}',
  },
  [NotificationType.EmailVerification]: {
    title: 'Суроғаи почтаи электронии худро тасдиқ кунед',
    body: 'Барои дар Jumush аз номи корфармо кор кардан ин суроғаро тасдиқ кунед: пайванди зеринро кушоед. Он 24 соат ва танҳо як бор кор мекунад. Агар шумо дар Jumush сабти ном нашуда бошед, ин мактубро нест кунед.',
    sms: 'Jumush: почтаи электронии худро бо пайванди мактуб тасдиқ кунед.',
  },
  [NotificationType.CompanyInvitation]: {
    title: 'Даъват ба ширкати «{companyName}»',
    body: '{inviterName} шуморо ба интихоби кормандон барои ширкати «{companyName}» дар Jumush даъват мекунад. Пайванди зеринро кушоед, бо ҳамин суроға ворид шавед ё сабти ном кунед ва даъватро қабул кунед. Пайванд 7 рӯз кор мекунад. Агар даъватро интизор набошед, ин мактубро нест кунед.',
    sms: 'Jumush: {inviterName} шуморо ба ширкати «{companyName}» даъват мекунад. Пайванд дар мактуб.',
  },
  [NotificationType.AccountSetup]: {
    title: 'Ҳисоби Jumush-и худро танзим кунед',
    body: 'Маъмур барои шумо дар Jumush ҳисоби атташеи меҳнатӣ сохт. Барои гузоштани парол пайванди зеринро кушоед. Он 72 соат ва танҳо як бор кор мекунад. Агар шумо инро интизор набошед, ин мактубро нест кунед.',
    sms: 'Jumush: паролро бо пайванди мактуб гузоред.',
  },
  [NotificationType.CompanyDisputeUpheld]: {
    title: 'Муроҷиати шумо қонеъ гардид',
    body: 'Атташеи меҳнатӣ муроҷиати шуморо оид ба ИНН {inn} қонеъ гардонд: ширкат акнун аз они шумост, дар Jumush шумо соҳиби он ҳастед. Ҳар як кишвар онро аз нав тафтиш мекунад. Асос: {reason}.',
    sms: 'Jumush: муроҷиат оид ба ИНН {inn} қонеъ гардид, ширкат аз они шумост.',
  },
  [NotificationType.CompanyDisputeRejected]: {
    title: 'Муроҷиати шумо рад шуд',
    body: 'Атташеи меҳнатӣ муроҷиати шуморо оид ба ИНН {inn} рад кард. Асос: {reason}.',
    sms: 'Jumush: муроҷиат оид ба ИНН {inn} рад шуд. Асос: {reason}',
  },
  [NotificationType.CompanyOwnershipLost]: {
    title: 'Ширкат ба соҳиби қонунӣ гузашт',
    body: 'Атташеи меҳнатӣ муайян кард, ки ширкати «{companyName}» ба аризадиҳандаи дигар тааллуқ дорад; акнун ӯ дар Jumush соҳиби он аст, дастрасии шумо қатъ шуд. Асос: {reason}.',
    sms: 'Jumush: ширкати «{companyName}» бо қарори атташе ба соҳиби дигар гузашт.',
  },
  [NotificationType.CompanyDisputeDismissed]: {
    title: 'Даъво ба ширкати шумо рад шуд',
    body: 'Касе изҳор кард, ки ширкати «{companyName}» аз они ӯст; атташеи меҳнатӣ даъворо баррасӣ карда, рад кард. Барои шумо ҳеҷ чиз тағйир намеёбад. Асос: {reason}.',
    sms: 'Jumush: даъво ба ширкати «{companyName}» аз ҷониби атташе рад шуд.',
  },
  [NotificationType.CheckInDue]: {
    title: 'Кор чӣ тавр аст? Рӯзи {day}',
    body: 'Аз омадани шумо ба кори «{vacancyTitle}» {day, plural, other {# рӯз}} гузашт. Ба панҷ савол ҷавоб диҳед, ҳар кадом бо як зеркунӣ: музд, манзил, шиноснома, пардохтҳо, бехатарӣ. Ҷавобҳоро атташеи кишвари шумо мебинад.',
    sms: 'Jumush: кор чӣ тавр аст? 5 савол: {checkInShortLink}',
  },
  [NotificationType.GrievanceOpened]: {
    title: 'Шикояти нав аз коргар',
    body: 'Коргари вакансияи «{vacancyTitle}» дар бораи мушкил хабар дод{fromCheckIn, select, true { (дар пурсиши баъди омадан)} other {}}. Муроҷиатро кушоед ва ҷавоб диҳед.',
    sms: 'Jumush: шикояти нав аз коргар («{vacancyTitle}»). Муроҷиатро кушоед.',
  },
  [NotificationType.GrievanceUpdated]: {
    title: 'Ҷавоб ба муроҷиати шумо',
    body: 'Дар муроҷиати шумо навигарӣ ҳаст: {status, select, IN_PROGRESS {атташе онро баррасӣ мекунад} REFERRED {муроҷиат ба мақоми дигар фиристода шуд} RESOLVED {қарор ҳаст} CLOSED {муроҷиат баста шуд} other {атташе ҷавоб дод}}. Барои хондан муроҷиатро кушоед.',
    sms: 'Jumush: ҷавоб ба муроҷиати шумо: {grievanceLink}',
  },
  [NotificationType.FeeReported]: {
    title: 'Коргар дар бораи пардохт барои ба кор гирифтан хабар дод',
    body: 'Коргари «{companyName}» хабар дод, ки миёнарав «{intermediary}» {amount} ₽ талаб кард ё гирифт. Ба кор гирифтанро корфармо пардохт мекунад, на коргар: саҳифаи корфарморо кушоед ва санҷед.',
    sms: 'Jumush: хабар дар бораи пардохти {amount} рубл, «{companyName}». Корфарморо кушоед.',
  },
  [NotificationType.RedFlagRaised]: {
    title: 'Корфармо дар санҷиш: парчами сурх',
    body: '«{companyName}» дар санҷиш аст: {rule, select, passportHeld {коргар хабар дод, ки шиносномаашро нигоҳ доштаанд} fee {хабарҳо дар бораи пардохт такрор шуданд} notAsPromised {коргарон хабар медиҳанд, ки шартҳо мувофиқи ваъда нестанд} other {қоидаи парчами сурх кор кард}} ({evidence, plural, one {# хабар} other {# хабар}}). Далелҳоро кушоед; корфарморо боздоштан мумкин аст.',
    sms: 'Jumush: парчами сурх, «{companyName}». Далелҳоро кушоед.',
  },
  [NotificationType.GrievanceMessage]: {
    title: 'Паёми нав дар муроҷиат',
    body: 'Коргари вакансияи «{vacancyTitle}» дар муроҷиати худ навишт. Муроҷиатро кушоед ва ҷавоб диҳед.',
    sms: 'Jumush: коргар дар муроҷиат навишт: {grievanceLink}',
  },
  [NotificationType.NoShowRecorded]: {
    title: 'Корфармо наомадани шуморо қайд кард',
    body: 'Корфармои вакансияи «{vacancyTitle}» қайд кард, ки шумо наомадед ё ба кор шурӯъ накардед. Сабаб: {reason}. Агар ин нодуруст бошад, ба атташе муроҷиат кунед.',
    sms: 'Jumush: «{vacancyTitle}»: корфармо наомадани шуморо қайд кард. Агар нодуруст бошад, ба атташе нависед.',
  },
  [NotificationType.CompanyRated]: {
    title: 'Коргар ба ширкати шумо баҳо дод',
    body: 'Коргаре, ки дар «{companyName}» кор кардааст, ба ширкат баҳо дод. Акнун шумораи баҳоҳои ширкат: {count}. Ба ҳар яке як маротиба ошкоро ҷавоб дода метавонед.',
    sms: 'Jumush: коргар ба «{companyName}» баҳо дод. Дар саҳифаи ширкат хонед ва ҷавоб диҳед.',
  },
  [NotificationType.WebhookDisabled]: {
    title: 'Суроғаи webhook хомӯш карда шуд',
    body: 'Jumush рӯйдодҳоро ба {endpointHost} расонида натавонист: {failures} кӯшиши пай дар пай бенатиҷа монд, бинобар ин суроға хомӯш карда шуд. Қабулкунандаро ислоҳ кунед, суроғаро дар танзимоти webhook аз нав фаъол созед ва чизҳои гумшударо аз нав фиристед.',
    sms: 'Jumush: webhook {endpointHost} пас аз {failures} кӯшиши бенатиҷа хомӯш шуд. Танзимоти webhook-ро бинед.',
  },
};
