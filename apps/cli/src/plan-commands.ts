import { SYSTEM_ACTOR } from '@tracker/audit';
import { CreatePlanDto, PlansRepository, PlanWritesService } from '@tracker/plans';
import { RegionsRepository } from '@tracker/regions';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { stringFlag, UsageError, type ParsedArgs } from './args';

/**
 * `plans:create --region 510604 --title 标题 --start-year 2022 --end-year 2022 [--code C] [--document-number N]
 * [--issued-on YYYY-MM-DD]`: the same checks as POST /plans. Prints the plan's code and id.
 */
export async function createPlanCommand(dataSource: DataSource, args: ParsedArgs): Promise<string> {
  const year = (name: string) => {
    const value = stringFlag(args, name, true)!;
    if (!/^\d{4}$/.test(value)) throw new UsageError(`--${name} must be a year such as 2022`);
    return Number(value);
  };
  const input = plainToInstance(CreatePlanDto, {
    regionCode: stringFlag(args, 'region', true),
    title: stringFlag(args, 'title', true),
    startYear: year('start-year'),
    endYear: year('end-year'),
    code: stringFlag(args, 'code'),
    documentNumber: stringFlag(args, 'document-number'),
    issuedOn: stringFlag(args, 'issued-on'),
  });
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    throw new UsageError(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '));
  }
  const db = dataSource.manager;
  const plan = await new PlanWritesService(db, new PlansRepository(db), new RegionsRepository(db)).create(input, { ...SYSTEM_ACTOR, name: 'cli' });
  process.stderr.write(`created plan ${plan.code} “${plan.title}” of ${plan.regionName} (${plan.periodStart}–${plan.periodEnd})\n`);
  return `${plan.code} ${plan.id}`;
}
