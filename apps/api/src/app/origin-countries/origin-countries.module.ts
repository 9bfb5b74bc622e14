import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OriginCountryEntity } from '@jumush/server/database';
import { OriginCountriesController } from './origin-countries.controller';

@Module({
  imports: [TypeOrmModule.forFeature([OriginCountryEntity])],
  controllers: [OriginCountriesController],
})
export class OriginCountriesModule {}
