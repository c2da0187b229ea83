import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createContext } from '../utils/analysis/context';
import { experiencerSchema, temporalitySchema } from '../utils/analysis/schema';
import { readJsonlFile } from './jsonl';

// npm run --silent context:score -- [--file tests/corpus/context.jsonl] [--misses]
// Runs ConText over labeled target spans and prints negation precision/recall/F1 and
// temporality/experiencer accuracy; --misses lists every disagreement.

const labeledSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    negated: z.boolean(),
    temporality: temporalitySchema,
    experiencer: experiencerSchema,
  })
  .refine((row) => row.start <= row.end && row.end <= row.text.length, { message: 'span outside text', path: ['end'] });
type Labeled = z.infer<typeof labeledSchema>;

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fixed = (x: number) => x.toFixed(3);

function score(rows: Labeled[], showMisses: boolean): string[] {
  const contexts = new Map<string, ReturnType<typeof createContext>>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let temporal = 0;
  let experiencer = 0;
  const misses: string[] = [];
  for (const row of rows) {
    let context = contexts.get(row.text);
    if (!context) {
      context = createContext(row.text);
      contexts.set(row.text, context);
    }
    const got = context.assess(row.start, row.end);
    if (got.negated && row.negated) tp++;
    else if (got.negated) fp++;
    else if (row.negated) fn++;
    if (got.temporality === row.temporality) temporal++;
    if (got.experiencer === row.experiencer) experiencer++;
    const wrong = [
      got.negated !== row.negated && `negated ${got.negated} (want ${row.negated})`,
      got.temporality !== row.temporality && `temporality ${got.temporality} (want ${row.temporality})`,
      got.experiencer !== row.experiencer && `experiencer ${got.experiencer} (want ${row.experiencer})`,
    ].filter(Boolean);
    if (showMisses && wrong.length > 0) {
      misses.push(`${row.id} [${row.text.slice(row.start, row.end)}] ${wrong.join(', ')}\n    ${row.text.replace(/\s+/gu, ' ')}`);
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return [
    `targets: ${rows.length}`,
    `negation: precision ${fixed(precision)} recall ${fixed(recall)} F1 ${fixed(f1)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    `temporality accuracy: ${fixed(ratio(temporal, rows.length))}`,
    `experiencer accuracy: ${fixed(ratio(experiencer, rows.length))}`,
    ...misses,
  ];
}

try {
  const { values } = parseArgs({
    options: { file: { type: 'string', default: 'tests/corpus/context.jsonl' }, misses: { type: 'boolean', default: false } },
    strict: true,
  });
  process.stdout.write(`${score(readJsonlFile(values.file, labeledSchema), values.misses).join('\n')}\n`);
} catch (error) {
  process.stderr.write(`context:score: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
