import { Role, canActForCountry, canActOnOwnedResource, type Actor } from './role';

const actor = (role: Role, id = 'a', originCountry: string | null = null): Actor => ({ id, role, originCountry });

describe('ownership and country scope', () => {
  it('lets an owner act on what they own and nobody else but an admin', () => {
    expect(canActOnOwnedResource(actor(Role.Migrant, 'm1'), 'm1')).toBe(true);
    expect(canActOnOwnedResource(actor(Role.Migrant, 'm1'), 'm2')).toBe(false);
    expect(canActOnOwnedResource(actor(Role.Employer, 'e1'), 'm1')).toBe(false);
    expect(canActOnOwnedResource(actor(Role.Attache, 'x1', 'KG'), 'm1')).toBe(false);
    expect(canActOnOwnedResource(actor(Role.Admin, 'root'), 'm1')).toBe(true);
  });

  it('scopes attaché staff to their own origin country', () => {
    expect(canActForCountry(actor(Role.Attache, 'x', 'KG'), 'KG')).toBe(true);
    expect(canActForCountry(actor(Role.Attache, 'x', 'KG'), 'UZ')).toBe(false);
    expect(canActForCountry(actor(Role.Attache, 'x', null), 'KG')).toBe(false);
    expect(canActForCountry(actor(Role.Migrant, 'x', 'KG'), 'KG')).toBe(false);
    expect(canActForCountry(actor(Role.Admin), 'TJ')).toBe(true);
  });
});
