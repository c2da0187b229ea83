// The overlay's stylesheet. It lives in a shadow root, so it sets every color and size itself
// (px, not rem: EHR pages often change the root font size) and inherits nothing from the page.
// Contrast: every text color is at least 4.5:1 on its background in both schemes (WCAG AA).

export const overlayStyles = `
:host { all: initial; }

.rg-root {
  --rg-bg: #ffffff;
  --rg-surface: #f5f7fa;
  --rg-text: #1a1f26;
  --rg-muted: #4b5563;
  --rg-border: #d6dbe2;
  --rg-border-strong: #9aa4b2;
  --rg-accent: #1d4ed8;
  --rg-accent-hover: #1e40af;
  --rg-on-accent: #ffffff;
  --rg-focus: #1d4ed8;
  --rg-shadow: 0 8px 28px rgba(16, 24, 40, 0.18), 0 1px 3px rgba(16, 24, 40, 0.12);
  --rg-critical: #b42318;
  --rg-critical-tint: #fef3f2;
  --rg-critical-mark: #d92d20;
  --rg-warning: #8f3a0b;
  --rg-warning-tint: #fffaeb;
  --rg-warning-mark: #dc6803;
  --rg-info: #175cd3;
  --rg-info-tint: #eff6ff;
  --rg-info-mark: #2e78e6;
  color-scheme: light;
  color: var(--rg-text);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  letter-spacing: normal;
  text-align: left;
  -webkit-font-smoothing: antialiased;
}

@media (prefers-color-scheme: dark) {
  .rg-root {
    --rg-bg: #1d2127;
    --rg-surface: #262b33;
    --rg-text: #e9ecf0;
    --rg-muted: #aab3bf;
    --rg-border: #3a424d;
    --rg-border-strong: #6b7685;
    --rg-accent: #8ab4f8;
    --rg-accent-hover: #a8c7fa;
    --rg-on-accent: #0b1b33;
    --rg-focus: #8ab4f8;
    --rg-shadow: 0 8px 28px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
    --rg-critical: #ffa197;
    --rg-critical-tint: #3a2224;
    --rg-critical-mark: #f97066;
    --rg-warning: #fdc45c;
    --rg-warning-tint: #352b1b;
    --rg-warning-mark: #f79009;
    --rg-info: #93c5fd;
    --rg-info-tint: #1d2a3c;
    --rg-info-mark: #53a0f5;
    color-scheme: dark;
  }
}

/* Resets in :where() have no specificity, so every component rule below wins over them. */
:where(.rg-root) *, :where(.rg-root) *::before, :where(.rg-root) *::after { box-sizing: border-box; }
:where(.rg-root) [hidden] { display: none !important; }
:where(.rg-root) :where(h2, h3, h4, p, ul, fieldset) { margin: 0; padding: 0; }
:where(.rg-root) ul { list-style: none; }
:where(.rg-root) :where(button, input) { font: inherit; color: inherit; letter-spacing: inherit; }
:where(.rg-root) svg { flex: none; }

:where(.rg-root) :focus { outline: none; }
.rg-root :focus-visible { outline: 2px solid var(--rg-focus); outline-offset: 2px; }

.rg-visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}

/* Panel */
.rg-panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  width: 360px; max-width: calc(100vw - 32px);
  display: flex; flex-direction: column;
  background: var(--rg-bg); border: 1px solid var(--rg-border); border-radius: 10px;
  box-shadow: var(--rg-shadow);
}
.rg-panel[data-open="false"] { width: auto; max-width: min(360px, calc(100vw - 32px)); }
.rg-panel[data-edge="top"] { top: 16px; bottom: auto; }
.rg-panel { max-height: var(--rg-panel-max, calc(100vh - 32px)); }
.rg-panel__heading { font-size: inherit; font-weight: inherit; }
.rg-panel__toggle {
  display: flex; align-items: center; gap: 10px; width: 100%; min-height: 44px;
  padding: 8px 12px; background: transparent; border: 0; border-radius: 10px;
  cursor: pointer; text-align: left;
}
.rg-panel[data-open="true"] .rg-panel__toggle { border-bottom: 1px solid var(--rg-border); border-radius: 10px 10px 0 0; }
.rg-panel__toggle:hover { background: var(--rg-surface); }
.rg-logo { fill: var(--rg-accent); }
.rg-panel__titles { display: flex; flex-direction: column; min-width: 0; flex: 1; }
.rg-panel__title { font-weight: 650; font-size: 13px; }
.rg-panel__status { color: var(--rg-muted); font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rg-panel__status[data-checking="true"]::after { content: "…"; }
.rg-panel__chevron { fill: none; stroke: var(--rg-muted); stroke-width: 1.8; transition: transform 160ms ease; }
.rg-panel[data-open="false"] .rg-panel__chevron { transform: rotate(180deg); }
.rg-count {
  min-width: 22px; height: 22px; padding: 0 7px; border-radius: 11px;
  display: inline-flex; align-items: center; justify-content: center;
  font-size: 12px; font-weight: 700; font-variant-numeric: tabular-nums;
}
.rg-count--critical { background: var(--rg-critical-tint); color: var(--rg-critical); box-shadow: inset 0 0 0 1px var(--rg-critical-mark); }
.rg-count--warning { background: var(--rg-warning-tint); color: var(--rg-warning); box-shadow: inset 0 0 0 1px var(--rg-warning-mark); }
.rg-count--info { background: var(--rg-info-tint); color: var(--rg-info); box-shadow: inset 0 0 0 1px var(--rg-info-mark); }

.rg-panel__body {
  max-height: min(60vh, 520px, calc(var(--rg-panel-max, 100vh) - 60px));
  overflow-x: hidden; overflow-y: auto; overscroll-behavior: contain;
  padding: 4px 12px 12px;
}
.rg-panel__empty { color: var(--rg-muted); padding: 10px 0 2px; }
.rg-group { margin-top: 10px; }
.rg-group__title {
  display: flex; align-items: center; gap: 6px; margin-bottom: 6px;
  font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--rg-muted);
}
.rg-group__count { font-variant-numeric: tabular-nums; font-weight: 600; }
.rg-group__list { display: flex; flex-direction: column; gap: 8px; }

/* Severity */
.rg-sev { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; font-weight: 700; }
.rg-sev-icon text { font: 700 10px/1 system-ui, sans-serif; fill: var(--rg-bg); }
.rg-sev--critical { color: var(--rg-critical); }
.rg-sev--critical .rg-sev-icon path { fill: var(--rg-critical-mark); }
.rg-sev--warning { color: var(--rg-warning); }
.rg-sev--warning .rg-sev-icon path { fill: var(--rg-warning-mark); }
.rg-sev--info { color: var(--rg-info); }
.rg-sev--info .rg-sev-icon path { fill: var(--rg-info-mark); }

/* Card */
.rg-card {
  padding: 10px 12px; border: 1px solid var(--rg-border); border-left-width: 4px; border-radius: 8px;
  background: var(--rg-bg);
}
.rg-card--critical { border-left-color: var(--rg-critical-mark); background: linear-gradient(var(--rg-critical-tint), var(--rg-bg) 44px); }
.rg-card--warning { border-left-color: var(--rg-warning-mark); }
.rg-card--info { border-left-color: var(--rg-info-mark); }
.rg-card__meta { display: flex; align-items: center; gap: 8px; margin-bottom: 3px; }
.rg-card__origin {
  font-size: 11px; font-weight: 600; color: var(--rg-muted);
  padding: 0 6px; border: 1px solid var(--rg-border); border-radius: 4px;
}
.rg-card__summary { font-size: 13px; font-weight: 600; line-height: 1.4; overflow-wrap: anywhere; }
.rg-disclosure {
  display: inline-flex; align-items: center; gap: 4px; margin: 4px 0 0 -4px; padding: 2px 4px; min-height: 24px;
  background: none; border: 0; border-radius: 4px; color: var(--rg-accent); font-size: 12px; font-weight: 600; cursor: pointer;
}
.rg-disclosure:hover { text-decoration: underline; }
.rg-chevron { fill: none; stroke: currentColor; stroke-width: 1.8; stroke-linecap: round; stroke-linejoin: round; transition: transform 160ms ease; }
.rg-disclosure[aria-expanded="true"] .rg-chevron { transform: rotate(90deg); }
.rg-card__detail { margin-top: 4px; padding: 8px 10px; background: var(--rg-surface); border-radius: 6px; }
.rg-card__detail p { white-space: pre-line; overflow-wrap: anywhere; }
.rg-card__source { margin-top: 4px; color: var(--rg-muted); font-size: 12px; }
.rg-card__actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.rg-nothelpful { display: contents; }
.rg-nothelpful__popup { flex-basis: 100%; margin-top: 2px; padding: 6px 8px; background: var(--rg-surface); border-radius: 6px; }
.rg-nothelpful__label { font-size: 12px; font-weight: 650; margin-bottom: 4px; }
.rg-nothelpful__menu { display: flex; flex-direction: column; align-items: stretch; gap: 2px; }
.rg-nothelpful__item { font: inherit; font-size: 13px; text-align: left; padding: 5px 8px; border: 1px solid transparent; border-radius: 6px; background: var(--rg-bg); color: var(--rg-text); cursor: pointer; }
.rg-nothelpful__item:hover, .rg-nothelpful__item:focus-visible { border-color: var(--rg-accent); }

/* Buttons: at least 28px tall (WCAG 2.2 target size is 24px) */
.rg-btn {
  max-width: 100%;
  display: inline-flex; align-items: center; gap: 6px; min-height: 28px; padding: 4px 10px;
  background: var(--rg-bg); border: 1px solid var(--rg-border-strong); border-radius: 6px;
  font-size: 12.5px; font-weight: 600; line-height: 1.3; text-align: left; cursor: pointer;
}
.rg-btn:hover { background: var(--rg-surface); }
.rg-btn--primary { background: var(--rg-accent); border-color: var(--rg-accent); color: var(--rg-on-accent); }
.rg-btn--primary:hover { background: var(--rg-accent-hover); border-color: var(--rg-accent-hover); }
.rg-btn--quiet { border-color: transparent; background: transparent; color: var(--rg-accent); }
.rg-btn--quiet:hover { background: var(--rg-surface); }
.rg-btn:disabled { cursor: not-allowed; color: var(--rg-muted); background: var(--rg-surface); border-color: var(--rg-border); }
.rg-btn__tag {
  font-size: 10.5px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  padding: 0 5px; border-radius: 3px; background: rgba(255, 255, 255, 0.18); box-shadow: inset 0 0 0 1px currentColor;
}

/* Pre-send review */
.rg-review {
  position: fixed; inset: 0; margin: auto; z-index: 2147483647;
  width: min(560px, calc(100vw - 32px)); height: fit-content; max-height: calc(100vh - 48px); overflow-y: auto;
  padding: 20px 22px 0; color: var(--rg-text); background: var(--rg-bg);
  border: 1px solid var(--rg-border); border-radius: 12px; box-shadow: var(--rg-shadow);
}
.rg-review::backdrop { background: rgba(15, 23, 42, 0.5); }
.rg-review__title { font-size: 17px; font-weight: 700; line-height: 1.3; }
.rg-review__explanation { margin-top: 4px; color: var(--rg-muted); }
.rg-review__list { display: flex; flex-direction: column; gap: 8px; margin-top: 14px; }
.rg-review__item { padding: 10px 12px; border: 1px solid var(--rg-border); border-left-width: 4px; border-radius: 8px; }
.rg-review__item--critical { border-left-color: var(--rg-critical-mark); }
.rg-review__item--warning { border-left-color: var(--rg-warning-mark); }
.rg-review__summary { margin-top: 2px; font-weight: 600; overflow-wrap: anywhere; }
.rg-review__why { margin-top: 2px; color: var(--rg-muted); white-space: pre-line; overflow-wrap: anywhere; }
.rg-review__draft { margin-top: 4px; font-weight: 600; }
.rg-review__fixes { display: flex; flex-wrap: wrap; gap: 6px 8px; margin-top: 16px; }
.rg-review__label { flex-basis: 100%; font-weight: 650; }
.rg-review__reasons { margin-top: 14px; border: 0; display: flex; flex-direction: column; gap: 2px; }
.rg-review__reasons legend { padding: 0; margin-bottom: 2px; font-weight: 650; }
.rg-radio { display: flex; align-items: center; gap: 8px; min-height: 28px; cursor: pointer; }
.rg-radio input { width: 16px; height: 16px; margin: 0; accent-color: var(--rg-accent); }
/* Sticky, so "Edit message" and "Send anyway" stay in view however long the list is. */
.rg-review__footer {
  position: sticky; bottom: 0; z-index: 1;
  display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end; gap: 8px;
  margin-top: 18px; padding: 14px 0 20px; border-top: 1px solid var(--rg-border); background: var(--rg-bg);
}
.rg-review__footer .rg-btn { min-height: 32px; padding: 6px 14px; font-size: 13px; }
.rg-review__hint { margin-right: auto; color: var(--rg-muted); font-size: 12px; }

@media (prefers-reduced-motion: reduce) {
  .rg-root *, .rg-root *::before, .rg-root *::after { transition: none !important; animation: none !important; }
}

/* Windows high contrast: let system colors through and keep shapes visible. */
@media (forced-colors: active) {
  .rg-panel, .rg-card, .rg-review, .rg-review__item, .rg-btn { border: 1px solid CanvasText; }
  .rg-sev-icon path { fill: CanvasText !important; }
  .rg-sev-icon text { fill: Canvas !important; }
  .rg-btn--primary { border-width: 2px; }
}
`;

/**
 * Put the overlay's styles into a shadow root: a constructed sheet where supported (no element
 * for the page's scripts to find or strip), else a <style> element.
 */
export function applyOverlayStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(overlayStyles);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = overlayStyles;
  root.prepend(style);
}
