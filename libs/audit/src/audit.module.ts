import { Module } from '@nestjs/common';
import { AuditController } from './http/audit.controller';
import { AuditService } from './http/audit.service';

/**
 * The audit log's read API. Not exported from the library's index: auth imports that index to record changes,
 * and this module imports auth for its guards' decorators, which would make the two libraries a cycle.
 */
@Module({ controllers: [AuditController], providers: [AuditService] })
export class AuditModule {}
