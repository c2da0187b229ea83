import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  changedRegion,
  editedSentences,
  initialProvenance,
  isFromDraft,
  type Provenance,
} from '../../utils/overlay/provenance';

const DRAFT = 'Your A1c came back at 8.9, which means you now have type 2 diabetes. Start metformin 500 mg twice daily.';

/** The span of `needle` in `text`. */
const spanOf = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
};

/** Type `insert` in place of text[start, end) as one typed change. */
const typeAt = (state: Provenance, start: number, end: number, insert: string) =>
  applyChange(state, state.text.slice(0, start) + insert + state.text.slice(end), 'typed');

describe('changedRegion', () => {
  it('finds a replacement in the middle', () => {
    expect(changedRegion('the cat sat', 'the dog sat')).toEqual({ start: 4, removedEnd: 7, insertedEnd: 7 });
  });
  it('finds pure insertions and deletions', () => {
    expect(changedRegion('ab', 'aXb')).toEqual({ start: 1, removedEnd: 1, insertedEnd: 2 });
    expect(changedRegion('aXb', 'ab')).toEqual({ start: 1, removedEnd: 2, insertedEnd: 1 });
    expect(changedRegion('', 'draft')).toEqual({ start: 0, removedEnd: 0, insertedEnd: 5 });
  });
  it('never lets prefix and suffix overlap on repeated characters', () => {
    expect(changedRegion('aaa', 'aaaa')).toEqual({ start: 3, removedEnd: 3, insertedEnd: 4 });
  });
});

describe('initial and inserted text', () => {
  it('treats a pre-filled composer as wholly inserted and an empty one as typed', () => {
    expect(initialProvenance(DRAFT).inserted).toEqual([{ start: 0, end: DRAFT.length }]);
    expect(initialProvenance('').inserted).toEqual([]);
  });

  it('marks a draft filled into an empty composer as inserted', () => {
    const state = applyChange(initialProvenance(''), DRAFT, 'inserted');
    expect(isFromDraft(state, spanOf(DRAFT, 'type 2 diabetes'))).toBe(true);
    expect(isFromDraft(state, spanOf(DRAFT, 'metformin 500 mg'))).toBe(true);
  });

  it('keeps typed text typed and a paste after it inserted', () => {
    let state = applyChange(initialProvenance(''), 'Hi Tom. ', 'typed');
    state = applyChange(state, `Hi Tom. ${DRAFT}`, 'inserted');
    expect(isFromDraft(state, spanOf(state.text, 'Hi Tom'))).toBe(false);
    expect(isFromDraft(state, spanOf(state.text, 'type 2 diabetes'))).toBe(true);
  });

  it('merges an insertion inside an inserted range into one range', () => {
    const state = applyChange(initialProvenance('one two'), 'one and two', 'inserted');
    expect(state.inserted).toEqual([{ start: 0, end: 11 }]);
  });

  it('never reports an empty range as from a draft', () => {
    expect(isFromDraft(initialProvenance(DRAFT), { start: 3, end: 3 })).toBe(false);
  });
});

describe('edits', () => {
  it('an edited word takes its whole sentence out, the other sentences stay from the draft', () => {
    const draft = initialProvenance(DRAFT);
    const which = spanOf(DRAFT, 'which');
    const edited = typeAt(draft, which.start, which.end, 'that');
    expect(isFromDraft(edited, spanOf(edited.text, 'type 2 diabetes'))).toBe(false);
    expect(isFromDraft(edited, spanOf(edited.text, 'A1c came back at 8.9'))).toBe(false);
    expect(isFromDraft(edited, spanOf(edited.text, 'metformin 500 mg'))).toBe(true);
  });

  it('a deleted character counts as an edit of its sentence', () => {
    const draft = initialProvenance(DRAFT);
    const at = DRAFT.indexOf('twice');
    const edited = typeAt(draft, at, at + 1, '');
    expect(isFromDraft(edited, spanOf(edited.text, 'metformin 500 mg'))).toBe(false);
    expect(isFromDraft(edited, spanOf(edited.text, 'type 2 diabetes'))).toBe(true);
  });

  it('typing a word at the start of a draft sentence edits that sentence', () => {
    const draft = initialProvenance(DRAFT);
    const at = DRAFT.indexOf('Start');
    const edited = typeAt(draft, at, at, 'Please ');
    expect(isFromDraft(edited, spanOf(edited.text, 'metformin 500 mg'))).toBe(false);
  });

  it('typing a new sentence after the draft leaves the draft untouched', () => {
    const draft = initialProvenance(DRAFT);
    const edited = typeAt(draft, DRAFT.length, DRAFT.length, ' Call us with questions.');
    expect(isFromDraft(edited, spanOf(edited.text, 'metformin 500 mg'))).toBe(true);
    expect(isFromDraft(edited, spanOf(edited.text, 'Call us'))).toBe(false);
  });

  it('a new line typed after the draft leaves it untouched', () => {
    const edited = typeAt(initialProvenance(DRAFT), DRAFT.length, DRAFT.length, '\nDr. Lee');
    expect(isFromDraft(edited, spanOf(edited.text, 'metformin 500 mg'))).toBe(true);
  });

  it('ranges after an edit shift with it', () => {
    const typed = applyChange(initialProvenance(''), 'Hello. ', 'typed');
    const state = applyChange(typed, `Hello. ${DRAFT}`, 'inserted');
    const longer = typeAt(state, 0, 5, 'Good morning');
    expect(isFromDraft(longer, spanOf(longer.text, 'metformin 500 mg'))).toBe(true);
    expect(longer.inserted).toEqual([{ start: 'Good morning. '.length, end: longer.text.length }]);
  });

  it('retyping the same character still counts as an edit', () => {
    const draft = initialProvenance(DRAFT);
    const at = DRAFT.indexOf('daily');
    const deleted = typeAt(draft, at, at + 1, '');
    const retyped = typeAt(deleted, at, at, 'd');
    expect(retyped.text).toBe(DRAFT);
    expect(isFromDraft(retyped, spanOf(DRAFT, 'metformin 500 mg'))).toBe(false);
  });

  it('an edit far into a very long sentence still takes all of it out', () => {
    const long = `Start metformin 500 mg ${'with food and water '.repeat(80)}daily. Call us.`;
    const at = long.indexOf('daily');
    const edited = typeAt(initialProvenance(long), at, at, 'twice ');
    expect(isFromDraft(edited, spanOf(edited.text, 'metformin 500 mg'))).toBe(false);
    expect(isFromDraft(edited, spanOf(edited.text, 'Call us'))).toBe(true);
  });

  it('a new draft replacing an edited one is inserted again', () => {
    const edited = typeAt(initialProvenance(DRAFT), 0, 4, 'The');
    const next = 'Your LDL came back at 190, which means you have high cholesterol. Start atorvastatin 20 mg daily.';
    const refilled = applyChange(edited, next, 'inserted');
    expect(isFromDraft(refilled, spanOf(next, 'high cholesterol'))).toBe(true);
    expect(refilled.inserted).toEqual([{ start: 0, end: next.length }]);
  });
});

describe('editedSentences', () => {
  const text = 'First one here. Second one here. Third.';
  it('finds the sentence an insertion overlaps', () => {
    const at = text.indexOf('Second') + 3;
    expect(editedSentences(text, at, at + 1)).toEqual(spanOf(text, 'Second one here.'));
  });
  it('finds both sentences a deletion between them borders', () => {
    const joined = 'First one here.Second one here.';
    const at = joined.indexOf('Second');
    expect(editedSentences(joined, at, at)).toEqual({ start: 0, end: joined.length });
  });
  it('is null for whitespace between sentences', () => {
    const spaced = 'First one here.  Second.';
    const at = spaced.indexOf('  ') + 1;
    expect(editedSentences(spaced, at, at + 1)).toBeNull();
  });
});

describe('invariants under random edit sequences', () => {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 12 }),
    insert: fc.constantFrom('', 'a', ' ', '. ', 'Start metformin.', '\n', 'which means'),
    origin: fc.constantFrom('typed' as const, 'inserted' as const),
  });

  it('ranges stay sorted, disjoint, non-empty and inside the text; inserted text is covered', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(edit, { maxLength: 25 }), (initial, edits) => {
        let state = initialProvenance(initial);
        for (const e of edits) {
          const start = e.at % (state.text.length + 1);
          const end = Math.min(state.text.length, start + e.remove);
          const next = state.text.slice(0, start) + e.insert + state.text.slice(end);
          const region = changedRegion(state.text, next);
          state = applyChange(state, next, e.origin);
          const changed = { start: region.start, end: region.insertedEnd };
          if (e.origin === 'inserted' && changed.end > changed.start && !isFromDraft(state, changed)) return false;
          let last = -1;
          for (const r of state.inserted) {
            if (!(r.start > last && r.end > r.start && r.end <= state.text.length)) return false;
            last = r.end;
          }
        }
        return true;
      }),
    );
  });

  it('typed changes never make anything from a draft', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(edit, { maxLength: 20 }), (initial, edits) => {
        let state = applyChange(initialProvenance(''), initial, 'typed');
        for (const e of edits) {
          const start = e.at % (state.text.length + 1);
          const end = Math.min(state.text.length, start + e.remove);
          state = applyChange(state, state.text.slice(0, start) + e.insert + state.text.slice(end), 'typed');
        }
        return state.inserted.length === 0;
      }),
    );
  });
});
