import { ConfigError, loadConfig, type AppConfig } from './config/config';

/** Stops what a started process runs: finishes in-flight requests and jobs, closes pools. */
export type Stop = () => Promise<void>;

/**
 * Runs an entry point. Configuration errors print one line naming the variable (no stack trace); other start-up
 * failures print their message; both exit with status 1. SIGTERM/SIGINT stop gracefully; a second signal, or a
 * shutdown that outlasts SHUTDOWN_TIMEOUT_MS, ends the process at once.
 */
export function boot(name: string, start: (config: AppConfig) => Promise<Stop>): void {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const started = start(config);
  started.catch((error: unknown) => {
    process.stderr.write(`${name}: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write(`${name}: ${signal} received, shutting down\n`);
    setTimeout(() => {
      process.stderr.write(`${name}: shutdown took longer than ${config.shutdownTimeoutMs} ms, exiting\n`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    started
      .then((stop) => stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`${name}: error during shutdown: ${String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
