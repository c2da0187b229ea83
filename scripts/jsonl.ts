import { readFileSync } from 'node:fs';
import type { z } from 'zod';

// Read a JSONL file and validate every line against a zod schema before the caller prints
// anything. Blank lines are skipped; the first bad line throws a JsonlError naming its number.

export class JsonlError extends Error {
  constructor(
    message: string,
    /** 1-based line number, or undefined when the file itself could not be read. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'JsonlError';
  }
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? `"${issue.path.join('.')}": ` : ''}${issue.message}`)
    .join('; ')
    .replace(/\s+/gu, ' ');
}

/** Parse JSONL text; each non-blank line must satisfy `schema`. */
export function parseJsonl<S extends z.ZodType>(text: string, schema: S): z.output<S>[] {
  const rows: z.output<S>[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new JsonlError('not valid JSON', line);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new JsonlError(describe(parsed.error.issues), line);
    rows.push(parsed.data);
  });
  return rows;
}

/** Read and validate a whole JSONL file; throws JsonlError (with the line) on the first problem. */
export function readJsonlFile<S extends z.ZodType>(path: string, schema: S): z.output<S>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new JsonlError(`cannot read ${path} (${code})`);
  }
  return parseJsonl(text, schema);
}
