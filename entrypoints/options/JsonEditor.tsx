import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { describeProblem } from '@/utils/settings/resolve';

interface Props {
  value: unknown;
  schema: z.ZodType;
  label: string;
  onSave: (value: unknown) => void;
}

/** A JSON field for structured settings (rule overrides), validated with the setting's schema before saving. */
export function JsonEditor({ value, schema, label, onSave }: Props) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const [error, setError] = useState('');
  useEffect(() => setText(JSON.stringify(value, null, 2)), [value]);
  const save = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      setError('This is not valid JSON.');
      return;
    }
    const checked = schema.safeParse(parsed);
    if (!checked.success) {
      setError(describeProblem(checked.error));
      return;
    }
    setError('');
    onSave(checked.data);
  };
  return (
    <div>
      <textarea aria-label={label} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="button" onClick={save}>
        Save
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
