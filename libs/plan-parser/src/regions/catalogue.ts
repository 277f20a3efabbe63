/**
 * The administrative divisions (GB/T 2260 codes): provinces, prefecture-level cities, counties and districts.
 * The parser reads no files; whoever calls it hands it a RegionIndex built from the committed catalogue.
 */
export type RegionLevel = 'province' | 'city' | 'district' | 'county';

/** The catalogue as committed (seeds/regions/gb2260.json): [code, name, parent code] per division. */
export interface RegionCatalogueFile {
  source: string;
  description: string;
  regions: [code: string, name: string, parentCode: string | null][];
}

export interface Region {
  code: string;
  name: string;
  /** The name without its administrative suffix: 罗江区 → 罗江, 凉山彝族自治州 → 凉山; the name itself where that would leave one character (泸县). */
  shortName: string;
  /** The name a person recognises out of context: a county-level division with its city (乐山市市中区). */
  fullName: string;
  level: RegionLevel;
  parentCode: string | null;
}

// The 55 minority nationalities, as the names of autonomous divisions carry them (彝族自治州, 维吾尔自治区).
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎',
  '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉',
  '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京',
  '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const AUTONOMOUS = /^(.+)(自治区|自治州|自治县|自治旗)$/;
const SUFFIX = /^(.+?)(特别行政区|省|市|地区|盟|林区|特区|县|区|旗)$/;

/**
 * 罗江区 → 罗江, 凉山彝族自治州 → 凉山, 新疆维吾尔自治区 → 新疆, 内蒙古自治区 → 内蒙古. A name that would keep fewer
 * than two characters stays whole (泸县, 城区).
 */
export function shortNameOf(name: string): string {
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) {
    let base = autonomous[1];
    // Peel the nationalities off the end, one at a time, as long as a name of two characters or more remains.
    for (let peeled = true; peeled; ) {
      peeled = false;
      for (const nationality of NATIONALITIES) {
        // A one-character nationality only with 族, so 白 or 水 at the end of a place name stays.
        const forms = nationality.length === 1 ? [`${nationality}族`] : [`${nationality}族`, nationality];
        const form = forms.find((f) => base.endsWith(f) && base.length - f.length >= 2);
        if (form) {
          base = base.slice(0, -form.length);
          peeled = true;
          break;
        }
      }
    }
    return base.length >= 2 ? base : name;
  }
  const base = SUFFIX.exec(name)?.[1];
  return base && base.length >= 2 ? base : name;
}

export function levelOf(code: string, name: string, parentLevel: RegionLevel | null): RegionLevel {
  if (parentLevel === null) return 'province';
  if (parentLevel === 'province' && code.endsWith('00')) return 'city';
  return name.endsWith('区') ? 'district' : 'county';
}

const countyLevel = (level: RegionLevel) => level === 'district' || level === 'county';
// 北京市, 天津市, 上海市, 重庆市: provinces whose districts are told apart by the municipality's name.
const isMunicipality = (region: Region) => region.level === 'province' && region.name.endsWith('市');

/** The catalogue, looked up by code and by every name a document may use for a division. */
export class RegionIndex {
  private readonly byCode = new Map<string, Region>();
  private readonly byName = new Map<string, Region[]>();
  private readonly children = new Map<string, Region[]>();
  /** The longest name in the catalogue, so a scan of a title knows how far to look. */
  readonly longestName: number;

  constructor(regions: readonly Region[]) {
    let longest = 0;
    for (const region of regions) {
      this.byCode.set(region.code, region);
      for (const name of new Set([region.name, region.shortName])) {
        const list = this.byName.get(name) ?? [];
        list.push(region);
        this.byName.set(name, list);
        longest = Math.max(longest, name.length);
      }
      if (region.parentCode) {
        const siblings = this.children.get(region.parentCode) ?? [];
        siblings.push(region);
        this.children.set(region.parentCode, siblings);
      }
    }
    this.longestName = longest;
  }

  /** Built from the committed catalogue: levels, short and full names derived from the codes and names. */
  static fromCatalogue(file: RegionCatalogueFile): RegionIndex {
    const entries = new Map(file.regions.map(([code, name, parentCode]) => [code, { code, name, parentCode }]));
    const built = new Map<string, Region>();
    const build = (code: string): Region => {
      const done = built.get(code);
      if (done) return done;
      const entry = entries.get(code);
      if (!entry) throw new Error(`region catalogue: ${code} is referenced but not listed`);
      const parent = entry.parentCode ? build(entry.parentCode) : null;
      const level = levelOf(code, entry.name, parent?.level ?? null);
      const region: Region = {
        code,
        name: entry.name,
        shortName: shortNameOf(entry.name),
        fullName: countyLevel(level) && parent && (parent.level === 'city' || isMunicipality(parent)) ? parent.name + entry.name : entry.name,
        level,
        parentCode: entry.parentCode,
      };
      built.set(code, region);
      return region;
    };
    return new RegionIndex(file.regions.map(([code]) => build(code)));
  }

  get size(): number {
    return this.byCode.size;
  }

  get(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  /** Divisions called `name`, in full or in short. */
  named(name: string): readonly Region[] {
    return this.byName.get(name) ?? [];
  }

  /** The division and those above it, the division first. */
  lineage(code: string): Region[] {
    const chain: Region[] = [];
    for (let region = this.get(code); region; region = region.parentCode ? this.get(region.parentCode) : undefined) {
      chain.push(region);
    }
    return chain;
  }

  /** True when `code` lies under `ancestorCode` (or is it). */
  isWithin(code: string, ancestorCode: string): boolean {
    return this.lineage(code).some((region) => region.code === ancestorCode);
  }

  all(): IterableIterator<Region> {
    return this.byCode.values();
  }
}
