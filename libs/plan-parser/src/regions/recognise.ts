import { PlanParseError } from '../errors';
import type { Region, RegionIndex } from './catalogue';

interface Chain {
  regions: Region[];
  /** Characters of the title the chain covers from its start. */
  length: number;
  /** Names matched in short form: a chain in full names wins a tie. */
  shortForms: number;
}

/**
 * The division a plan's title names. Titles begin with it, often with the divisions above it: 德阳市罗江区,
 * 四川省德阳市罗江区, or only 罗江区 or 罗江. The title is read from its start as a chain of names in which each
 * division lies under the one before; the longest chain wins, and its last division is the plan's. A name several
 * divisions share (市中区) with nothing before it to tell them apart is refused, naming the candidates, rather
 * than guessed. A title that does not begin with a division is searched for a full name anywhere in it.
 */
export function recogniseRegion(title: string, index: RegionIndex, line: number | null = null): Region {
  const chains = chainsAt(title, 0, index, null);
  const best = pickLongest(chains);
  if (best.length > 0) return decide(best, title, line);
  const inside = fullNamesAnywhere(title, index);
  if (inside.length === 1) return inside[0];
  if (inside.length > 1) throw ambiguous(title, inside, line);
  throw new PlanParseError(
    `标题“${title}”中没有可识别的行政区划名称（如“德阳市罗江区”“罗江区”）。请核对标题，或在导入时指定行政区划代码（regionCode）。`,
    line,
  );
}

function chainsAt(title: string, position: number, index: RegionIndex, parent: Region | null): Chain[] {
  const chains: Chain[] = [];
  for (let length = Math.min(index.longestName, title.length - position); length >= 2; length--) {
    const name = title.slice(position, position + length);
    for (const region of index.named(name)) {
      if (parent && !(region.parentCode === parent.code || (region.parentCode && index.get(region.parentCode)?.parentCode === parent.code))) {
        continue;
      }
      const short = name !== region.name ? 1 : 0;
      const rest = chainsAt(title, position + length, index, region);
      if (rest.length === 0) chains.push({ regions: [region], length, shortForms: short });
      for (const tail of rest) {
        chains.push({ regions: [region, ...tail.regions], length: length + tail.length, shortForms: short + tail.shortForms });
      }
    }
  }
  return chains;
}

/** The chains that cover the most of the title, then those with the fewest short forms. */
function pickLongest(chains: Chain[]): Chain[] {
  if (chains.length === 0) return [];
  const length = Math.max(...chains.map((chain) => chain.length));
  const longest = chains.filter((chain) => chain.length === length);
  const fewestShort = Math.min(...longest.map((chain) => chain.shortForms));
  return longest.filter((chain) => chain.shortForms === fewestShort);
}

function decide(chains: Chain[], title: string, line: number | null): Region {
  const ends = new Map(chains.map((chain) => [chain.regions[chain.regions.length - 1].code, chain.regions[chain.regions.length - 1]]));
  if (ends.size === 1) return [...ends.values()][0];
  throw ambiguous(title, [...ends.values()], line);
}

function fullNamesAnywhere(title: string, index: RegionIndex): Region[] {
  const found = new Map<string, Region>();
  for (let start = 0; start < title.length; start++) {
    for (let length = Math.min(index.longestName, title.length - start); length >= 3; length--) {
      for (const region of index.named(title.slice(start, start + length))) {
        if (region.name === title.slice(start, start + length)) found.set(region.code, region);
      }
    }
  }
  // A county named with its city or province (宁夏回族自治区平罗县) is the county, not them as well.
  const regions = [...found.values()];
  return regions.filter((region) => !regions.some((other) => other !== region && index.isWithin(other.code, region.code)));
}

function ambiguous(title: string, candidates: Region[], line: number | null): PlanParseError {
  const listed = candidates
    .slice(0, 8)
    .map((region) => `${region.fullName}（${region.code}）`)
    .join('、');
  return new PlanParseError(
    `标题“${title}”中的行政区划不能确定，可能是：${listed}。请在标题中写明上级（如“乐山市市中区”），或在导入时指定行政区划代码（regionCode）。`,
    line,
  );
}
