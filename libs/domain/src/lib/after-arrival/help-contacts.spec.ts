import { Role } from '../accounts/role';
import { ApplicationStatus } from '../applications/application-lifecycle';
import {
  DEPARTED_APPLICATION_STATUSES,
  hasDeparted,
  helpContactServes,
  helpContactVisibleTo,
  helpContactsFor,
  helpRegionOf,
  mayEditHelpContact,
} from './help-contacts';

const entry = (name: string, regions: string[], languages: string[], originCountries: string[] = []) => ({
  name,
  regions,
  languages,
  originCountries,
});

describe('help nearby', () => {
  it('lets the admin edit everything and an attaché only entries serving their country alone', () => {
    const kg = { role: Role.Attache, originCountry: 'KG' };
    expect(mayEditHelpContact({ role: Role.Admin, originCountry: null }, [])).toBe(true);
    expect(mayEditHelpContact({ role: Role.Admin, originCountry: null }, ['UZ'])).toBe(true);
    expect(mayEditHelpContact(kg, ['KG'])).toBe(true);
    expect(mayEditHelpContact(kg, ['UZ'])).toBe(false);
    expect(mayEditHelpContact(kg, ['KG', 'UZ'])).toBe(false);
    expect(mayEditHelpContact(kg, [])).toBe(false);
    expect(mayEditHelpContact({ role: Role.Attache, originCountry: null }, ['KG'])).toBe(false);
    expect(mayEditHelpContact({ role: Role.Migrant, originCountry: 'KG' }, ['KG'])).toBe(false);
    expect(mayEditHelpContact({ role: Role.Employer, originCountry: null }, ['KG'])).toBe(false);
  });

  it('shows staff the entries for every country, an attaché also their own country’s, the admin all', () => {
    const kg = { role: Role.Attache, originCountry: 'KG' };
    expect(helpContactVisibleTo(kg, [])).toBe(true);
    expect(helpContactVisibleTo(kg, ['KG', 'UZ'])).toBe(true);
    expect(helpContactVisibleTo(kg, ['UZ'])).toBe(false);
    expect(helpContactVisibleTo({ role: Role.Admin, originCountry: null }, ['UZ'])).toBe(true);
    expect(helpContactVisibleTo({ role: Role.Migrant, originCountry: 'KG' }, [])).toBe(false);
    expect(helpContactVisibleTo({ role: Role.Employer, originCountry: null }, [])).toBe(false);
  });

  it('serves a region when it lists it or none, and a country when it lists it or none', () => {
    expect(helpContactServes(entry('a', [], []), '77', 'KG')).toBe(true);
    expect(helpContactServes(entry('a', ['77'], []), '77', 'KG')).toBe(true);
    expect(helpContactServes(entry('a', ['78'], []), '77', 'KG')).toBe(false);
    expect(helpContactServes(entry('a', [], [], ['KG']), '77', 'KG')).toBe(true);
    expect(helpContactServes(entry('a', [], [], ['UZ']), '77', 'KG')).toBe(false);
    expect(helpContactServes(entry('a', [], [], ['KG']), '77', null)).toBe(false);
  });

  it('lists the migrant’s language first, then the region’s own before the nationwide, then by name', () => {
    const contacts = [
      entry('Nationwide ru', [], ['ru']),
      entry('Moscow ru', ['77'], ['ru']),
      entry('Nationwide ky', [], ['ky', 'ru']),
      entry('Moscow ky B', ['77'], ['ky']),
      entry('Moscow ky A', ['77'], ['ky']),
      entry('Petersburg ky', ['78'], ['ky']),
      entry('Uzbeks only', ['77'], ['ky'], ['UZ']),
    ];
    expect(helpContactsFor(contacts, '77', 'KG', 'ky').map((c) => c.name)).toEqual([
      'Moscow ky A',
      'Moscow ky B',
      'Nationwide ky',
      'Moscow ru',
      'Nationwide ru',
    ]);
  });

  it('shows help once the migrant has departed, for the newest departed job', () => {
    expect(DEPARTED_APPLICATION_STATUSES).toEqual(['DEPARTED', 'ARRIVED', 'WORKING']);
    for (const status of Object.values(ApplicationStatus)) expect(hasDeparted(status)).toBe(['DEPARTED', 'ARRIVED', 'WORKING'].includes(status));
    expect(helpRegionOf([])).toBeNull();
    expect(
      helpRegionOf([
        { status: ApplicationStatus.Submitted, regionCode: '50' },
        { status: ApplicationStatus.Arrived, regionCode: '16' },
        { status: ApplicationStatus.Departed, regionCode: '77' },
      ]),
    ).toBe('16');
    expect(helpRegionOf([{ status: ApplicationStatus.NoShow, regionCode: '16' }])).toBeNull();
  });
});
