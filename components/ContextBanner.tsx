import type { ContextActions, ContextNote, PatientContextView } from './overlay-contract';
import { StatePicker } from './StatePicker';

// Above the composer: red flags in the patient's latest message (before anyone types), the
// thread's context findings in one line each, and the state picker when the location is unknown.
// Details, suggestions and overrides stay in the panel's cards and the review.

/** One line, so the composer and its Send button move as little as possible; the cards have the rest. */
function RedFlags({ flags }: { flags: ContextNote[] }) {
  const emergency = flags.some((f) => f.severity === 'critical');
  const [first] = flags;
  const more = flags.length > 1 ? ` (+${flags.length - 1} more)` : '';
  return (
    <p
      className="rg-ctx__redflag"
      role={emergency ? 'alert' : 'status'}
      data-severity={emergency ? 'critical' : 'warning'}
      title={flags.map((f) => f.summary).join('\n')}
    >
      <strong>{emergency ? 'Red flag: call the patient now or direct them to emergency care (911).' : 'Red flag: call the patient today.'}</strong>{' '}
      {first?.summary}
      {more}
    </p>
  );
}

export function ContextBanner({ view, actions }: { view: PatientContextView; actions: ContextActions }) {
  return (
    <section className="rg-ctx" aria-label="Patient context">
      {view.redFlags.length > 0 && <RedFlags flags={view.redFlags} />}
      {view.notes.length > 0 && (
        <ul className="rg-ctx__notes">
          {view.notes.map((note) => (
            <li key={note.findingId} data-severity={note.severity} data-category={note.category}>
              {note.summary}
            </li>
          ))}
        </ul>
      )}
      {view.askState && <StatePicker ask={view.askState} onChoose={actions.choosePatientState} />}
      {view.chosenState && (
        <p className="rg-ctx__chosen">
          Patient’s location for this thread: {view.chosenState.name}{' '}
          <button type="button" className="rg-ctx__change" onClick={() => actions.choosePatientState(null)}>
            Change
          </button>
        </p>
      )}
    </section>
  );
}
