import {
  checkInOwnerOfChatStatement,
  consumeLinkTokenStatement,
  linkAccountStatement,
  linkChatStatement,
  linkStatusStatement,
  saveLinkTokenStatement,
  unlinkAccountStatement,
  unlinkChatStatement,
} from './telegram-links.repository';

const placeholders = (text: string) => [...new Set(text.match(/\$\d+/g))].sort();

describe('telegram link statements', () => {
  it('bind exactly the parameters they use', () => {
    const expiresAt = new Date('2026-03-06T10:15:00.000Z');
    const cases = [
      linkStatusStatement('account-1'),
      saveLinkTokenStatement('account-1', 'hash', expiresAt),
      consumeLinkTokenStatement('hash', expiresAt),
      unlinkAccountStatement('account-1'),
      unlinkChatStatement('555'),
      linkChatStatement('account-1', '555', ['IN_APP', 'TELEGRAM']),
      linkAccountStatement('account-1'),
      checkInOwnerOfChatStatement('check-in-1', '555'),
    ];
    for (const { text, values } of cases) expect(placeholders(text)).toEqual(values.map((_, index) => `$${index + 1}`));
  });

  it("judges a token's expiry by the moment given, not the database's clock", () => {
    const now = new Date('2026-03-06T10:00:00.000Z');
    const statement = consumeLinkTokenStatement('hash', now);
    expect(statement.text).toContain('expires_at > $2 AS valid');
    expect(statement.text).not.toContain('now()');
    expect(statement.values).toEqual(['hash', now]);
  });

  it('switch the Telegram channel off when a chat is let go of, and keep one token per account', () => {
    expect(unlinkAccountStatement('account-1').text).toContain("array_remove(p.channels, 'TELEGRAM')");
    expect(unlinkChatStatement('555').text).toContain("array_remove(p.channels, 'TELEGRAM')");
    expect(saveLinkTokenStatement('account-1', 'hash', new Date()).text).toContain('ON CONFLICT (account_id) DO UPDATE');
    expect(linkChatStatement('account-1', '555', ['TELEGRAM']).values).toEqual(['account-1', ['TELEGRAM'], '555']);
  });
});
