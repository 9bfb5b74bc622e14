/** Data source for the TypeORM CLI (generating and running migrations by hand). */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required to run the TypeORM CLI');

export default new DataSource(dataSourceOptions(url, { applicationName: 'jumush-cli' }));
