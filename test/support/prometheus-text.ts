/**
 * A strict reader of the Prometheus text exposition format (0.0.4), enough to check what /metrics serves: every
 * line is a comment, a HELP or TYPE line, or a sample `name{label="value",…} value [timestamp]` of a declared family.
 */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
export interface MetricFamily {
  name: string;
  type: string;
  help: string;
  samples: Sample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)(\s+-?\d+)?$/;
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,\s*|$)/;
const TYPES = ['counter', 'gauge', 'histogram', 'summary', 'untyped'];
const SUFFIXES: Record<string, string[]> = { histogram: ['_bucket', '_sum', '_count'], summary: ['_sum', '_count'] };

export function parsePrometheusText(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  const family = (name: string) => {
    if (!NAME.test(name)) throw new Error(`invalid metric name ${name}`);
    let found = families.get(name);
    if (!found) families.set(name, (found = { name, type: 'untyped', help: '', samples: [] }));
    return found;
  };
  text.split('\n').forEach((line, index) => {
    const where = `line ${index + 1} (${line})`;
    if (line.trim() === '') return;
    if (line.startsWith('# HELP ')) {
      const [, name, ...help] = line.split(' ').slice(1);
      family(name).help = help.join(' ');
      return;
    }
    if (line.startsWith('# TYPE ')) {
      const [name, type] = line.slice(7).split(' ');
      if (!TYPES.includes(type)) throw new Error(`unknown type at ${where}`);
      family(name).type = type;
      return;
    }
    if (line.startsWith('#')) return;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a sample: ${where}`);
    const [, sampleName, , labelText = '', valueText] = match;
    // Prometheus reads values as Go's ParseFloat does: NaN and Inf in any case.
    const special: Record<string, number> = { nan: NaN, '+inf': Infinity, inf: Infinity, '-inf': -Infinity };
    const value = valueText.toLowerCase() in special ? special[valueText.toLowerCase()] : Number(valueText);
    if (Number.isNaN(value) && valueText.toLowerCase() !== 'nan') throw new Error(`bad value at ${where}`);
    const labels: Record<string, string> = {};
    let rest = labelText.trim();
    while (rest.length > 0) {
      const label = LABEL.exec(rest);
      if (!label) throw new Error(`bad labels at ${where}`);
      labels[label[1]] = label[2].replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
      rest = rest.slice(label[0].length);
    }
    const owner = [...families.values()].find(
      (f) => f.name === sampleName || (SUFFIXES[f.type] ?? []).some((suffix) => f.name + suffix === sampleName),
    );
    if (!owner) throw new Error(`sample of no declared family at ${where}`);
    owner.samples.push({ name: sampleName, labels, value });
  });
  return families;
}

/** The value of the one sample of `name` with these labels (all of them, when none given). */
export function sampleValue(families: Map<string, MetricFamily>, name: string, labels: Record<string, string> = {}): number | undefined {
  const samples = [...families.values()].flatMap((f) => f.samples).filter((s) => s.name === name);
  return samples.find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
}
