import { Injectable } from '@nestjs/common';
import { conflict, invalid } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import { RegionsRepository } from '@tracker/regions';
import { EntityManager } from 'typeorm';
import { InstitutionsRepository } from '../institutions.repository';
import type { CreateInstitutionDto } from './institution.dto';
import type { InstitutionView } from './plan.views';

@Injectable()
export class InstitutionsService {
  constructor(
    private readonly db: EntityManager,
    private readonly institutions: InstitutionsRepository,
    private readonly regions: RegionsRepository,
  ) {}

  async create(input: CreateInstitutionDto, actor: Actor): Promise<InstitutionView> {
    return recordChanges(this.db, actor, async (changes) => {
      if (!(await this.regions.within(changes.manager).exists(input.regionCode))) throw invalid('regionCode', `no region ${input.regionCode} is known`, `没有行政区划 ${input.regionCode}`);
      const view = await this.institutions.within(changes.manager).insert(input.name.trim(), input.regionCode, input.category ?? 'other');
      if (!view) throw conflict(`An institution named ${input.name} exists in ${input.regionCode}.`, `${input.regionCode} 已有名为“${input.name}”的机构。`);
      await changes.audit('create', 'institution', view.id, null, view);
      await changes.emit('institution.created', { aggregateId: view.id }, { institution: view });
      return view;
    });
  }
}
