import { describe, expect, it } from 'vitest';
import { originOf, signalOfInputType, signalOfKey } from '../../utils/overlay/input-origin';

describe('signalOfInputType', () => {
  it('reads paste, drop and yank as inserted', () => {
    for (const type of ['insertFromPaste', 'insertFromDrop', 'insertFromPasteAsQuotation', 'insertFromYank']) {
      expect(signalOfInputType(type, null).origin).toBe('inserted');
    }
  });
  it('reads typing, composition, line breaks and deletions as typed', () => {
    expect(signalOfInputType('insertText', 'a')).toEqual({ origin: 'typed', allowance: 1 });
    expect(signalOfInputType('insertCompositionText', '日本')).toEqual({ origin: 'typed', allowance: 2 });
    expect(signalOfInputType('insertParagraph', null)).toEqual({ origin: 'typed', allowance: 1 });
    expect(signalOfInputType('deleteContentBackward', null)).toEqual({ origin: 'typed', allowance: 0 });
  });
  it('reads autocorrect and undo as typed, whatever their size', () => {
    expect(signalOfInputType('insertReplacementText', null)).toEqual({ origin: 'typed', allowance: Number.POSITIVE_INFINITY });
    expect(signalOfInputType('historyUndo', null).allowance).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('signalOfKey', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean }> = {}) =>
    signalOfKey({ key: k, ctrlKey: false, metaKey: false, ...mods });
  it('counts printable keys, Enter and deletions as typing', () => {
    expect(key('a')).toEqual({ origin: 'typed', allowance: 1 });
    expect(key(' ')).toEqual({ origin: 'typed', allowance: 1 });
    expect(key('Enter')).toEqual({ origin: 'typed', allowance: 1 });
    expect(key('Backspace')).toEqual({ origin: 'typed', allowance: 0 });
  });
  it('ignores keys that change no text and paste shortcuts', () => {
    for (const k of ['ArrowLeft', 'Shift', 'Tab', 'Escape', 'F5', 'Dead']) expect(key(k)).toBeNull();
    expect(key('v', { ctrlKey: true })).toBeNull();
    expect(key('c', { metaKey: true })).toBeNull();
  });
  it('counts undo, redo and cut as typing', () => {
    expect(key('z', { ctrlKey: true })?.origin).toBe('typed');
    expect(key('Y', { metaKey: true })?.origin).toBe('typed');
    expect(key('x', { ctrlKey: true })).toEqual({ origin: 'typed', allowance: 0 });
  });
});

describe('originOf', () => {
  const typed = signalOfInputType('insertText', 'a');
  it('is inserted when no user input preceded the change (a draft fill)', () => {
    expect(originOf([], 1)).toBe('inserted');
    expect(originOf([], 0)).toBe('inserted');
  });
  it('is typed for what the keys account for, plus an editor autoformat', () => {
    expect(originOf([typed], 1)).toBe('typed');
    expect(originOf([typed], 0)).toBe('typed');
    expect(originOf([typed], 5)).toBe('typed');
  });
  it('is inserted when a key expanded into far more text (a smart phrase)', () => {
    expect(originOf([typed], 120)).toBe('inserted');
  });
  it('is inserted when a paste is among the events', () => {
    expect(originOf([typed, signalOfInputType('insertFromPaste', null)], 3)).toBe('inserted');
  });
  it('is typed for an undo of any size', () => {
    expect(originOf([signalOfInputType('historyUndo', null)], 400)).toBe('typed');
  });
});
