/** The demo logins printed by `npm start` and listed in the README. */
import { Locale, Role } from '@jumush/domain';

export const DEMO_PASSWORD = 'jumush-demo-2026';

export const DEMO_ACCOUNTS = [
  {
    role: Role.Migrant,
    phone: '+996555000001',
    email: null,
    fullName: 'Айбек Токтогулов',
    originCountry: 'KG',
    locale: Locale.Kyrgyz,
  },
  {
    role: Role.Employer,
    phone: null,
    email: 'employer@demo.jumush.kg',
    fullName: 'Ольга Смирнова',
    originCountry: null,
    locale: Locale.Russian,
  },
  {
    role: Role.Attache,
    phone: null,
    email: 'attache@demo.jumush.kg',
    fullName: 'Нурлан Асанов',
    originCountry: 'KG',
    locale: Locale.Russian,
  },
  {
    role: Role.Attache,
    phone: null,
    email: 'attache.spb@demo.jumush.kg',
    fullName: 'Айгуль Садыкова',
    originCountry: 'KG',
    locale: Locale.Russian,
    /** A regional representative: St Petersburg and Leningrad oblast only (codes of RUSSIAN_REGIONS). */
    coveredRegions: ['47', '78'],
  },
  {
    role: Role.Migrant,
    phone: '+998901000001',
    email: null,
    fullName: 'Dilshod Karimov',
    originCountry: 'UZ',
    locale: Locale.Uzbek,
  },
  {
    role: Role.Migrant,
    phone: '+992901000001',
    email: null,
    fullName: 'Фаридун Раҳимов',
    originCountry: 'TJ',
    locale: Locale.Tajik,
  },
  {
    role: Role.Attache,
    phone: null,
    email: 'attache.uz@demo.jumush.kg',
    fullName: 'Nodira Yusupova',
    originCountry: 'UZ',
    locale: Locale.Uzbek,
  },
  {
    role: Role.Attache,
    phone: null,
    email: 'attache.tj@demo.jumush.kg',
    fullName: 'Манучеҳр Саидов',
    originCountry: 'TJ',
    locale: Locale.Tajik,
  },
  {
    role: Role.Admin,
    phone: null,
    email: 'admin@demo.jumush.kg',
    fullName: 'Jumush Admin',
    originCountry: null,
    locale: Locale.English,
  },
] as const;

/**
 * The demo staff's authenticator-app secrets (base32), seeded with two-factor on: attachés and admins must use it.
 * Demo data, listed in the README: add one to an authenticator app, or let the e2e support compute its codes.
 */
export const DEMO_TOTP_SECRETS: Readonly<Record<string, string>> = {
  'attache@demo.jumush.kg': 'JUMUSHATTACHEKG2',
  'attache.spb@demo.jumush.kg': 'JUMUSHATTACHESPB',
  'attache.uz@demo.jumush.kg': 'JUMUSHATTACHEUZ2',
  'attache.tj@demo.jumush.kg': 'JUMUSHATTACHETJ2',
  'admin@demo.jumush.kg': 'JUMUSHADMIN23456',
};
