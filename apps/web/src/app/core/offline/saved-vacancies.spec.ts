import { TestBed } from '@angular/core/testing';
import { aPublicVacancy } from '../../testing/fixtures';
import { SAVED_VACANCIES_KEY, SavedVacancies, readSavedVacancies } from './saved-vacancies';

describe('SavedVacancies', () => {
  beforeEach(() => localStorage.clear());

  it('keeps starred vacancies on the phone, newest first, and survives a reload', () => {
    const saved = TestBed.inject(SavedVacancies);
    saved.save(aPublicVacancy({ id: 'v1', title: 'Сварщик' }));
    saved.save(aPublicVacancy({ id: 'v2', title: 'Повар' }));
    expect(saved.list().map((item) => item.title)).toEqual(['Повар', 'Сварщик']);
    expect(saved.isSaved('v1')).toBe(true);
    expect(readSavedVacancies(localStorage).map((item) => item.id)).toEqual(['v2', 'v1']);
    saved.toggle(aPublicVacancy({ id: 'v1' }));
    expect(saved.isSaved('v1')).toBe(false);
    expect(readSavedVacancies(localStorage).map((item) => item.id)).toEqual(['v2']);
  });

  it('reads a damaged list as empty instead of failing', () => {
    localStorage.setItem(SAVED_VACANCIES_KEY, '{not json');
    expect(readSavedVacancies(localStorage)).toEqual([]);
    localStorage.setItem(SAVED_VACANCIES_KEY, '[{"id":1},{"id":"v3","title":"Маляр"}]');
    expect(readSavedVacancies(localStorage).map((item) => item.id)).toEqual(['v3']);
  });
});
