import { z } from 'zod';
import { analyze } from '../utils/analysis/analyze';
import { readJsonlFile } from './jsonl';
import { runCli } from './lib/cli';

// npm run --silent scan -- --jsonl FILE
// Each input line {"id", "reply", "incoming"?} becomes one output line {"id", "findings": [...]}.
// Every line is validated before anything is printed, so bad input never leaves partial output.

const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  reply: z.string(),
  incoming: z.string().nullish(),
});

runCli('scan', (file) => {
  const rows = readJsonlFile(file, lineSchema);
  return rows.map((row) =>
    JSON.stringify({ id: row.id, findings: analyze({ reply: row.reply, incoming: row.incoming ?? undefined }) }),
  );
});
