import { precompressDashboard } from './http/dashboard';

/** `npm run build:web` ends here: the dashboard's text files, brotli- and gzip-compressed beside themselves. */
const written = precompressDashboard();
process.stdout.write(`precompressed ${written.length} dashboard file copies\n`);
