import { z } from 'zod';
import { createContext } from '../utils/analysis/context';
import { readJsonlFile } from './jsonl';
import { runCli } from './lib/cli';

// npm run --silent context -- --jsonl FILE
// Each input line {"id", "text", "start", "end"} (a target span) becomes one output line
// {"id", "negated", "temporality", "experiencer"}, in input order. Extra fields are ignored.

const offset = z.number().int().nonnegative();

const contextLineSchema = z
  .object({ id: z.union([z.string(), z.number()]), text: z.string(), start: offset, end: offset })
  .refine((row) => row.start <= row.end, { message: 'start must not be greater than end', path: ['start'] })
  .refine((row) => row.end <= row.text.length, { message: 'end is beyond the end of text', path: ['end'] });

runCli('context', (file) =>
  readJsonlFile(file, contextLineSchema).map(({ id, text, start, end }) => {
    const { negated, temporality, experiencer } = createContext(text).assess(start, end);
    return JSON.stringify({ id, negated, temporality, experiencer });
  }),
);
