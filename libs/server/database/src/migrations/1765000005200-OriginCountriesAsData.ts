import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A country is data. `origin_countries` gains what the code held per country until now: the calling code (phone
 * numbers are read by the ISO code through libphonenumber-js; the code is shown beside the field), the passport
 * number pattern, the office that signs approval letters (in Russian, as letters printed it, and in the country's
 * language; its address, unknown so far, and the signatory's title), the default language and the legal regime (the
 * rule sets stay in libs/domain: a country picks one). Regions and districts move from
 * libs/domain geography/origin-regions.ts into `origin_regions`/`origin_districts`, names in the five languages,
 * with the same codes and order.
 */
export class OriginCountriesAsData1765000005200 implements MigrationInterface {
  name = 'OriginCountriesAsData1765000005200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "origin_countries" ADD "calling_code" character varying(3), ADD "passport_pattern" character varying(200), ADD "office_name_ru" character varying(200), ADD "office_name_local" character varying(200), ADD "office_address" character varying(300), ADD "office_signatory_title" character varying(200), ADD "default_locale" character varying(2), ADD "legal_regime" character varying(8)`,
    );
    await queryRunner.query(
      `UPDATE "origin_countries" AS c SET "calling_code" = v."calling_code", "passport_pattern" = v."passport_pattern", "office_name_ru" = v."office_name_ru",
              "office_name_local" = v."office_name_local", "office_signatory_title" = v."office_signatory_title", "default_locale" = v."default_locale", "legal_regime" = v."legal_regime"
         FROM (VALUES
           ('KG', '996', '^[A-Z]{2}[0-9]{7}$', 'Атташе по трудовой миграции Кыргызской Республики в Российской Федерации',
            'Кыргыз Республикасынын Россия Федерациясындагы эмгек миграциясы боюнча атташеси', 'Атташе по трудовой миграции', 'ky', 'EAEU'),
           ('UZ', '998', '^[A-Z0-9]{6,12}$', 'Представительство Агентства внешней трудовой миграции Республики Узбекистан в Российской Федерации',
            'Oʻzbekiston Respublikasi Tashqi mehnat migratsiyasi agentligining Rossiya Federatsiyasidagi vakolatxonasi', 'Руководитель представительства', 'uz', 'PATENT'),
           ('TJ', '992', '^[A-Z0-9]{6,12}$', 'Представительство Министерства труда, миграции и занятости населения Республики Таджикистан в Российской Федерации',
            'Намояндагии Вазорати меҳнат, муҳоҷират ва шуғли аҳолии Ҷумҳурии Тоҷикистон дар Федератсияи Россия', 'Руководитель представительства', 'tg', 'PATENT')
         ) AS v("code", "calling_code", "passport_pattern", "office_name_ru", "office_name_local", "office_signatory_title", "default_locale", "legal_regime")
        WHERE c."code" = v."code"`,
    );
    // A country seeded by hand elsewhere (none is known) gets the strictest regime and a generic passport shape.
    await queryRunner.query(
      `UPDATE "origin_countries" SET "calling_code" = '1', "passport_pattern" = '^[A-Z0-9]{6,12}$', "office_name_ru" = 'Атташе по трудовой миграции (' || "code" || ')',
              "office_name_local" = 'Labour attaché (' || "code" || ')', "office_signatory_title" = 'Атташе по трудовой миграции', "default_locale" = 'ru', "legal_regime" = 'PATENT'
        WHERE "legal_regime" IS NULL`,
    );
    for (const column of [
      'calling_code',
      'passport_pattern',
      'office_name_ru',
      'office_name_local',
      'office_signatory_title',
      'default_locale',
      'legal_regime',
    ]) {
      await queryRunner.query(`ALTER TABLE "origin_countries" ALTER COLUMN "${column}" SET NOT NULL`);
    }
    await queryRunner.query(
      `ALTER TABLE "origin_countries" ADD CONSTRAINT "origin_countries_legal_regime" CHECK ("legal_regime" IN ('EAEU', 'PATENT'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "origin_countries" ADD CONSTRAINT "origin_countries_calling_code" CHECK ("calling_code" ~ '^[1-9][0-9]{0,2}$')`,
    );

    await queryRunner.query(
      `CREATE TABLE "origin_regions" ("code" character varying(12) NOT NULL, "country" character(2) NOT NULL, "kind" character varying(24) NOT NULL, "names" jsonb NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_4acac02a952b3b240c0e160eef0" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "origin_regions_country_idx" ON "origin_regions" ("country", "position") `);
    await queryRunner.query(
      `ALTER TABLE "origin_regions" ADD CONSTRAINT "FK_3c95a11083b96cd72b0b9c53413" FOREIGN KEY ("country") REFERENCES "origin_countries"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "origin_districts" ("code" character varying(40) NOT NULL, "region_code" character varying(12) NOT NULL, "names" jsonb NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_63ab2a739d4506abf53ccbbf709" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "origin_districts_region_idx" ON "origin_districts" ("region_code", "position") `);
    await queryRunner.query(
      `ALTER TABLE "origin_districts" ADD CONSTRAINT "FK_5f9ff2e1535e0f8893c9cb26e01" FOREIGN KEY ("region_code") REFERENCES "origin_regions"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The rows of libs/domain geography/origin-regions.ts as of this migration, in its order.
    await queryRunner.query(
      `INSERT INTO "origin_regions" ("code", "country", "kind", "names", "position")
       SELECT v."code", v."country", v."kind", v."names"::jsonb, v."position" FROM (VALUES
         ('KG-B', 'KG', 'oblast', '{"ky":"Баткен облусу","ru":"Баткенская область","uz":"Botken viloyati","tg":"Вилояти Боткен","en":"Batken Region"}', 0),
         ('KG-C', 'KG', 'oblast', '{"ky":"Чүй облусу","ru":"Чуйская область","uz":"Chuy viloyati","tg":"Вилояти Чуй","en":"Chüy Region"}', 1),
         ('KG-J', 'KG', 'oblast', '{"ky":"Жалал-Абад облусу","ru":"Джалал-Абадская область","uz":"Jalolobod viloyati","tg":"Вилояти Ҷалолобод","en":"Jalal-Abad Region"}', 2),
         ('KG-N', 'KG', 'oblast', '{"ky":"Нарын облусу","ru":"Нарынская область","uz":"Norin viloyati","tg":"Вилояти Норин","en":"Naryn Region"}', 3),
         ('KG-O', 'KG', 'oblast', '{"ky":"Ош облусу","ru":"Ошская область","uz":"Oʻsh viloyati","tg":"Вилояти Ӯш","en":"Osh Region"}', 4),
         ('KG-T', 'KG', 'oblast', '{"ky":"Талас облусу","ru":"Таласская область","uz":"Talas viloyati","tg":"Вилояти Талас","en":"Talas Region"}', 5),
         ('KG-Y', 'KG', 'oblast', '{"ky":"Ысык-Көл облусу","ru":"Иссык-Кульская область","uz":"Issiqkoʻl viloyati","tg":"Вилояти Иссиқкӯл","en":"Issyk-Kul Region"}', 6),
         ('KG-GB', 'KG', 'city', '{"ky":"Бишкек шаары","ru":"город Бишкек","uz":"Bishkek shahri","tg":"Шаҳри Бишкек","en":"Bishkek"}', 7),
         ('KG-GO', 'KG', 'city', '{"ky":"Ош шаары","ru":"город Ош","uz":"Oʻsh shahri","tg":"Шаҳри Ӯш","en":"Osh"}', 8),
         ('UZ-QR', 'UZ', 'republic', '{"ky":"Каракалпакстан Республикасы","ru":"Республика Каракалпакстан","uz":"Qoraqalpogʻiston Respublikasi","tg":"Ҷумҳурии Қароқалпоқистон","en":"Republic of Karakalpakstan"}', 0),
         ('UZ-AN', 'UZ', 'oblast', '{"ky":"Анжиян облусу","ru":"Андижанская область","uz":"Andijon viloyati","tg":"Вилояти Андиҷон","en":"Andijan Region"}', 1),
         ('UZ-BU', 'UZ', 'oblast', '{"ky":"Бухара облусу","ru":"Бухарская область","uz":"Buxoro viloyati","tg":"Вилояти Бухоро","en":"Bukhara Region"}', 2),
         ('UZ-FA', 'UZ', 'oblast', '{"ky":"Фергана облусу","ru":"Ферганская область","uz":"Fargʻona viloyati","tg":"Вилояти Фарғона","en":"Fergana Region"}', 3),
         ('UZ-JI', 'UZ', 'oblast', '{"ky":"Жиззак облусу","ru":"Джизакская область","uz":"Jizzax viloyati","tg":"Вилояти Ҷиззах","en":"Jizzakh Region"}', 4),
         ('UZ-XO', 'UZ', 'oblast', '{"ky":"Хорезм облусу","ru":"Хорезмская область","uz":"Xorazm viloyati","tg":"Вилояти Хоразм","en":"Khorezm Region"}', 5),
         ('UZ-NG', 'UZ', 'oblast', '{"ky":"Наманган облусу","ru":"Наманганская область","uz":"Namangan viloyati","tg":"Вилояти Наманган","en":"Namangan Region"}', 6),
         ('UZ-NW', 'UZ', 'oblast', '{"ky":"Навои облусу","ru":"Навоийская область","uz":"Navoiy viloyati","tg":"Вилояти Навоӣ","en":"Navoiy Region"}', 7),
         ('UZ-QA', 'UZ', 'oblast', '{"ky":"Кашкадарыя облусу","ru":"Кашкадарьинская область","uz":"Qashqadaryo viloyati","tg":"Вилояти Қашқадарё","en":"Kashkadarya Region"}', 8),
         ('UZ-SA', 'UZ', 'oblast', '{"ky":"Самарканд облусу","ru":"Самаркандская область","uz":"Samarqand viloyati","tg":"Вилояти Самарқанд","en":"Samarkand Region"}', 9),
         ('UZ-SI', 'UZ', 'oblast', '{"ky":"Сырдарыя облусу","ru":"Сырдарьинская область","uz":"Sirdaryo viloyati","tg":"Вилояти Сирдарё","en":"Sirdaryo Region"}', 10),
         ('UZ-SU', 'UZ', 'oblast', '{"ky":"Сурхандарыя облусу","ru":"Сурхандарьинская область","uz":"Surxondaryo viloyati","tg":"Вилояти Сурхондарё","en":"Surkhandarya Region"}', 11),
         ('UZ-TO', 'UZ', 'oblast', '{"ky":"Ташкент облусу","ru":"Ташкентская область","uz":"Toshkent viloyati","tg":"Вилояти Тошканд","en":"Tashkent Region"}', 12),
         ('UZ-TK', 'UZ', 'city', '{"ky":"Ташкент шаары","ru":"город Ташкент","uz":"Toshkent shahri","tg":"Шаҳри Тошканд","en":"Tashkent"}', 13),
         ('TJ-SU', 'TJ', 'oblast', '{"ky":"Согди облусу","ru":"Согдийская область","uz":"Sugʻd viloyati","tg":"Вилояти Суғд","en":"Sughd Region"}', 0),
         ('TJ-KT', 'TJ', 'oblast', '{"ky":"Хатлон облусу","ru":"Хатлонская область","uz":"Xatlon viloyati","tg":"Вилояти Хатлон","en":"Khatlon Region"}', 1),
         ('TJ-GB', 'TJ', 'autonomousOblast', '{"ky":"Тоолуу Бадахшан автономиялуу облусу","ru":"Горно-Бадахшанская автономная область","uz":"Togʻli Badaxshon muxtor viloyati","tg":"Вилояти Мухтори Кӯҳистони Бадахшон","en":"Gorno-Badakhshan Autonomous Region"}', 2),
         ('TJ-RA', 'TJ', 'republicanDistricts', '{"ky":"Республикалык баш ийүүдөгү райондор","ru":"Районы республиканского подчинения","uz":"Respublikaga boʻysunuvchi tumanlar","tg":"Ноҳияҳои тобеи ҷумҳурӣ","en":"Districts of Republican Subordination"}', 3),
         ('TJ-DU', 'TJ', 'city', '{"ky":"Душанбе шаары","ru":"город Душанбе","uz":"Dushanbe shahri","tg":"Шаҳри Душанбе","en":"Dushanbe"}', 4)
       ) AS v("code", "country", "kind", "names", "position")
       JOIN "origin_countries" c ON c."code" = v."country"`,
    );
    await queryRunner.query(
      `INSERT INTO "origin_districts" ("code", "region_code", "names", "position")
       SELECT v."code", v."region_code", v."names"::jsonb, v."position" FROM (VALUES
         ('KG-B-BATKEN', 'KG-B', '{"ky":"Баткен району","ru":"Баткенский район","uz":"Botken tumani","tg":"Ноҳияи Боткен","en":"Batken District"}', 0),
         ('KG-B-KADAMJAY', 'KG-B', '{"ky":"Кадамжай району","ru":"Кадамжайский район","uz":"Qadamjoy tumani","tg":"Ноҳияи Қадамҷой","en":"Kadamjay District"}', 1),
         ('KG-B-LEYLEK', 'KG-B', '{"ky":"Лейлек району","ru":"Лейлекский район","uz":"Leylak tumani","tg":"Ноҳияи Лейлак","en":"Leylek District"}', 2),
         ('KG-C-ALAMUDUN', 'KG-C', '{"ky":"Аламүдүн району","ru":"Аламудунский район","uz":"Olamudun tumani","tg":"Ноҳияи Аламудун","en":"Alamüdün District"}', 0),
         ('KG-C-JAYYL', 'KG-C', '{"ky":"Жайыл району","ru":"Жайылский район","uz":"Jayil tumani","tg":"Ноҳияи Ҷайил","en":"Jayyl District"}', 1),
         ('KG-C-KEMIN', 'KG-C', '{"ky":"Кемин району","ru":"Кеминский район","uz":"Kemin tumani","tg":"Ноҳияи Кемин","en":"Kemin District"}', 2),
         ('KG-C-MOSKVA', 'KG-C', '{"ky":"Москва району","ru":"Московский район","uz":"Moskva tumani","tg":"Ноҳияи Москва","en":"Moskva District"}', 3),
         ('KG-C-PANFILOV', 'KG-C', '{"ky":"Панфилов району","ru":"Панфиловский район","uz":"Panfilov tumani","tg":"Ноҳияи Панфилов","en":"Panfilov District"}', 4),
         ('KG-C-SOKULUK', 'KG-C', '{"ky":"Сокулук району","ru":"Сокулукский район","uz":"Soʻquluq tumani","tg":"Ноҳияи Сокулук","en":"Sokuluk District"}', 5),
         ('KG-C-CHUY', 'KG-C', '{"ky":"Чүй району","ru":"Чуйский район","uz":"Chuy tumani","tg":"Ноҳияи Чуй","en":"Chüy District"}', 6),
         ('KG-C-YSYK-ATA', 'KG-C', '{"ky":"Ысык-Ата району","ru":"Ысык-Атинский район","uz":"Issiq-Ota tumani","tg":"Ноҳияи Иссиқ-Ота","en":"Ysyk-Ata District"}', 7),
         ('KG-J-AKSY', 'KG-J', '{"ky":"Аксы району","ru":"Аксыйский район","uz":"Aqsi tumani","tg":"Ноҳияи Оқсӣ","en":"Aksy District"}', 0),
         ('KG-J-ALA-BUKA', 'KG-J', '{"ky":"Ала-Бука району","ru":"Ала-Букинский район","uz":"Olabuqa tumani","tg":"Ноҳияи Олабуқа","en":"Ala-Buka District"}', 1),
         ('KG-J-BAZAR-KORGON', 'KG-J', '{"ky":"Базар-Коргон району","ru":"Базар-Коргонский район","uz":"Bozorqoʻrgʻon tumani","tg":"Ноҳияи Бозорқӯрғон","en":"Bazar-Korgon District"}', 2),
         ('KG-J-NOOKEN', 'KG-J', '{"ky":"Ноокен району","ru":"Ноокенский район","uz":"Nooken tumani","tg":"Ноҳияи Нукен","en":"Nooken District"}', 3),
         ('KG-J-SUZAK', 'KG-J', '{"ky":"Сузак району","ru":"Сузакский район","uz":"Suzoq tumani","tg":"Ноҳияи Сузоқ","en":"Suzak District"}', 4),
         ('KG-J-TOGUZ-TORO', 'KG-J', '{"ky":"Тогуз-Торо району","ru":"Тогуз-Тороуский район","uz":"Toʻgʻiz-Toro tumani","tg":"Ноҳияи Тӯғуз-Торо","en":"Toguz-Toro District"}', 5),
         ('KG-J-TOKTOGUL', 'KG-J', '{"ky":"Токтогул району","ru":"Токтогульский район","uz":"Toʻqtogʻul tumani","tg":"Ноҳияи Тоқтоғул","en":"Toktogul District"}', 6),
         ('KG-J-CHATKAL', 'KG-J', '{"ky":"Чаткал району","ru":"Чаткальский район","uz":"Chotqol tumani","tg":"Ноҳияи Чотқол","en":"Chatkal District"}', 7),
         ('KG-N-AK-TALAA', 'KG-N', '{"ky":"Ак-Талаа району","ru":"Ак-Талинский район","uz":"Oq-Tala tumani","tg":"Ноҳияи Оқ-Тала","en":"Ak-Talaa District"}', 0),
         ('KG-N-AT-BASHY', 'KG-N', '{"ky":"Ат-Башы району","ru":"Ат-Башинский район","uz":"Otboshi tumani","tg":"Ноҳияи Отбошӣ","en":"At-Bashy District"}', 1),
         ('KG-N-JUMGAL', 'KG-N', '{"ky":"Жумгал району","ru":"Джумгальский район","uz":"Jumgʻol tumani","tg":"Ноҳияи Ҷумғол","en":"Jumgal District"}', 2),
         ('KG-N-KOCHKOR', 'KG-N', '{"ky":"Кочкор району","ru":"Кочкорский район","uz":"Qochqor tumani","tg":"Ноҳияи Қочқор","en":"Kochkor District"}', 3),
         ('KG-N-NARYN', 'KG-N', '{"ky":"Нарын району","ru":"Нарынский район","uz":"Norin tumani","tg":"Ноҳияи Норин","en":"Naryn District"}', 4),
         ('KG-O-ALAY', 'KG-O', '{"ky":"Алай району","ru":"Алайский район","uz":"Oloy tumani","tg":"Ноҳияи Олой","en":"Alay District"}', 0),
         ('KG-O-ARAVAN', 'KG-O', '{"ky":"Араван району","ru":"Араванский район","uz":"Aravon tumani","tg":"Ноҳияи Аравон","en":"Aravan District"}', 1),
         ('KG-O-KARA-KULJA', 'KG-O', '{"ky":"Кара-Кулжа району","ru":"Кара-Кульджинский район","uz":"Qoraqoʻlja tumani","tg":"Ноҳияи Қароқӯлҷа","en":"Kara-Kulja District"}', 2),
         ('KG-O-KARA-SUU', 'KG-O', '{"ky":"Кара-Суу району","ru":"Кара-Сууский район","uz":"Qorasuv tumani","tg":"Ноҳияи Қарасу","en":"Kara-Suu District"}', 3),
         ('KG-O-NOOKAT', 'KG-O', '{"ky":"Ноокат району","ru":"Ноокатский район","uz":"Noʻkat tumani","tg":"Ноҳияи Нукат","en":"Nookat District"}', 4),
         ('KG-O-OZGON', 'KG-O', '{"ky":"Өзгөн району","ru":"Узгенский район","uz":"Oʻzgan tumani","tg":"Ноҳияи Ӯзган","en":"Özgön District"}', 5),
         ('KG-O-CHONG-ALAY', 'KG-O', '{"ky":"Чоң-Алай району","ru":"Чон-Алайский район","uz":"Choʻng-Oloy tumani","tg":"Ноҳияи Чонг-Олой","en":"Chong-Alay District"}', 6),
         ('KG-T-BAKAY-ATA', 'KG-T', '{"ky":"Бакай-Ата району","ru":"Бакай-Атинский район","uz":"Baqay-Ota tumani","tg":"Ноҳияи Бақай-Ота","en":"Bakay-Ata District"}', 0),
         ('KG-T-KARA-BUURA', 'KG-T', '{"ky":"Айтматов району","ru":"Айтматовский район","uz":"Aytmatov tumani","tg":"Ноҳияи Айтматов","en":"Aitmatov District"}', 1),
         ('KG-T-MANAS', 'KG-T', '{"ky":"Манас району","ru":"Манасский район","uz":"Manas tumani","tg":"Ноҳияи Манас","en":"Manas District"}', 2),
         ('KG-T-TALAS', 'KG-T', '{"ky":"Талас району","ru":"Таласский район","uz":"Talas tumani","tg":"Ноҳияи Талас","en":"Talas District"}', 3),
         ('KG-Y-AK-SUU', 'KG-Y', '{"ky":"Ак-Суу району","ru":"Ак-Суйский район","uz":"Oqsuv tumani","tg":"Ноҳияи Оқсу","en":"Ak-Suu District"}', 0),
         ('KG-Y-JETI-OGUZ', 'KG-Y', '{"ky":"Жети-Өгүз району","ru":"Джети-Огузский район","uz":"Jeti-Oʻgʻuz tumani","tg":"Ноҳияи Ҷети-Ӯғуз","en":"Jeti-Ögüz District"}', 1),
         ('KG-Y-YSYK-KOL', 'KG-Y', '{"ky":"Ысык-Көл району","ru":"Иссык-Кульский район","uz":"Issiqkoʻl tumani","tg":"Ноҳияи Иссиқкӯл","en":"Issyk-Kul District"}', 2),
         ('KG-Y-TON', 'KG-Y', '{"ky":"Тоң району","ru":"Тонский район","uz":"Ton tumani","tg":"Ноҳияи Тон","en":"Ton District"}', 3),
         ('KG-Y-TUP', 'KG-Y', '{"ky":"Түп району","ru":"Тюпский район","uz":"Tup tumani","tg":"Ноҳияи Тюп","en":"Tüp District"}', 4)
       ) AS v("code", "region_code", "names", "position")
       JOIN "origin_regions" r ON r."code" = v."region_code"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "origin_districts"`);
    await queryRunner.query(`DROP TABLE "origin_regions"`);
    await queryRunner.query(`ALTER TABLE "origin_countries" DROP CONSTRAINT "origin_countries_calling_code"`);
    await queryRunner.query(`ALTER TABLE "origin_countries" DROP CONSTRAINT "origin_countries_legal_regime"`);
    await queryRunner.query(
      `ALTER TABLE "origin_countries" DROP COLUMN "legal_regime", DROP COLUMN "default_locale", DROP COLUMN "office_signatory_title", DROP COLUMN "office_address", DROP COLUMN "office_name_local", DROP COLUMN "office_name_ru", DROP COLUMN "passport_pattern", DROP COLUMN "calling_code"`,
    );
  }
}
