import { api, unwrap, type Schemas } from '../api/client';
import { CATEGORY_LABELS, label } from '../format';

type Institution = Schemas['InstitutionView'];

/** Characters to change, add or drop to turn one name into the other. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The names that another one in the list could be mistaken for: the same, or one or two characters apart
 * (某某县人民医院 and 某某县人民医院 分院, 中医院 and 中医医院).
 */
export function confusable(names: string[]): Set<string> {
  const unique = [...new Set(names)];
  const out = new Set<string>();
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, count] of counts) if (count > 1) out.add(name);
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      if (editDistance(unique[i], unique[j]) <= 2) {
        out.add(unique[i]);
        out.add(unique[j]);
      }
    }
  }
  return out;
}

/** A region's name by its code, asked once per page load. */
const regionNames = new Map<string, Promise<string>>();
export function regionName(code: string): Promise<string> {
  let name = regionNames.get(code);
  if (!name) {
    name = api
      .GET('/api/v1/regions/{code}', { params: { path: { code } } })
      .then(unwrap)
      .then((r) => r.name, () => code);
    regionNames.set(code, name);
  }
  return name;
}

/**
 * Institutions as [id, text] options: a name another one could be mistaken for carries its region code and
 * category, so 罗江区人民医院 and 罗江县人民医院 cannot be picked one for the other.
 */
export function institutionOptions(institutions: Institution[]): [string, string][] {
  const close = confusable(institutions.map((i) => i.name));
  return institutions.map((i) => [
    i.id,
    close.has(i.name) ? `${i.name}（${i.regionCode} · ${label(CATEGORY_LABELS, i.category)}）` : i.name,
  ]);
}

/**
 * Names for a chart's rows of institutions (key = institution id): those another could be mistaken for get their
 * region's name, read from the API, and, if still alike, their category.
 */
export async function distinctInstitutionNames(rows: { key: string; label: string }[]): Promise<Map<string, string>> {
  const names = new Map(rows.map((r) => [r.key, r.label]));
  const close = confusable(rows.map((r) => r.label));
  await Promise.all(
    rows
      .filter((r) => close.has(r.label) && /^[0-9a-f-]{36}$/.test(r.key))
      .map(async (r) => {
        const institution = await api.GET('/api/v1/institutions/{id}', { params: { path: { id: r.key } } }).then(unwrap);
        names.set(r.key, `${r.label}（${await regionName(institution.regionCode)} · ${label(CATEGORY_LABELS, institution.category)}）`);
      }),
  );
  return names;
}
