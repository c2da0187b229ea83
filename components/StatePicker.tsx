import { useId } from 'react';
import type { PatientContextView } from './overlay-contract';

// One click to say where the patient is: the clinician's license states as buttons, every other
// state and territory in a list that applies on change.

type Ask = NonNullable<PatientContextView['askState']>;

export function StatePicker({ ask, onChoose }: { ask: Ask; onChoose: (code: string) => void }) {
  const listId = useId();
  return (
    <fieldset className="rg-ctx__picker">
      <legend>Where is the patient today?</legend>
      {ask.suggested.map((state) => (
        <button key={state.code} type="button" className="rg-ctx__state" onClick={() => onChoose(state.code)}>
          {state.name}
        </button>
      ))}
      <label htmlFor={listId} className="rg-ctx__other">
        Other state
      </label>
      <select
        id={listId}
        defaultValue=""
        onChange={(event) => {
          if (event.target.value) onChoose(event.target.value);
        }}
      >
        <option value="" disabled>
          Choose…
        </option>
        {ask.states.map((state) => (
          <option key={state.code} value={state.code}>
            {state.name} ({state.code})
          </option>
        ))}
      </select>
    </fieldset>
  );
}
