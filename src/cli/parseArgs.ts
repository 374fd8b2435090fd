export interface ParsedArgs {
  readonly command: string | undefined;
  readonly options: Readonly<Record<string, string>>;
  readonly flags: ReadonlySet<string>;
}

const VALUE_OPTIONS = new Set(["source", "out", "out-dir", "lang"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? argv[++i];
        if (value !== undefined) options[name] = value;
      } else {
        flags.add(name);
      }
    } else if (command === undefined) {
      command = arg;
    }
  }
  return { command, options, flags };
}
