import { describe, expect, it } from '@jest/globals';
import { buildTypeFrom, buildTypeOf } from '../src/projects/build-type';
import { institutionCategoryOf } from '../src/projects/institution-category';
import { projectCode } from '../src/projects/project-code';
import { extractQuantities } from '../src/projects/quantities';

describe('quantities written in the content', () => {
  it('reads a floor area and calls it new build by its verb', () => {
    const q = extractQuantities('新建老年病区、肿瘤病区综合楼一栋，建筑面积20400平方米，建筑楼层数为地上8层，地下1层');
    expect(q).toMatchObject({ floorAreaM2: '20400', newBuildAreaM2: '20400', renovationAreaM2: null });
  });

  it('sums several figures in one cell, each by the nearest verb of its clause', () => {
    expect(extractQuantities('1.门诊楼改造19295.23平方米（含地下室停车场）；2.医废站改造800平方米；3.放射科能力提升。')).toMatchObject({
      floorAreaM2: '20095.23',
      newBuildAreaM2: null,
      renovationAreaM2: '20095.23',
    });
    expect(extractQuantities('新建业务用房4500平方米，改建1000平方米，购置相应设施设备')).toMatchObject({
      floorAreaM2: '5500',
      newBuildAreaM2: '4500',
      renovationAreaM2: '1000',
    });
  });

  it('counts an area with no verb, or with 改扩建, in the total only', () => {
    expect(extractQuantities('1.新增ICU负压设备设施800平方米；2.建设1200平方米转换病区。')).toMatchObject({
      floorAreaM2: '2000',
      newBuildAreaM2: null,
      renovationAreaM2: null,
    });
    expect(extractQuantities('改扩建业务用房2000平方米、床位数30张')).toMatchObject({ floorAreaM2: '2000', beds: 30, newBuildAreaM2: null });
  });

  it('reads 万平方米 and ignores per-unit minimums', () => {
    expect(extractQuantities('新建门诊综合楼1.25万平方米').floorAreaM2).toBe('12500');
    expect(extractQuantities('新建4所面积不低于100平方米的标准化村卫生室').floorAreaM2).toBeNull();
  });

  it('reads beds in each of the ways plans write them', () => {
    expect(extractQuantities('新增床位数100张，购置相应设备').beds).toBe(100);
    expect(extractQuantities('业务用房43200平方米，设置床位400张。').beds).toBe(400);
    expect(extractQuantities('新建康养大楼1700平方米及辅助设施建设，床位60张。').beds).toBe(60);
    expect(extractQuantities('新建房屋2400平方米约1080万元，购置床单元100张约180万元').beds).toBe(100);
    expect(extractQuantities('新建住院楼，设置200张床位').beds).toBe(200);
    expect(extractQuantities('购置设备52台（件）').beds).toBeNull();
  });

  it('reads counts, with ranges', () => {
    expect(extractQuantities('新建8-10所托育机构').count).toEqual({ min: 8, max: 10 });
    expect(extractQuantities('新建4所标准化村卫生室').count).toEqual({ min: 4, max: 4 });
    expect(extractQuantities('建设 5 个县域医疗卫生次中心').count).toEqual({ min: 5, max: 5 });
    expect(extractQuantities('新建住院大楼一栋').count).toBeNull();
  });

  it('reads land and investment from text, converting 亿元 to 万元 exactly', () => {
    expect(extractQuantities('项目总投资2.5亿元，新增用地30.5亩').investmentWan).toBe('25000');
    expect(extractQuantities('项目总投资2.5亿元，新增用地30.5亩').landMu).toBe('30.5');
    expect(extractQuantities('计划投资1200万元').investmentWan).toBe('1200');
    expect(extractQuantities('总投资0.00015亿元').investmentWan).toBe('1.5');
  });
});

describe('build type from the wording', () => {
  it('maps each verb', () => {
    expect(buildTypeOf('新建住院楼')).toBe('new');
    expect(buildTypeOf('精神病区改扩建项目')).toBe('expansion');
    expect(buildTypeOf('康养扩建')).toBe('expansion');
    expect(buildTypeOf('门诊楼改造')).toBe('renovation');
    expect(buildTypeOf('理化实验室改建700平方米')).toBe('renovation');
    expect(buildTypeOf('姚伏镇中心卫生院整体迁建项目')).toBe('relocation');
    expect(buildTypeOf('区人民医院整体搬迁')).toBe('relocation');
    expect(buildTypeOf('推进区中医医院整体异地搬迁')).toBe('relocation');
    expect(buildTypeOf('智慧医疗建设')).toBeNull();
  });

  it('reads 改扩建 as expansion although it contains 扩建 and neither 改建 nor 新建', () => {
    expect(buildTypeOf('改扩建医养结合业务用房')).toBe('expansion');
    expect(buildTypeOf('改扩建或新建社区卫生服务中心')).toBe('expansion');
  });

  it('lets the name speak before the content', () => {
    expect(buildTypeFrom('精神病区改扩建项目', '新建业务用房4500平方米，改建1000平方米')).toBe('expansion');
    expect(buildTypeFrom('传染病区建设项目', '新建县级传染病区急诊部')).toBe('new');
    expect(buildTypeFrom('5G+智慧医疗建设项目', '实现数据互联互通')).toBe('other');
  });
});

describe('institutions and codes', () => {
  it('categorises institutions by name', () => {
    expect(institutionCategoryOf('德阳市罗江区中医医院')).toBe('tcm_hospital');
    expect(institutionCategoryOf('德阳市罗江区妇幼保健计划生育服务中心')).toBe('maternal_child');
    expect(institutionCategoryOf('罗江区金山镇中心卫生院')).toBe('township_health_center');
    expect(institutionCategoryOf('罗江区万安社区卫生服务中心')).toBe('community_health_center');
    expect(institutionCategoryOf('德阳市罗江区疾病预防控制中心')).toBe('cdc');
    expect(institutionCategoryOf('德阳市罗江区人民医院')).toBe('general_hospital');
    expect(institutionCategoryOf('德阳市罗江区卫生健康局')).toBe('other');
  });

  it('codes a project stably from plan, program, institution and name', () => {
    const code = projectCode('510604-2021-2025', 2, '德阳市罗江区人民医院', '传染病区建设项目');
    expect(code).toMatch(/^510604-2021-2025-Z2-[0-9a-f]{16}$/);
    expect(projectCode('510604-2021-2025', 2, '德阳市罗江区人民医院', '传染病区建设项目')).toBe(code);
    expect(projectCode('510604-2021-2025', 2, '德阳市罗江区中医医院', '传染病区建设项目')).not.toBe(code);
    expect(projectCode('510604-2021-2025', null, null, '传染病区建设项目')).toMatch(/-Z0-/);
  });
});
