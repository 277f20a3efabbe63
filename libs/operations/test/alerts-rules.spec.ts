import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * ops/alerts.rules.yml is read by Prometheus, not by the app, so nothing else would notice a rule about a metric
 * renamed or never exported. This reads it as YAML and checks each rule's shape and that every metric an
 * expression names is one the app exports (by the names written in libs/operations/src).
 */
interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

const ROOT = process.cwd(); // jest runs from the repository's root
const rules = (parse(readFileSync(join(ROOT, 'ops', 'alerts.rules.yml'), 'utf8')) as { groups: { name: string; rules: Rule[] }[] }).groups.flatMap(
  (group) => group.rules,
);

/** Metric names declared in the operations library (`name: '…'` of a prom-client metric). */
function exportedMetrics(): Set<string> {
  const files = ['metrics/app-metrics.ts', 'metrics/http-metrics.ts', 'metrics/reminder-scan-metrics.ts'];
  const names = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, 'libs', 'operations', 'src', file), 'utf8');
    for (const match of text.matchAll(/\bname:\s*'([a-z_:][a-z0-9_:]*)'/g)) names.add(match[1]);
  }
  // Histograms expose these series beside their name.
  for (const name of [...names]) for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
  return names;
}

const PROMQL_WORDS = new Set([
  'sum', 'max', 'min', 'avg', 'count', 'rate', 'irate', 'increase', 'clamp_min', 'clamp_max', 'and', 'or', 'unless',
  'by', 'without', 'on', 'ignoring', 'histogram_quantile', 'absent', 'time', 'bool', 'offset',
]);

/** The metric names of a PromQL expression: identifiers that are not functions, keywords, labels or durations. */
function metricsOf(expr: string): string[] {
  const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const withoutMatchers = withoutStrings.replace(/\{[^}]*\}/g, '').replace(/\[[^\]]*\]/g, '');
  const withoutGroupings = withoutMatchers.replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  const withoutNumbers = withoutGroupings.replace(/(^|[^a-zA-Z0-9_:])\d+(\.\d+)?(e[+-]?\d+)?/g, '$1');
  return [...withoutNumbers.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)]
    .map((m) => m[0])
    .filter((word) => !PROMQL_WORDS.has(word));
}

describe('ops/alerts.rules.yml', () => {
  it('has the five alerts the operators rely on, each with an expression, a severity and a summary', () => {
    expect(rules.map((r) => r.alert).sort()).toEqual(['ApiServerErrors', 'OutboxRelayBehind', 'ReminderScanFailing', 'RollupsStale', 'WebhookDeliveriesDead']);
    for (const rule of rules) {
      expect({ alert: rule.alert, expr: typeof rule.expr, severity: typeof rule.labels?.severity, summary: typeof rule.annotations?.summary }).toEqual({
        alert: rule.alert,
        expr: 'string',
        severity: 'string',
        summary: 'string',
      });
    }
  });

  it('names in every expression only metrics the app exports', () => {
    const exported = exportedMetrics();
    expect(exported.has('hct_outbox_oldest_unhandled_seconds')).toBe(true);
    for (const rule of rules) {
      const names = metricsOf(rule.expr);
      expect({ alert: rule.alert, names: names.length > 0 }).toEqual({ alert: rule.alert, names: true });
      expect({ alert: rule.alert, unknown: names.filter((n) => !exported.has(n)) }).toEqual({ alert: rule.alert, unknown: [] });
    }
  });

  it('finds an unknown metric (the check itself works)', () => {
    expect(metricsOf('max(hct_not_a_metric{state="dead"}) > 0 and sum(rate(x_total[5m])) by (queue)')).toEqual(['hct_not_a_metric', 'x_total']);
  });
});
