/** A row of an indicator table as the domain rule sees it. */
export interface DomainRow {
  kind: 'data' | 'orphan' | 'empty' | 'foreign';
  /** The row's own 领域 text, empty when the merged cell above covers it. */
  ownDomain: string;
  /** True when the label ran on into a split-off row below: the label sits centred in its merged cell. */
  continued: boolean;
}

/**
 * Which 领域 each data row falls under. A merged 领域 cell is usually printed at the top of its rows, so an
 * unlabelled row takes the label above it. But a label that runs on into the row below ('健康' / '环境') is
 * centred in its merged cell: it also covers as many rows above it as below it. Distances count every
 * line-row, empty ones included, since those are the geometry the conversion left.
 */
export function assignDomains<T extends DomainRow>(rows: readonly T[]): Map<T, string> {
  const labels = rows.flatMap((row, slot) => (row.kind === 'data' && row.ownDomain !== '' ? [slot] : []));
  const owner = new Map<number, number>();
  const below = new Map<number, number>();
  const lastSlotOf = (label: number) => {
    if (!rows[label].continued) return label;
    let slot = label + 1;
    while (slot < rows.length && rows[slot].kind !== 'orphan') slot++;
    return slot < rows.length ? slot : label;
  };

  for (let i = labels.length - 1; i >= 0; i--) {
    const label = labels[i];
    const nextLabel = labels[i + 1];
    const gap = dataBetween(rows, label, nextLabel ?? rows.length);
    let upper = gap;
    if (nextLabel !== undefined && rows[nextLabel].continued) {
      if (rows[label].continued) {
        const end = lastSlotOf(label);
        upper = gap.filter((slot) => slot - end <= nextLabel - slot);
      } else {
        const claimed = Math.min(below.get(nextLabel) ?? 0, gap.length);
        upper = gap.slice(0, gap.length - claimed);
      }
    }
    for (const slot of gap) owner.set(slot, upper.includes(slot) ? label : (nextLabel as number));
    owner.set(label, label);
    below.set(label, upper.length);
  }

  const domains = new Map<T, string>();
  rows.forEach((row, slot) => {
    const label = owner.get(slot);
    if (row.kind === 'data' && label !== undefined) domains.set(row, rows[label].ownDomain);
  });
  return domains;
}

function dataBetween(rows: readonly DomainRow[], after: number, before: number): number[] {
  const slots: number[] = [];
  for (let slot = after + 1; slot < before; slot++) if (rows[slot].kind === 'data') slots.push(slot);
  return slots;
}
