import { Module } from '@nestjs/common';
import { ImportsController } from './http/imports.controller';

/** Imports of plan documents and spreadsheets (the importer itself is plain functions: the CLI uses it too). */
@Module({ controllers: [ImportsController] })
export class ImportsApiModule {}
