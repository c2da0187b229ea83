// Shared command-line frame for the JSONL tools: parse `--jsonl FILE`, run, print every output
// line at once, and turn any error into one clear line on stderr with exit code 2.

export function runCli(name: string, run: (file: string) => string[]): void {
  try {
    const args = process.argv.slice(2);
    const at = args.indexOf('--jsonl');
    const file = at >= 0 ? args[at + 1] : undefined;
    const unknown = args.filter((_, i) => i !== at && i !== at + 1);
    if (!file || unknown.length > 0) {
      throw new Error(`usage: npm run --silent ${name} -- --jsonl FILE${unknown.length ? ` (unknown argument: ${unknown[0]})` : ''}`);
    }
    const lines = run(file);
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
