import { useId, useState } from 'react';
import { NOT_HELPFUL_REASONS } from '@/utils/audit/feedback';
import { periodStart, type RuleStats, ruleStats, ruleStatsCsv, STATS_PERIODS, type StatsPeriod, type TuningHint } from '@/utils/audit/rule-stats';
import { download } from './AuditPanel';
import { useAuditLog } from './useAuditLog';

// Per rule, over a chosen period: how often it fired, was acted on, was overridden and was marked
// "Not helpful" (definitions in utils/audit/rule-stats.ts), from this computer's audit log, with
// a CSV download and a hint where a rule looks like noise. Turning a rule off or changing its
// severity is done by policy (ruleOverrides), not here.

const PERIOD_LABEL: Record<StatsPeriod, string> = { 7: 'last 7 days', 30: 'last 30 days', 90: 'last 90 days', all: 'all time' };

const HINT_TEXT: Record<TuningHint, string> = {
  'often-not-helpful': 'Often marked not helpful: consider turning it off or lowering its severity by policy.',
  'often-overridden': 'Usually sent anyway: consider lowering its severity or turning it off by policy.',
};

function reasonsText(row: RuleStats): string {
  return NOT_HELPFUL_REASONS.filter((r) => row.notHelpfulReasons[r.code] > 0)
    .map((r) => `${r.label}: ${row.notHelpfulReasons[r.code]}`)
    .join('; ');
}

export function RuleStatsPanel() {
  const entries = useAuditLog();
  const [period, setPeriod] = useState<StatsPeriod>(30);
  const headingId = useId();
  const rows = ruleStats(entries, periodStart(period, new Date()));
  const stamp = new Date().toISOString().slice(0, 10);
  const suffix = period === 'all' ? 'all' : `${period}d`;

  return (
    <section className="setting" aria-labelledby={headingId} data-testid="rule-stats">
      <h2 id={headingId}>Rule statistics</h2>
      <p className="help">
        From this computer’s audit log. Use shadow mode to measure rules before turning them on; your IT administrator
        can turn a rule off or change its severity by policy.
      </p>
      <p>
        <label>
          Period{' '}
          <select value={String(period)} onChange={(event) => setPeriod(event.target.value === 'all' ? 'all' : (Number(event.target.value) as StatsPeriod))}>
            {STATS_PERIODS.map((p) => (
              <option key={p} value={String(p)}>
                {PERIOD_LABEL[p]}
              </option>
            ))}
          </select>
        </label>{' '}
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() => download(`replyguard-rule-stats-${suffix}-${stamp}.csv`, 'text/csv', ruleStatsCsv(rows))}
        >
          Export rule statistics (CSV)
        </button>
      </p>
      {rows.length === 0 ? (
        <p data-testid="rule-stats-empty">No rule fired or was marked in the {PERIOD_LABEL[period]}.</p>
      ) : (
        <table className="rule-stats">
          <caption>
            Each rule’s findings, {PERIOD_LABEL[period]}, most fired first: reviews it was in (fired), reviews that ended
            in an edit or fix (acted on) or in “send anyway” (overridden), and cards marked not helpful.
          </caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Category</th>
              <th scope="col" className="num">Fired</th>
              <th scope="col" className="num">Acted on</th>
              <th scope="col" className="num">Overridden</th>
              <th scope="col" className="num">Not helpful</th>
              <th scope="col">Reasons given</th>
              <th scope="col">Suggestion</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.ruleId} data-rule-id={row.ruleId}>
                <th scope="row">
                  <code>{row.ruleId}</code>
                </th>
                <td>{row.category}</td>
                <td className="num" data-col="fired">{row.fired}</td>
                <td className="num" data-col="actedOn">{row.actedOn}</td>
                <td className="num" data-col="overridden">{row.overridden}</td>
                <td className="num" data-col="notHelpful">{row.notHelpful}</td>
                <td>{reasonsText(row)}</td>
                <td data-col="hint">{row.hint ? HINT_TEXT[row.hint] : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
