import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { BatchItemsQuery } from './batch.dto';
import { MAX_PAGE, PageQueryDto } from './pagination.dto';

function problems<T extends object>(type: new () => T, query: Record<string, string>): Record<string, string[]> {
  const errors = validateSync(plainToInstance(type, query), { whitelist: true, forbidNonWhitelisted: true });
  return Object.fromEntries(errors.map((error) => [error.property, Object.keys(error.constraints ?? {})]));
}

describe.each<[string, new () => object]>([
  ['PageQueryDto', PageQueryDto],
  ['BatchItemsQuery', BatchItemsQuery],
])('%s: page offsets are capped', (_name, type) => {
  it.each([
    ['1', {}],
    [String(MAX_PAGE), {}],
    [String(MAX_PAGE + 1), { page: ['max'] }],
    ['99999999999', { page: ['max'] }],
    ['0', { page: ['min'] }],
  ])('page=%s → %j', (page, expected) => expect(problems(type, { page })).toEqual(expected));
});
