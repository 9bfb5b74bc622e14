/**
 * Demonstration entries of the help directory: made up (numbers in the unassigned +7 000 range, example.org sites),
 * each named "Демо" and flagged `demo`, so nobody mistakes them for a real service. Real ones are the attachés' to add.
 */
import type { HelpContactFields } from '../help-contacts/help-contacts.repository';

const WEEKDAYS = { mon: '09:00–18:00', tue: '09:00–18:00', wed: '09:00–18:00', thu: '09:00–18:00', fri: '09:00–18:00' };
const ALWAYS = { mon: '24/7', tue: '24/7', wed: '24/7', thu: '24/7', fri: '24/7', sat: '24/7', sun: '24/7' };

export const DEMO_HELP_CONTACTS: readonly HelpContactFields[] = [
  {
    name: 'Демо: горячая линия для трудовых мигрантов',
    kind: 'HOTLINE',
    regions: [],
    languages: ['ru', 'ky', 'uz', 'tg'],
    phone: '+7 000 000-00-01',
    address: null,
    website: 'https://example.org/demo-hotline',
    hours: ALWAYS,
    originCountries: [],
  },
  {
    name: 'Демо: консульский представитель Кыргызстана в Москве',
    kind: 'CONSULATE',
    regions: ['50', '77'],
    languages: ['ky', 'ru'],
    phone: '+7 000 000-00-02',
    address: 'Москва, демонстрационный адрес, 1',
    website: null,
    hours: WEEKDAYS,
    originCountries: ['KG'],
  },
  {
    name: 'Демо: НКО «Помощь мигрантам», Москва',
    kind: 'NGO',
    regions: ['77'],
    languages: ['ru', 'tg', 'uz'],
    phone: '+7 000 000-00-03',
    address: 'Москва, демонстрационный адрес, 2',
    website: 'https://example.org/demo-ngo-moscow',
    hours: { ...WEEKDAYS, sat: '10:00–14:00' },
    originCountries: [],
  },
  {
    name: 'Демо: консульский представитель Узбекистана в Санкт-Петербурге',
    kind: 'CONSULATE',
    regions: ['78'],
    languages: ['uz', 'ru'],
    phone: '+7 000 000-00-04',
    address: 'Санкт-Петербург, демонстрационный адрес, 3',
    website: null,
    hours: WEEKDAYS,
    originCountries: ['UZ'],
  },
  {
    name: 'Демо: НКО поддержки приезжих работников, Казань',
    kind: 'NGO',
    regions: ['16'],
    languages: ['ru', 'ky', 'tg'],
    phone: '+7 000 000-00-05',
    address: 'Казань, демонстрационный адрес, 4',
    website: null,
    hours: WEEKDAYS,
    originCountries: [],
  },
];
