/** Русский: эталон — в других языках те же плейсхолдеры. */
import { NotificationType } from '@jumush/contracts/client';
import type { TemplateCatalogue } from './catalogue';

export const RU: TemplateCatalogue = {
  [NotificationType.ApplicationReceived]: {
    title: 'Заявка принята',
    body: 'Ваша заявка на вакансию «{vacancyTitle}» принята. Работодатель её рассмотрит, о решении мы сообщим.{queueTotal, plural, =0 {} other { Вы {queuePosition}-й из # ожидающих ответа работодателя{usualDays, plural, =0 {} one {; обычно отвечают за # день} few {; обычно отвечают за # дня} many {; обычно отвечают за # дней} other {; обычно отвечают за # дня}}.}}',
    sms: 'Jumush: заявка на «{vacancyTitle}» принята. О решении сообщим.',
  },
  [NotificationType.NewApplicant]: {
    title: 'Новая заявка',
    body: 'На вакансию «{vacancyTitle}» пришла новая заявка. Кандидат — в списке откликов.',
    sms: 'Jumush: новая заявка на «{vacancyTitle}».',
  },
  [NotificationType.Shortlisted]: {
    title: 'Вы в коротком списке',
    body: 'Работодатель включил вас в короткий список по вакансии «{vacancyTitle}». Держите документы наготове.',
    sms: 'Jumush: вы в коротком списке по «{vacancyTitle}». Готовьте документы.',
  },
  [NotificationType.Declined]: {
    title: 'Заявка отклонена',
    body: 'Работодатель отклонил вашу заявку на вакансию «{vacancyTitle}». Причина: {reason}. Посмотрите другие вакансии.',
    sms: 'Jumush: заявка на «{vacancyTitle}» отклонена. Причина: {reason}',
  },
  [NotificationType.InBatch]: {
    title: 'Вы включены в набор',
    body: 'Работодатель включил вас в набор по вакансии «{vacancyTitle}» и отправил его трудовому атташе на одобрение.{queueTotal, plural, =0 {} other { Вы {queuePosition}-й из # ожидающих решения атташе{usualDays, plural, =0 {} one {; обычно атташе решает за # день} few {; обычно атташе решает за # дня} many {; обычно атташе решает за # дней} other {; обычно атташе решает за # дня}}.}}',
    sms: 'Jumush: вы в наборе по «{vacancyTitle}». Ждём одобрения атташе.',
  },
  [NotificationType.Approved]: {
    title: 'Набор одобрен',
    body: 'Трудовой атташе одобрил ваш набор по вакансии «{vacancyTitle}». Письмо-одобрение: {letterLink}',
    sms: 'Jumush: одобрено! «{vacancyTitle}». Письмо: {letterLink}',
  },
  [NotificationType.Refused]: {
    title: 'Атташе не одобрил',
    body: 'Трудовой атташе не одобрил вашу заявку на вакансию «{vacancyTitle}». Причина: {reason}.',
    sms: 'Jumush: атташе не одобрил «{vacancyTitle}». Причина: {reason}',
  },
  [NotificationType.Returned]: {
    title: 'Снова в коротком списке',
    body: 'Набор по вакансии «{vacancyTitle}» вернули работодателю. Ваша заявка снова в коротком списке, работодатель может отправить её заново.',
    sms: 'Jumush: набор по «{vacancyTitle}» возвращён, вы снова в коротком списке.',
  },
  [NotificationType.WithdrawalConfirmed]: {
    title: 'Заявка отозвана',
    body: 'Вы отозвали заявку на вакансию «{vacancyTitle}». Вы можете откликнуться на другие вакансии.',
    sms: 'Jumush: вы отозвали заявку на «{vacancyTitle}».',
  },
  [NotificationType.CandidateWithdrew]: {
    title: 'Кандидат отозвал заявку',
    body: 'Кандидат отозвал заявку на вакансию «{vacancyTitle}».',
    sms: 'Jumush: кандидат отозвал заявку на «{vacancyTitle}».',
  },
  [NotificationType.Closed]: {
    title: 'Заявка закрыта',
    body: 'Ваша заявка на вакансию «{vacancyTitle}» закрыта: {cause, select, vacancyClosed {набор на вакансию завершён} employerSuspended {работодателю временно запрещено нанимать} other {вакансия больше недоступна}}. Это не решение о вас — откликайтесь на другие вакансии.',
    sms: 'Jumush: заявка на «{vacancyTitle}» закрыта: {cause, select, vacancyClosed {набор завершён} employerSuspended {работодатель приостановлен} other {вакансия недоступна}}.',
  },
  [NotificationType.DeadlineReminder]: {
    title: 'Срок: {subject}',
    body: '{subject}: срок — {deadline, date, day}, {days, plural, =0 {сегодня} one {остался # день} few {осталось # дня} many {осталось # дней} other {осталось # дня}}.',
    sms: 'Jumush: {subject} — срок {deadline, date, day}, {days, plural, =0 {сегодня} one {# день} few {# дня} many {# дней} other {# дня}}.',
  },
  [NotificationType.DeadlineOverdue]: {
    title: 'Срок прошёл: {subject}',
    body: '{subject} ({country}): срок истёк {deadline, date, day}, дело не решено. Оно поднято в начало очереди ответственного.',
    sms: 'Jumush: просрочено — {subject} ({country}), срок был {deadline, date, day}.',
  },
  [NotificationType.DepartureReminder]: {
    title: 'Скоро отъезд',
    body: 'Ваш отъезд — {departureDate, date, day}, {days, plural, =0 {сегодня} one {через # день} few {через # дня} many {через # дней} other {через # дня}}. {openItems, plural, =0 {Все пункты чек-листа готовы.} one {В чек-листе не готов ещё # пункт: {openItemList}.} few {В чек-листе не готовы ещё # пункта: {openItemList}.} many {В чек-листе не готовы ещё # пунктов: {openItemList}.} other {В чек-листе не готово ещё # пункта: {openItemList}.}}',
    sms: 'Jumush: отъезд {departureDate, date, day}. {openItems, plural, =0 {Документы готовы.} one {Не готов # пункт чек-листа.} few {Не готовы # пункта чек-листа.} many {Не готовы # пунктов чек-листа.} other {Не готово # пункта.}}',
  },
  [NotificationType.VacancyChanged]: {
    title: 'Условия вакансии изменились',
    body: 'Работодатель изменил условия вакансии «{vacancyTitle}»: {changes}. Проверьте их до отъезда.',
    sms: 'Jumush: изменились условия «{vacancyTitle}»: {changes}',
  },
  [NotificationType.BatchSubmitted]: {
    title: 'Новый набор на одобрение',
    body: 'Работодатель отправил набор по вакансии «{vacancyTitle}» на одобрение (кандидатов: {size}). Рассмотрите его до срока.',
    sms: 'Jumush: новый набор «{vacancyTitle}», кандидатов: {size}. Ждёт вашего решения.',
  },
  [NotificationType.BatchDecided]: {
    title: 'Атташе рассмотрел набор',
    body: 'Трудовой атташе рассмотрел набор по вакансии «{vacancyTitle}»: одобрено — {approved}, не одобрено — {refused}. Подробности и причины — на странице набора.',
    sms: 'Jumush: набор «{vacancyTitle}» рассмотрен: одобрено {approved}, не одобрено {refused}.',
  },
  [NotificationType.BatchReturned]: {
    title: 'Набор возвращён',
    body: 'Трудовой атташе вернул набор по вакансии «{vacancyTitle}». Комментарий: {comment}. Исправьте набор и отправьте его снова.',
    sms: 'Jumush: атташе вернул набор «{vacancyTitle}». Комментарий: {comment}',
  },
  [NotificationType.CompanyVerified]: {
    title: 'Компания подтверждена',
    body: 'Трудовой атташе подтвердил компанию «{companyName}». Теперь вы можете отправлять вакансии на проверку.',
    sms: 'Jumush: компания «{companyName}» подтверждена. Можно публиковать вакансии.',
  },
  [NotificationType.CompanyRejected]: {
    title: 'Компания не подтверждена',
    body: 'Трудовой атташе не подтвердил компанию «{companyName}». Причина: {reason}.',
    sms: 'Jumush: компания «{companyName}» не подтверждена. Причина: {reason}',
  },
  [NotificationType.LetterRevoked]: {
    title: 'Письмо-одобрение отозвано',
    body: 'Трудовой атташе отозвал ваше письмо-одобрение по вакансии «{vacancyTitle}». Причина: {reason}. Не выезжайте по этому письму; если вопросы — обратитесь к атташе.',
    sms: 'Jumush: письмо-одобрение по «{vacancyTitle}» отозвано. Причина: {reason}',
  },
  [NotificationType.CompanySuspended]: {
    title: 'Работа компании приостановлена',
    body: 'Трудовой атташе приостановил компанию «{companyName}». Причина: {reason}. Пока приостановка действует, набирать работников нельзя; открытые заявки закрыты.',
    sms: 'Jumush: компания «{companyName}» приостановлена. Причина: {reason}',
  },
  [NotificationType.CompanyReinstated]: {
    title: 'Работа компании возобновлена',
    body: 'Трудовой атташе снял приостановку с компании «{companyName}». Вы снова можете набирать работников.',
    sms: 'Jumush: приостановка компании «{companyName}» снята.',
  },
  [NotificationType.VacancyPublished]: {
    title: 'Вакансия опубликована',
    body: 'Трудовой атташе одобрил вакансию «{vacancyTitle}»: она опубликована и видна кандидатам.',
    sms: 'Jumush: вакансия «{vacancyTitle}» опубликована.',
  },
  [NotificationType.VacancyRejected]: {
    title: 'Вакансия отклонена',
    body: 'Трудовой атташе отклонил вакансию «{vacancyTitle}». Причина: {reason}. Исправьте её и отправьте снова.',
    sms: 'Jumush: вакансия «{vacancyTitle}» отклонена. Причина: {reason}',
  },
  [NotificationType.VacancySentBack]: {
    title: 'Вакансия снова на проверке',
    body: 'Вы изменили существенные условия вакансии «{vacancyTitle}», поэтому она снова на проверке у трудового атташе и пока не видна кандидатам.',
    sms: 'Jumush: «{vacancyTitle}» снова на проверке у атташе после изменения условий.',
  },
  [NotificationType.PasswordResetCode]: {
    title: 'Код для сброса пароля',
    body: 'Ваш код для сброса пароля Jumush: {code}. Он действует {minutes} мин. Никому его не сообщайте. Если вы не запрашивали сброс, просто проигнорируйте это сообщение.',
    sms: 'Jumush: код для сброса пароля {code}. Действует {minutes} мин. Никому не сообщайте.',
  },
  [NotificationType.PhoneVerificationCode]: {
    title: 'Код подтверждения телефона',
    body: 'Ваш код Jumush для подтверждения этого номера: {code}. Он действует {minutes} мин. Никому его не сообщайте. Если вы не регистрировались в Jumush, просто проигнорируйте это сообщение.',
    sms: 'Jumush: код {code} подтверждает ваш телефон. Действует {minutes} мин. Никому не сообщайте.',
  },
  [NotificationType.PasswordResetLink]: {
    title: 'Сброс пароля Jumush',
    body: 'Чтобы задать новый пароль, откройте ссылку ниже в течение {minutes} мин. Если вы не запрашивали сброс, проигнорируйте это письмо: пароль останется прежним.',
    sms: 'Jumush: ссылка для сброса пароля отправлена на вашу почту.',
  },
  [NotificationType.PasswordChanged]: {
    title: 'Пароль изменён',
    body: 'Пароль вашей учётной записи Jumush изменён, все остальные входы завершены. Если это были не вы, сразу сбросьте пароль по ссылке ниже.',
    sms: 'Jumush: ваш пароль изменён. Если это были не вы, сразу сбросьте пароль.',
  },
  [NotificationType.RegistrationAttempted]: {
    title: 'Попытка регистрации с вашим {login, select, email {адресом} other {номером}}',
    body: '{attemptedOn, date, day} кто-то пытался создать учётную запись Jumush с вашим {login, select, email {адресом электронной почты} other {номером телефона}}. Если это были вы, просто войдите — или сбросьте пароль по ссылке ниже. Если нет, ничего делать не нужно: в вашей учётной записи ничего не изменилось.',
    sms: 'Jumush: {attemptedOn, date, day} ваш {login, select, email {адрес} other {номер}} пытались зарегистрировать. Это вы? Войдите или сбросьте пароль: {forgotPassword}',
  },
  [NotificationType.EmailVerification]: {
    title: 'Подтвердите адрес электронной почты',
    body: 'Чтобы работать в Jumush от имени работодателя, подтвердите этот адрес: откройте ссылку ниже. Она действует 24 часа и только один раз. Если вы не регистрировались в Jumush, просто удалите это письмо.',
    sms: 'Jumush: подтвердите адрес электронной почты по ссылке из письма.',
  },
  [NotificationType.CompanyInvitation]: {
    title: 'Приглашение в компанию «{companyName}»',
    body: '{inviterName} приглашает вас подбирать сотрудников для компании «{companyName}» в Jumush. Откройте ссылку ниже, войдите или зарегистрируйтесь с этим адресом и примите приглашение. Ссылка действует 7 дней. Если вы не ждали приглашения, просто удалите это письмо.',
    sms: 'Jumush: {inviterName} приглашает вас в компанию «{companyName}». Ссылка — в письме.',
  },
  [NotificationType.AccountSetup]: {
    title: 'Настройте учётную запись Jumush',
    body: 'Администратор создал для вас учётную запись трудового атташе в Jumush. Чтобы задать пароль, откройте ссылку ниже. Она действует 72 часа и только один раз. Если вы этого не ждали, просто удалите это письмо.',
    sms: 'Jumush: задайте пароль по ссылке из письма.',
  },
  [NotificationType.CompanyDisputeUpheld]: {
    title: 'Ваше обращение удовлетворено',
    body: 'Трудовой атташе удовлетворил ваше обращение по ИНН {inn}: компания теперь ваша, вы её владелец в Jumush. Каждая страна проверит её заново. Основание: {reason}.',
    sms: 'Jumush: обращение по ИНН {inn} удовлетворено, компания ваша.',
  },
  [NotificationType.CompanyDisputeRejected]: {
    title: 'Ваше обращение отклонено',
    body: 'Трудовой атташе отклонил ваше обращение по ИНН {inn}. Основание: {reason}.',
    sms: 'Jumush: обращение по ИНН {inn} отклонено. Основание: {reason}',
  },
  [NotificationType.CompanyOwnershipLost]: {
    title: 'Компания передана законному владельцу',
    body: 'Трудовой атташе установил, что компания «{companyName}» принадлежит другому заявителю; теперь он её владелец в Jumush, ваш доступ к ней прекращён. Основание: {reason}.',
    sms: 'Jumush: компания «{companyName}» передана другому владельцу по решению атташе.',
  },
  [NotificationType.CompanyDisputeDismissed]: {
    title: 'Притязание на вашу компанию отклонено',
    body: 'Кто-то заявил, что компания «{companyName}» принадлежит ему; трудовой атташе рассмотрел обращение и отклонил его. Для вас ничего не меняется. Основание: {reason}.',
    sms: 'Jumush: притязание на компанию «{companyName}» отклонено атташе.',
  },
  [NotificationType.CheckInDue]: {
    title: 'Как дела на работе? День {day}',
    body: 'Прошло {day, plural, one {# день} few {# дня} other {# дней}} после приезда на работу «{vacancyTitle}». Ответьте на пять вопросов — по одному касанию: зарплата, жильё, паспорт, платежи, безопасность. Ответы видит атташе вашей страны.',
    sms: 'Jumush: как дела на работе? 5 вопросов: {checkInShortLink}',
  },
  [NotificationType.GrievanceOpened]: {
    title: 'Новая жалоба работника',
    body: 'Работник на вакансии «{vacancyTitle}» сообщил о проблеме{fromCheckIn, select, true { в ответе на опрос после приезда} other {}}. Откройте обращение и ответьте.',
    sms: 'Jumush: новая жалоба работника («{vacancyTitle}»). Откройте обращение.',
  },
  [NotificationType.GrievanceUpdated]: {
    title: 'Ответ по вашему обращению',
    body: 'По вашему обращению есть новости: {status, select, IN_PROGRESS {атташе взял его в работу} REFERRED {обращение передано дальше} RESOLVED {есть решение} CLOSED {обращение закрыто} other {атташе ответил}}. Откройте обращение, чтобы прочитать.',
    sms: 'Jumush: ответ по вашему обращению: {grievanceLink}',
  },
  [NotificationType.FeeReported]: {
    title: 'Работник сообщил о плате за трудоустройство',
    body: 'Работник «{companyName}» сообщил, что с него потребовали или получили {amount} ₽ (посредник: «{intermediary}»). Набор оплачивает работодатель, а не работник: откройте карточку работодателя и проверьте.',
    sms: 'Jumush: жалоба на плату {amount} руб., «{companyName}». Откройте карточку работодателя.',
  },
  [NotificationType.RedFlagRaised]: {
    title: 'Работодатель на проверке: красный флаг',
    body: '«{companyName}» на проверке: {rule, select, passportHeld {работник сообщил, что у него забрали паспорт} fee {повторяются сообщения о плате} notAsPromised {работники сообщают, что условия не как обещано} other {сработало правило красного флага}} ({evidence, plural, one {# сообщение} few {# сообщения} many {# сообщений} other {# сообщения}}). Откройте доказательства; работодателя можно приостановить.',
    sms: 'Jumush: красный флаг, «{companyName}». Откройте доказательства.',
  },
  [NotificationType.GrievanceMessage]: {
    title: 'Новое сообщение в обращении',
    body: 'Работник на вакансии «{vacancyTitle}» написал в своём обращении. Откройте обращение и ответьте.',
    sms: 'Jumush: работник написал в обращении: {grievanceLink}',
  },
  [NotificationType.NoShowRecorded]: {
    title: 'Работодатель отметил неявку',
    body: 'Работодатель по вакансии «{vacancyTitle}» отметил, что вы не приехали или не приступили к работе. Причина: {reason}. Если это не так, обратитесь к атташе.',
    sms: 'Jumush: «{vacancyTitle}»: работодатель отметил неявку. Если это не так, напишите атташе.',
  },
  [NotificationType.CompanyRated]: {
    title: 'Работник оценил вашу компанию',
    body: 'Работник, который работал в «{companyName}», оценил компанию. Теперь у компании оценок: {count}. На каждую можно один раз ответить публично.',
    sms: 'Jumush: работник оценил «{companyName}». Прочитайте и ответьте на странице компании.',
  },
  [NotificationType.WebhookDisabled]: {
    title: 'Webhook-адрес отключён',
    body: 'Jumush не смог доставить события на {endpointHost}: {failures} попыток подряд закончились ошибкой, поэтому адрес отключён. Исправьте приёмник, снова включите адрес в настройках webhook и повторите пропущенные события.',
    sms: 'Jumush: webhook {endpointHost} отключён после {failures} неудачных попыток. См. настройки webhook.',
  },
};
