import { Module } from '@nestjs/common';
import { ProjectsController } from './http/projects.controller';
import { ProjectsService } from './http/projects.service';

@Module({ controllers: [ProjectsController], providers: [ProjectsService], exports: [ProjectsService] })
export class ProjectsModule {}
