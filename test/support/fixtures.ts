import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createApiKey } from '../../libs/api-keys/src';
import type { Role } from '../../libs/auth/src';

/**
 * A small plan of its own for each test file: a region, a plan with a 专栏 program (declared 合计), two
 * institutions and three projects with figures from 罗江's 专栏2. Codes are unique per call, so test files never
 * see each other's rows.
 */
export async function createPortfolioFixture(dataSource: DataSource) {
  const tag = randomBytes(3).toString('hex');
  // A fake division code in a range no real region uses, unique per fixture.
  const regionCode = `99${String(parseInt(tag, 16) % 10000).padStart(4, '0')}`;
  await dataSource.query(`INSERT INTO regions (code, name, level) VALUES ($1, $2, 'district') ON CONFLICT DO NOTHING`, [
    regionCode,
    `测试区${tag}`,
  ]);
  const [plan] = await dataSource.query(
    `INSERT INTO plans (code, title, region_code, period_start, period_end, source_file, source_line)
     VALUES ($1, $2, $3, 2021, 2025, 'fixture.txt', 1) RETURNING *`,
    [`${regionCode}-${tag}`, `测试区“十四五”卫生健康规划 ${tag}`, regionCode],
  );
  const [program] = await dataSource.query(
    `INSERT INTO programs (plan_id, number, title, kind, declared_land_mu, declared_investment_wan)
     VALUES ($1, 2, '县级医疗机构强水平建设项目', 'projects', 20, 32224) RETURNING *`,
    [plan.id],
  );
  const [hospital] = await dataSource.query(
    `INSERT INTO institutions (name, region_code, category) VALUES ($1, $2, 'general_hospital') RETURNING *`,
    [`测试区人民医院${tag}`, regionCode],
  );
  const [clinic] = await dataSource.query(
    `INSERT INTO institutions (name, region_code, category) VALUES ($1, $2, 'tcm_hospital') RETURNING *`,
    [`测试区中医医院${tag}`, regionCode],
  );
  const projects = [];
  for (const [i, [name, content, land, investment, institutionId]] of (
    [
      ['传染病区建设项目', '新建县级传染病区急诊部、门诊部、医技部、病房及配套设施', '20', '12000', hospital.id],
      ['门诊综合楼改造', '门诊综合楼改造19295.23平方米（含地下室）', null, '10024', hospital.id],
      ['ICU及重症病区改造建设项目', '新增ICU负压及洁净化设备设施800平方米', null, '10200', clinic.id],
    ] as const
  ).entries()) {
    const [project] = await dataSource.query(
      `INSERT INTO projects (code, plan_id, program_id, institution_id, region_code, name, content, land_mu, investment_wan,
                             build_type, start_year, end_year, source_file, source_line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'new', 2021, 2025, 'fixture.txt', $10) RETURNING *`,
      [`${plan.code}-P${i}`, plan.id, program.id, institutionId, regionCode, name, content, land, investment, 10 + i],
    );
    projects.push(project);
  }
  return { tag, regionCode, plan, program, hospital, clinic, projects };
}

export async function createKey(dataSource: DataSource, role: Role, institutionIds: string[] = []): Promise<string> {
  const { key } = await createApiKey(dataSource.manager, { name: `${role}-test`, role, institutionIds });
  return key;
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
