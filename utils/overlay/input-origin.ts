import type { ChangeOrigin } from './provenance';

// Whether a change to a composer came from the clinician typing or from text being inserted, read
// from the trusted input events that preceded it (Input Events Level 2 input types). A change
// with no user input event at all is programmatic: an AI draft, a template, a smart phrase.

export interface UserSignal {
  origin: ChangeOrigin;
  /** How many inserted characters this event can account for (typing one key inserts one). */
  allowance: number;
}

/** Editors' own reactions to a keystroke (autoformat, smart quotes, list markers) add a little. */
const SLACK = 8;

const INSERTED_TYPES = new Set(['insertFromPaste', 'insertFromPasteAsQuotation', 'insertFromDrop', 'insertFromYank']);
/** Typed changes whose size says nothing about what was typed (undo restores whole passages). */
const UNBOUNDED_TYPES = /^(?:historyUndo|historyRedo|insertReplacementText|insertTranspose|format)/;

/** A trusted beforeinput/input event's input type and data, as a signal. */
export function signalOfInputType(inputType: string, data: string | null): UserSignal {
  if (INSERTED_TYPES.has(inputType)) return { origin: 'inserted', allowance: 0 };
  if (UNBOUNDED_TYPES.test(inputType)) return { origin: 'typed', allowance: Number.POSITIVE_INFINITY };
  if (inputType === 'insertLineBreak' || inputType === 'insertParagraph') return { origin: 'typed', allowance: 1 };
  return { origin: 'typed', allowance: data?.length ?? 0 };
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * A trusted keydown as a signal, for editors that act on keys themselves and fire no beforeinput
 * (Quill's Enter, Backspace and undo). Null for keys that change no text, and for paste
 * shortcuts: the paste event that follows says what they do.
 */
export function signalOfKey({ key, ctrlKey, metaKey }: KeyPress): UserSignal | null {
  if (ctrlKey || metaKey) {
    const lower = key.toLowerCase();
    if (lower === 'z' || lower === 'y') return { origin: 'typed', allowance: Number.POSITIVE_INFINITY };
    if (lower === 'x' || key === 'Backspace' || key === 'Delete') return { origin: 'typed', allowance: 0 };
    return null;
  }
  if (key === 'Enter') return { origin: 'typed', allowance: 1 };
  if (key === 'Backspace' || key === 'Delete') return { origin: 'typed', allowance: 0 };
  if ([...key].length === 1) return { origin: 'typed', allowance: key.length };
  return null;
}

/**
 * Where a change that inserted `insertedLength` characters came from, given the user input
 * events since the last change. An insertion far larger than the keys typed (a smart phrase the
 * EHR expanded on Space) was inserted, not typed.
 */
export function originOf(signals: readonly UserSignal[], insertedLength: number): ChangeOrigin {
  if (signals.length === 0 || signals.some((s) => s.origin === 'inserted')) return 'inserted';
  const allowance = signals.reduce((sum, s) => sum + s.allowance, 0);
  return insertedLength <= allowance + SLACK ? 'typed' : 'inserted';
}
