// What the reply panel needs from any composer, whatever editor library draws it.

export interface Composer {
  /** Plain text as the clinician typed it, block boundaries as newlines. */
  getText(): string;
  /** Replaces the content programmatically (EHR drafts, templates). */
  setText(text: string): void;
  clear(): void;
  focus(): void;
  destroy(): void;
}

export interface ComposerOptions {
  host: HTMLElement;
  /** Accessible name of the editable area. */
  label: string;
  /** Ctrl/Cmd+Enter (and Enter where Enter-to-send is on). */
  onShortcutSend: () => void;
  /** Read at key time so a settings toggle applies without re-creating the editor. */
  enterToSend?: () => boolean;
}

export type CreateComposer = (options: ComposerOptions) => Promise<Composer>;

export const isSendShortcut = (event: KeyboardEvent): boolean =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
