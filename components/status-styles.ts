// The status controls' stylesheet (their own shadow root; px sizes, nothing inherited from the
// page). Text is at least 4.5:1 on the chip's background. The layer ignores the mouse; only the
// chips take clicks.

/** Every chip has this box, so the content script can place it before it is drawn. */
export const STATUS_CHIP_SIZE = { width: 176, height: 24 } as const;

export const statusStyles = `
:host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; }
.rg-status { position: fixed; pointer-events: auto; }
.rg-status__chip { box-sizing: border-box; width: ${STATUS_CHIP_SIZE.width}px; height: ${STATUS_CHIP_SIZE.height}px;
  display: flex; align-items: center; gap: 6px; margin: 0; padding: 0 8px; cursor: pointer;
  border: 1px solid #c3cad4; border-radius: 12px; background: #ffffff; color: #1a1f26; opacity: 0.92;
  font: 500 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 2px rgba(16, 24, 40, 0.12); }
.rg-status:hover .rg-status__chip { opacity: 1; border-color: #9aa4b2; }
.rg-status__dot { flex: none; width: 8px; height: 8px; border-radius: 50%; background: #1d4ed8; }
.rg-status[data-status="not-checked"] .rg-status__chip { border-color: #8f3a0b; background: #fffaeb; color: #7a2e0e; }
.rg-status[data-status="not-checked"] .rg-status__dot { background: #dc6803; }
.rg-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
`;
