/**
 * The layers of docs/architecture.md, checked on every `npm test` (npm run deps). Libraries are ranked; a library
 * may import only libraries of a lower rank, which also makes a cycle between libraries impossible. Libraries of
 * the same rank are independent of each other.
 */
const RANKS = {
  'plan-parser': 0,
  platform: 0,
  'api-conventions': 1,
  auth: 2,
  events: 3,
  audit: 4,
  regions: 5,
  plans: 6,
  projects: 7,
  milestones: 8,
  finance: 9,
  reporting: 9,
  webhooks: 9,
  notifications: 10,
  imports: 10,
  'api-keys': 10,
  operations: 11,
};
const FOUNDATIONS = ['plan-parser', 'platform', 'api-conventions'];

const libraries = Object.keys(RANKS);
const notBelow = (name) => libraries.filter((other) => other !== name && RANKS[other] >= RANKS[name]);

module.exports = {
  forbidden: [
    ...libraries
      .filter((name) => notBelow(name).length > 0)
      .map((name) => ({
        name: `layers-${name}`,
        comment: `${name} (rank ${RANKS[name]}) may import only libraries ranked below it (docs/architecture.md)`,
        severity: 'error',
        from: { path: `^libs/${name}/` },
        to: { path: `^libs/(${notBelow(name).join('|')})/` },
      })),
    {
      name: 'unknown-library',
      comment: 'every library has a rank in .dependency-cruiser.cjs and a place in docs/architecture.md',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^libs/', pathNot: `^libs/(${libraries.join('|')})/` },
    },
    {
      name: 'through-the-index',
      comment: 'another library is imported through its index (@tracker/<name>), never by a path into its src/',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'apps-through-the-index',
      comment: 'apps use libraries through their index too',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'libraries-know-no-app',
      comment: "a library's tests may use the seeds (plan-parser checks the generated seeds against the documents)",
      severity: 'error',
      from: { path: '^libs/', pathNot: '^libs/[^/]+/test/' },
      to: { path: '^(apps|test|bench|seeds)/' },
    },
    {
      name: 'foundations-know-no-feature',
      comment: 'the foundation is Nest, PostgreSQL and HTTP conventions; it names no table of a feature',
      severity: 'error',
      from: { path: `^libs/(${FOUNDATIONS.join('|')})/` },
      to: { path: `^libs/(${libraries.filter((l) => !FOUNDATIONS.includes(l)).join('|')})/` },
    },
    {
      name: 'parser-is-pure',
      comment: 'plan-parser reads text and workbooks into records: no Nest, no database, no queue',
      severity: 'error',
      from: { path: '^libs/plan-parser/' },
      to: { path: 'node_modules/(@nestjs|typeorm|pg|bullmq|ioredis|class-validator)/' },
    },
    {
      name: 'api-and-worker-apart',
      comment: 'the api never imports the worker, nor the worker the api (the standalone app runs both)',
      severity: 'error',
      from: { path: '^apps/(api|worker)/' },
      to: { path: '^apps/(api|worker)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-circular',
      comment: 'no import cycles between files either',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|apps/web|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
