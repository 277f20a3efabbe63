import { Module } from '@nestjs/common';
import { repositoryProviders } from '@tracker/platform';
import { AuditRepository } from './audit.repository';
import { AuditController } from './http/audit.controller';
import { AuditService } from './http/audit.service';

@Module({ providers: repositoryProviders(AuditRepository), exports: [AuditRepository] })
export class AuditModule {}

/** The audit log's read API. */
@Module({ imports: [AuditModule], controllers: [AuditController], providers: [AuditService] })
export class AuditApiModule {}
