import { Injectable } from '@nestjs/common';
import { ProblemException } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import { DataSource } from 'typeorm';
import type { CreateInstitutionDto } from './institution.dto';
import type { InstitutionView } from './plan.views';
import { toInstitutionView } from './plans.service';

@Injectable()
export class InstitutionsService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: CreateInstitutionDto, actor: Actor): Promise<InstitutionView> {
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      const [region] = await changes.manager.query(`SELECT code FROM regions WHERE code = $1`, [input.regionCode]);
      if (!region) {
        throw new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [
          { field: 'regionCode', message: `no region ${input.regionCode} is known` },
        ]);
      }
      const [row] = await changes.manager.query(
        `INSERT INTO institutions (name, region_code, category) VALUES ($1, $2, $3)
         ON CONFLICT (region_code, name) DO NOTHING RETURNING *`,
        [input.name.trim(), input.regionCode, input.category ?? 'other'],
      );
      if (!row) throw new ProblemException(409, 'Conflict', `An institution named ${input.name} exists in ${input.regionCode}.`);
      const view = toInstitutionView(row);
      await changes.audit('create', 'institution', view.id, null, view);
      return view;
    });
  }
}
