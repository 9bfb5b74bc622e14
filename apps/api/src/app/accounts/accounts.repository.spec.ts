import { accountSearchPatterns } from './accounts.repository';

describe('accountSearchPatterns', () => {
  it.each([
    ['attache@demo', '%attache@demo%', null],
    [' Karimova ', '%karimova%', null],
    ['+996 555 000 001', '%+996 555 000 001%', '%996555000001%'],
    ['0555 000 001', '%0555 000 001%', '%555000001%'],
    ['a2', '%a2%', null],
    ['50%_off\\', '%50\\%\\_off\\\\%', null],
  ])('reads %j as text %j and phone digits %j', (q, text, digits) => {
    expect(accountSearchPatterns(q)).toEqual({ text, digits });
  });
});
