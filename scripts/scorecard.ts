import { existsSync } from 'node:fs';
import { analyze } from '../utils/analysis/analyze';
import { formatScorecard, readCorpus, readIncoming, score } from './lib/corpus';

// Prints the engine's scorecard on every labeled corpus it can find:
//   npm run --silent scorecard [-- --misses]
// tests/corpus/replies.jsonl is for development, tests/corpus/holdout.jsonl is never tuned on,
// and ../shared/corpus/dev.jsonl is the shared development corpus when it is present.

const CORPORA = [
  ['own development (tests/corpus/replies.jsonl)', 'tests/corpus/replies.jsonl'],
  ['own holdout (tests/corpus/holdout.jsonl)', 'tests/corpus/holdout.jsonl'],
  ['own blind holdout (tests/corpus/holdout-2.jsonl)', 'tests/corpus/holdout-2.jsonl'],
  ['shared development (../shared/corpus/dev.jsonl)', '../shared/corpus/dev.jsonl'],
] as const;

const showMisses = process.argv.includes('--misses');
for (const [name, path] of CORPORA) {
  if (!existsSync(path)) continue;
  const cases = readCorpus(path);
  const predictions = new Map(cases.map((c) => [c.id, analyze({ reply: c.reply, incoming: c.incoming })]));
  const card = score(cases, predictions);
  console.log(formatScorecard(name, card));
  if (showMisses && !path.includes('holdout')) for (const m of card.misses) console.log(`  miss ${m.id} ${m.label} expected=${m.expected} ${m.note}`);
  console.log('');
}

// Red-flag messages: the urgent rule alone, on incoming messages labeled urgent or not.
const INCOMING = 'tests/corpus/incoming.jsonl';
if (existsSync(INCOMING)) {
  const rows = readIncoming(INCOMING);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const said = analyze({ reply: '', incoming: row.incoming }).some((f) => f.category === 'urgent');
    if (row.urgent && said) tp++;
    else if (!row.urgent && said) fp++;
    else if (row.urgent) fn++;
    else tn++;
    if (said !== row.urgent) misses.push(`  miss ${row.id} urgent expected=${row.urgent} ${row.note}`);
  }
  const recall = tp / (tp + fn);
  const precision = tp / (tp + fp || 1);
  console.log(`red-flag messages (${INCOMING}): ${rows.length} messages`);
  console.log(
    `urgent recall=${recall.toFixed(3)} precision=${precision.toFixed(3)} f1=${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)} falseAlarmRate=${(fp / (fp + tn)).toFixed(3)}`,
  );
  if (showMisses) for (const m of misses) console.log(m);
}
