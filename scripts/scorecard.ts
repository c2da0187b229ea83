import { existsSync } from 'node:fs';
import { analyze } from '../utils/analysis/analyze';
import { formatScorecard, readCorpus, score } from './lib/corpus';

// Prints the engine's scorecard on every labeled corpus it can find:
//   npm run --silent scorecard [-- --misses]
// tests/corpus/replies.jsonl is for development, tests/corpus/holdout.jsonl is never tuned on,
// and ../shared/corpus/dev.jsonl is the shared development corpus when it is present.

const CORPORA = [
  ['own development (tests/corpus/replies.jsonl)', 'tests/corpus/replies.jsonl'],
  ['own holdout (tests/corpus/holdout.jsonl)', 'tests/corpus/holdout.jsonl'],
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
