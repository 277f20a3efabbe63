/** `command --flag value --switch` into a command name, flags and positional arguments. */
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | true>;
}

/** Flags that never take a value, so `--dry-run file.txt` keeps the file as an argument. */
const SWITCHES = new Set(['dry-run', 'all', 'if-empty', 'force', 'resume']);

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const next = rest[i + 1];
      if (inline !== undefined) flags[name] = inline;
      else if (SWITCHES.has(name)) flags[name] = true;
      else if (next !== undefined && !next.startsWith('--')) {
        flags[name] = next;
        i++;
      } else flags[name] = true;
    } else positional.push(arg);
  }
  return { command, positional, flags };
}

export class UsageError extends Error {}

export function stringFlag(args: ParsedArgs, name: string, required = false): string | undefined {
  const value = args.flags[name];
  if (value === undefined) {
    if (required) throw new UsageError(`--${name} is required`);
    return undefined;
  }
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

/** Repeatable or comma-separated: `--institution a --institution b` is not supported by this parser, `a,b` is. */
export function listFlag(args: ParsedArgs, name: string): string[] {
  const value = stringFlag(args, name);
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}
