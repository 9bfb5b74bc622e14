/** Кыргызча. */
import { NotificationType } from '@jumush/contracts/client';
import type { TemplateCatalogue } from './catalogue';

export const KY: TemplateCatalogue = {
  [NotificationType.ApplicationReceived]: {
    title: 'Арызыңыз кабыл алынды',
    body: '«{vacancyTitle}» вакансиясына арызыңыз кабыл алынды. Иш берүүчү аны карап чыгат, чечимин сизге билдиребиз.{queueTotal, plural, =0 {} other { Иш берүүчүнүн жообун күткөн # адамдын ичинен {queuePosition}-орундасыз{usualDays, plural, =0 {} other {; адатта # күндө жооп беришет}}.}}',
    sms: 'Jumush: «{vacancyTitle}» боюнча арызыңыз кабыл алынды. Чечимди билдиребиз.',
  },
  [NotificationType.NewApplicant]: {
    title: 'Жаңы арыз',
    body: '«{vacancyTitle}» вакансиясына жаңы арыз келди. Талапкерди арыздар тизмесинен караңыз.',
    sms: 'Jumush: «{vacancyTitle}» вакансиясына жаңы арыз келди.',
  },
  [NotificationType.Shortlisted]: {
    title: 'Сиз кыска тизмедесиз',
    body: 'Иш берүүчү сизди «{vacancyTitle}» вакансиясы боюнча кыска тизмеге киргизди. Документтериңизди даяр кармаңыз.',
    sms: 'Jumush: «{vacancyTitle}» боюнча кыска тизмедесиз. Документтерди даярдаңыз.',
  },
  [NotificationType.Declined]: {
    title: 'Арыз четке кагылды',
    body: 'Иш берүүчү «{vacancyTitle}» вакансиясына арызыңызды четке какты. Себеби: {reason}. Башка вакансияларды карап көрүңүз.',
    sms: 'Jumush: «{vacancyTitle}» боюнча арыз четке кагылды. Себеби: {reason}',
  },
  [NotificationType.InBatch]: {
    title: 'Сиз топко кошулдуңуз',
    body: 'Иш берүүчү сизди «{vacancyTitle}» вакансиясы боюнча жумушчулар тобуна кошуп, эмгек атташесине бекитүүгө жөнөттү.{queueTotal, plural, =0 {} other { Атташенин чечимин күткөн # адамдын ичинен {queuePosition}-орундасыз{usualDays, plural, =0 {} other {; адатта атташе # күндө чечет}}.}}',
    sms: 'Jumush: «{vacancyTitle}» боюнча топко кошулдуңуз. Атташенин жообун күтүңүз.',
  },
  [NotificationType.Approved]: {
    title: 'Топ бекитилди',
    body: 'Эмгек атташеси «{vacancyTitle}» вакансиясы боюнча тобуңузду бекитти. Жактыруу каты: {letterLink}',
    sms: 'Jumush: бекитилди! «{vacancyTitle}». Кат: {letterLink}',
  },
  [NotificationType.Refused]: {
    title: 'Атташе бекиткен жок',
    body: 'Эмгек атташеси «{vacancyTitle}» вакансиясы боюнча арызыңызды бекиткен жок. Себеби: {reason}.',
    sms: 'Jumush: атташе «{vacancyTitle}» боюнча бекиткен жок. Себеби: {reason}',
  },
  [NotificationType.Returned]: {
    title: 'Арыз кайра кыска тизмеде',
    body: '«{vacancyTitle}» вакансиясы боюнча топ иш берүүчүгө кайтарылды. Арызыңыз кайра кыска тизмеде, иш берүүчү аны кайра жөнөтө алат.',
    sms: 'Jumush: «{vacancyTitle}» боюнча топ кайтарылды, сиз кайра кыска тизмедесиз.',
  },
  [NotificationType.WithdrawalConfirmed]: {
    title: 'Арыз кайтарылып алынды',
    body: 'Сиз «{vacancyTitle}» вакансиясына арызыңызды кайтарып алдыңыз. Башка вакансияларга арыз бере аласыз.',
    sms: 'Jumush: «{vacancyTitle}» боюнча арызыңызды кайтарып алдыңыз.',
  },
  [NotificationType.CandidateWithdrew]: {
    title: 'Талапкер арызын кайтарып алды',
    body: 'Талапкер «{vacancyTitle}» вакансиясына арызын кайтарып алды.',
    sms: 'Jumush: талапкер «{vacancyTitle}» боюнча арызын кайтарып алды.',
  },
  [NotificationType.Closed]: {
    title: 'Арыз жабылды',
    body: '«{vacancyTitle}» вакансиясы боюнча арызыңыз жабылды: {cause, select, vacancyClosed {вакансияга кабыл алуу аяктады} employerSuspended {иш берүүчүгө жумушка алуу убактылуу токтотулду} other {вакансия мындан ары жеткиликсиз}}. Бул сиз тууралуу чечим эмес — башка вакансияларга арыз бериңиз.',
    sms: 'Jumush: «{vacancyTitle}» боюнча арыз жабылды: {cause, select, vacancyClosed {кабыл алуу аяктады} employerSuspended {иш берүүчү токтотулду} other {вакансия жок}}.',
  },
  [NotificationType.DeadlineReminder]: {
    title: 'Мөөнөт: {subject}',
    body: '{subject}: мөөнөтү — {deadline, date, day}, {days, plural, =0 {бүгүн} other {# күн калды}}.',
    sms: 'Jumush: {subject} — мөөнөтү {deadline, date, day}, {days, plural, =0 {бүгүн} other {# күн калды}}.',
  },
  [NotificationType.DeadlineOverdue]: {
    title: 'Мөөнөтү өттү: {subject}',
    body: '{subject} ({country}): мөөнөтү {deadline, date, day} бүттү, иш али чечиле элек. Ал жооптуу адамдын кезегинин башына көтөрүлдү.',
    sms: 'Jumush: мөөнөтү өттү — {subject} ({country}), мөөнөтү {deadline, date, day} болчу.',
  },
  [NotificationType.DepartureReminder]: {
    title: 'Жакында жөнөйсүз',
    body: 'Жөнөө күнүңүз — {departureDate, date, day}, {days, plural, =0 {бүгүн} other {# күндөн кийин}}. {openItems, plural, =0 {Даярдык тизмесиндеги бардык пункттар аткарылды.} other {Даярдык тизмесинде дагы # пункт аткарыла элек: {openItemList}.}}',
    sms: 'Jumush: жөнөө {departureDate, date, day}. {openItems, plural, =0 {Документтер даяр.} other {Дагы # пункт даяр эмес.}}',
  },
  [NotificationType.VacancyChanged]: {
    title: 'Вакансиянын шарттары өзгөрдү',
    body: 'Иш берүүчү «{vacancyTitle}» вакансиясынын шарттарын өзгөрттү: {changes}. Жөнөөрдөн мурун текшериңиз.',
    sms: 'Jumush: «{vacancyTitle}» шарттары өзгөрдү: {changes}',
  },
  [NotificationType.BatchSubmitted]: {
    title: 'Бекитүүгө жаңы топ',
    body: 'Иш берүүчү «{vacancyTitle}» вакансиясы боюнча топту бекитүүгө жөнөттү (талапкерлер: {size}). Мөөнөтүнө чейин карап чыгыңыз.',
    sms: 'Jumush: жаңы топ «{vacancyTitle}», талапкерлер: {size}. Чечимиңизди күтөт.',
  },
  [NotificationType.BatchDecided]: {
    title: 'Атташе топту карап чыкты',
    body: 'Эмгек атташеси «{vacancyTitle}» вакансиясы боюнча топту карап чыкты: бекитилди — {approved}, бекитилген жок — {refused}. Толук маалымат жана себептер топтун барагында.',
    sms: 'Jumush: «{vacancyTitle}» тобу каралды: бекитилди {approved}, бекитилген жок {refused}.',
  },
  [NotificationType.BatchReturned]: {
    title: 'Топ кайтарылды',
    body: 'Эмгек атташеси «{vacancyTitle}» вакансиясы боюнча топту кайтарды. Комментарий: {comment}. Топту оңдоп, кайра жөнөтүңүз.',
    sms: 'Jumush: атташе «{vacancyTitle}» тобун кайтарды. Комментарий: {comment}',
  },
  [NotificationType.CompanyVerified]: {
    title: 'Компания тастыкталды',
    body: 'Эмгек атташеси «{companyName}» компаниясын тастыктады. Эми вакансияларды текшерүүгө жөнөтө аласыз.',
    sms: 'Jumush: «{companyName}» компаниясы тастыкталды. Вакансияларды жарыялай аласыз.',
  },
  [NotificationType.CompanyRejected]: {
    title: 'Компания тастыкталган жок',
    body: 'Эмгек атташеси «{companyName}» компаниясын тастыктаган жок. Себеби: {reason}.',
    sms: 'Jumush: «{companyName}» тастыкталган жок. Себеби: {reason}',
  },
  [NotificationType.LetterRevoked]: {
    title: 'Жактыруу каты жокко чыгарылды',
    body: 'Эмгек атташеси «{vacancyTitle}» вакансиясы боюнча жактыруу катыңызды жокко чыгарды. Себеби: {reason}. Бул кат менен жолго чыкпаңыз; суроолор болсо, атташеге кайрылыңыз.',
    sms: 'Jumush: «{vacancyTitle}» боюнча жактыруу каты жокко чыгарылды. Себеби: {reason}',
  },
  [NotificationType.CompanySuspended]: {
    title: 'Компаниянын иши токтотулду',
    body: 'Эмгек атташеси «{companyName}» компаниясын убактылуу токтотту. Себеби: {reason}. Токтотуу күчүндө турганда жумушчу ала албайсыз; ачык арыздар жабылды.',
    sms: 'Jumush: «{companyName}» токтотулду. Себеби: {reason}',
  },
  [NotificationType.CompanyReinstated]: {
    title: 'Компаниянын иши калыбына келди',
    body: 'Эмгек атташеси «{companyName}» компаниясын токтотууну алып салды. Кайра жумушчу ала аласыз.',
    sms: 'Jumush: «{companyName}» компаниясын токтотуу алынды.',
  },
  [NotificationType.VacancyPublished]: {
    title: 'Вакансия жарыяланды',
    body: 'Эмгек атташеси «{vacancyTitle}» вакансиясын бекитти: ал жарыяланды жана талапкерлерге көрүнөт.',
    sms: 'Jumush: «{vacancyTitle}» вакансиясы жарыяланды.',
  },
  [NotificationType.VacancyRejected]: {
    title: 'Вакансия четке кагылды',
    body: 'Эмгек атташеси «{vacancyTitle}» вакансиясын четке какты. Себеби: {reason}. Оңдоп, кайра жөнөтүңүз.',
    sms: 'Jumush: «{vacancyTitle}» вакансиясы четке кагылды. Себеби: {reason}',
  },
  [NotificationType.VacancySentBack]: {
    title: 'Вакансия кайра текшерүүдө',
    body: 'Сиз «{vacancyTitle}» вакансиясынын маанилүү шарттарын өзгөрттүңүз, ошондуктан ал кайра эмгек атташесинин текшерүүсүндө жана азырынча талапкерлерге көрүнбөйт.',
    sms: 'Jumush: шарттар өзгөргөндөн кийин «{vacancyTitle}» кайра атташенин текшерүүсүндө.',
  },
  [NotificationType.PasswordResetCode]: {
    title: 'Сырсөздү калыбына келтирүү коду',
    body: 'Jumush сырсөзүн калыбына келтирүү кодуңуз: {code}. Ал {minutes} мүнөт жарактуу. Аны эч кимге айтпаңыз. Эгер сиз сураган эмес болсоңуз, бул билдирүүнү этибарга албаңыз.',
    sms: 'Jumush: сырсөздү калыбына келтирүү коду {code}. {minutes} мүн. жарактуу. Эч кимге айтпаңыз.',
  },
  [NotificationType.PhoneVerificationCode]: {
    title: 'Телефонду ырастоо коду',
    body: 'Бул номерди ырастоо үчүн Jumush кодуңуз: {code}. Ал {minutes} мүнөт жарактуу. Аны эч кимге айтпаңыз. Эгер сиз Jumush сайтына катталбаган болсоңуз, бул билдирүүнү этибарга албаңыз.',
    sms: 'Jumush: {code} коду телефонуңузду ырастайт. {minutes} мүн. жарактуу. Эч кимге айтпаңыз.',
  },
  [NotificationType.PasswordResetLink]: {
    title: 'Jumush сырсөзүн калыбына келтирүү',
    body: 'Жаңы сырсөз коюу үчүн төмөнкү шилтемени {minutes} мүнөттүн ичинде ачыңыз. Эгер сиз сураган эмес болсоңуз, бул катты этибарга албаңыз: сырсөзүңүз өзгөрбөйт.',
    sms: 'Jumush: сырсөздү калыбына келтирүү шилтемеси электрондук почтаңызга жөнөтүлдү.',
  },
  [NotificationType.PasswordChanged]: {
    title: 'Сырсөз өзгөртүлдү',
    body: 'Jumush эсебиңиздин сырсөзү өзгөртүлдү, башка бардык кирүүлөр аяктады. Эгер бул сиз болбосоңуз, төмөнкү шилтеме аркылуу сырсөздү дароо калыбына келтириңиз.',
    sms: 'Jumush: сырсөзүңүз өзгөртүлдү. Бул сиз болбосоңуз, аны дароо калыбына келтириңиз.',
  },
  [NotificationType.RegistrationAttempted]: {
    title: 'Сиздин {login, select, email {дарегиңиз} other {номериңиз}} менен катталуу аракети',
    body: '{attemptedOn, date, day} кимдир бирөө сиздин {login, select, email {электрондук дарегиңиз} other {телефон номериңиз}} менен Jumush эсебин түзүүгө аракет кылды. Эгер бул сиз болсоңуз, жөн гана кириңиз — же төмөнкү шилтеме аркылуу сырсөздү калыбына келтириңиз. Эгер сиз болбосоңуз, эч нерсе кылуунун кереги жок: эсебиңизде эч нерсе өзгөргөн жок.',
    sms: 'Jumush: {attemptedOn, date, day} {login, select, email {дарегиңизди} other {номериңизди}} каттоого аракет кылышты. Сизби? Кириңиз же сырсөздү жаңылаңыз: {forgotPassword}',
  },
  [NotificationType.EmailVerification]: {
    title: 'Электрондук почтаңызды ырастаңыз',
    body: 'Jumush’та иш берүүчүнүн атынан иштөө үчүн бул даректи ырастаңыз: төмөнкү шилтемени ачыңыз. Ал 24 саат жана бир гана жолу иштейт. Эгер Jumush’ка катталбасаңыз, бул катты өчүрүп салыңыз.',
    sms: 'Jumush: электрондук почтаңызды каттагы шилтеме аркылуу ырастаңыз.',
  },
  [NotificationType.CompanyInvitation]: {
    title: '«{companyName}» компаниясына чакыруу',
    body: '{inviterName} сизди Jumush’та «{companyName}» компаниясы үчүн кызматкер тандоого чакырат. Төмөнкү шилтемени ачып, ушул дарек менен кириңиз же катталыңыз жана чакырууну кабыл алыңыз. Шилтеме 7 күн иштейт. Эгер чакыруу күтпөсөңүз, бул катты өчүрүп салыңыз.',
    sms: 'Jumush: {inviterName} сизди «{companyName}» компаниясына чакырат. Шилтеме катта.',
  },
  [NotificationType.AccountSetup]: {
    title: 'Jumush эсебиңизди жөндөңүз',
    body: 'Администратор сиз үчүн Jumush’та эмгек атташесинин эсебин түздү. Сырсөз коюу үчүн төмөнкү шилтемени ачыңыз. Ал 72 саат жана бир гана жолу иштейт. Эгер муну күтпөсөңүз, бул катты өчүрүп салыңыз.',
    sms: 'Jumush: сырсөзүңүздү каттагы шилтеме аркылуу коюңуз.',
  },
  [NotificationType.CompanyDisputeUpheld]: {
    title: 'Арызыңыз канааттандырылды',
    body: "Эмгек атташеси ИНН {inn} боюнча арызыңызды канааттандырды: компания эми сиздики, Jumush'та сиз анын ээсисиз. Ар бир өлкө аны кайра текшерет. Негиз: {reason}.",
    sms: 'Jumush: ИНН {inn} боюнча арыз канааттандырылды, компания сиздики.',
  },
  [NotificationType.CompanyDisputeRejected]: {
    title: 'Арызыңыз четке кагылды',
    body: 'Эмгек атташеси ИНН {inn} боюнча арызыңызды четке какты. Негиз: {reason}.',
    sms: 'Jumush: ИНН {inn} боюнча арыз четке кагылды. Негиз: {reason}',
  },
  [NotificationType.CompanyOwnershipLost]: {
    title: 'Компания мыйзамдуу ээсине өттү',
    body: "Эмгек атташеси «{companyName}» компаниясы башка арыз ээсине таандык экенин аныктады; эми ал Jumush'та анын ээси, сиздин кирүү укугуңуз токтотулду. Негиз: {reason}.",
    sms: 'Jumush: «{companyName}» атташенин чечими менен башка ээге өттү.',
  },
  [NotificationType.CompanyDisputeDismissed]: {
    title: 'Компанияңызга доомат четке кагылды',
    body: 'Бирөө «{companyName}» компаниясы өзүнүкү деп арыз берди; эмгек атташеси аны карап, четке какты. Сиз үчүн эч нерсе өзгөрбөйт. Негиз: {reason}.',
    sms: 'Jumush: «{companyName}» компаниясына доомат атташе тарабынан четке кагылды.',
  },
  [NotificationType.CheckInDue]: {
    title: 'Жумушуңуз кандай? {day}-күн',
    body: '«{vacancyTitle}» жумушуна келгениңизге {day, plural, other {# күн}} болду. Беш суроого жооп бериңиз, ар бирине бир басуу: эмгек акы, турак жай, паспорт, төлөм, коопсуздук. Жоопторду өлкөңүздүн атташеси көрөт.',
    sms: 'Jumush: жумушуңуз кандай? 5 суроо: {checkInShortLink}',
  },
  [NotificationType.GrievanceOpened]: {
    title: 'Жумушчудан жаңы арыз',
    body: '«{vacancyTitle}» вакансиясындагы жумушчу көйгөй тууралуу билдирди{fromCheckIn, select, true { (келгенден кийинки сурамжылоодо)} other {}}. Арызды ачып, жооп бериңиз.',
    sms: 'Jumush: жумушчудан жаңы арыз («{vacancyTitle}»). Арызды ачыңыз.',
  },
  [NotificationType.GrievanceUpdated]: {
    title: 'Арызыңыз боюнча жооп',
    body: 'Арызыңыз боюнча жаңылык бар: {status, select, IN_PROGRESS {атташе аны иштеп жатат} REFERRED {арыз башка мекемеге өткөрүлдү} RESOLVED {чечим бар} CLOSED {арыз жабылды} other {атташе жооп берди}}. Окуу үчүн арызды ачыңыз.',
    sms: 'Jumush: арызыңыз боюнча жооп: {grievanceLink}',
  },
  [NotificationType.FeeReported]: {
    title: 'Жумушчу ишке орноштуруу үчүн акы талап кылынганын билдирди',
    body: '«{companyName}» ишканасынын жумушчусу «{intermediary}» ортомчуга {amount} ₽ талап кылынганын же төлөнгөнүн билдирди. Жумушка алууну жумушчу эмес, иш берүүчү төлөйт: иш берүүчүнүн баракчасын ачып, текшериңиз.',
    sms: 'Jumush: «{companyName}» боюнча {amount} рубл акы тууралуу билдирүү. Иш берүүчүнү ачыңыз.',
  },
  [NotificationType.RedFlagRaised]: {
    title: 'Иш берүүчү текшерүүдө: кызыл белги',
    body: '«{companyName}» текшерүүдө: {rule, select, passportHeld {жумушчу паспорту кармалып турганын билдирди} fee {акы тууралуу билдирүүлөр кайталанды} notAsPromised {жумушчулар шарттар убада кылынгандай эмес экенин билдиришүүдө} other {кызыл белги эрежеси иштеди}} ({evidence, plural, other {# билдирүү}}). Далилдерди ачыңыз; иш берүүчүнү токтотууга болот.',
    sms: 'Jumush: «{companyName}» боюнча кызыл белги. Далилдерди ачыңыз.',
  },
  [NotificationType.GrievanceMessage]: {
    title: 'Арызда жаңы билдирүү',
    body: '«{vacancyTitle}» вакансиясындагы жумушчу өз арызына жазды. Арызды ачып, жооп бериңиз.',
    sms: 'Jumush: жумушчу арызга жазды: {grievanceLink}',
  },
  [NotificationType.NoShowRecorded]: {
    title: 'Иш берүүчү келбегениңизди белгиледи',
    body: '«{vacancyTitle}» вакансиясынын иш берүүчүсү сиз келген жоксуз же жумушка киришкен жоксуз деп белгиледи. Себеби: {reason}. Эгер бул туура эмес болсо, атташеге кайрылыңыз.',
    sms: 'Jumush: «{vacancyTitle}»: иш берүүчү келбегениңизди белгиледи. Туура эмес болсо, атташеге жазыңыз.',
  },
  [NotificationType.CompanyRated]: {
    title: 'Жумушчу компанияңызга баа берди',
    body: '«{companyName}» компаниясында иштеген жумушчу ага баа берди. Эми компанияңыздын баалары: {count}. Ар бирине бир жолу ачык жооп бере аласыз.',
    sms: 'Jumush: жумушчу «{companyName}» компаниясына баа берди. Компания барагында окуп, жооп бериңиз.',
  },
  [NotificationType.WebhookDisabled]: {
    title: 'Webhook дареги өчүрүлдү',
    body: 'Jumush окуяларды {endpointHost} дарегине жеткире алган жок: катары менен {failures} аракет ийгиликсиз болду, ошондуктан дарек өчүрүлдү. Кабыл алуучуну оңдоп, webhook жөндөөлөрүндө даректи кайра күйгүзүңүз жана өткөрүлүп жиберилгендерди кайра жөнөтүңүз.',
    sms: 'Jumush: webhook {endpointHost} {failures} ийгиликсиз аракеттен кийин өчүрүлдү. Webhook жөндөөлөрүн караңыз.',
  },
};
