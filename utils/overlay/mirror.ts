import type { Severity } from '@/utils/analysis/schema';
import type { ComposerSession } from './registry';
import { safely } from './safe';
import { layerSpans, type Span } from './spans';
import { perFrame } from './timing';

// Textarea findings drawn on a mirror: a click-through copy of the textarea's box (font,
// padding, borders, wrapping, scroll) in our own shadow host, with transparent text and
// highlighted <mark>s. The textarea itself is never touched.

const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch',
  'fontFeatureSettings', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform',
  'textAlign', 'direction', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'wordBreak', 'overflowWrap', 'whiteSpace',
] as const;

const MIRROR_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; pointer-events: none; z-index: 2147482000; }
.mirror { position: fixed; overflow: hidden; color: transparent; border-color: transparent !important;
  background: transparent; margin: 0; white-space: pre-wrap; overflow-wrap: break-word; }
mark { color: transparent; background: transparent; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
mark[data-severity="critical"] { background: rgb(220 38 38 / 0.16); text-decoration: underline wavy rgb(220 38 38); }
mark[data-severity="warning"] { background: rgb(217 119 6 / 0.16); text-decoration: underline solid rgb(217 119 6); }
mark[data-severity="info"] { text-decoration: underline dotted rgb(37 99 235); }
`;

export interface Mirror {
  render(value: string, spans: readonly Span[]): void;
}

/** Offset of the textarea's frame in the top viewport (0,0 outside iframes). */
function frameOffset(session: ComposerSession): { x: number; y: number } {
  if (!session.frame) return { x: 0, y: 0 };
  const rect = session.frame.getBoundingClientRect();
  return { x: rect.left + session.frame.clientLeft, y: rect.top + session.frame.clientTop };
}

function fillMirror(doc: Document, box: HTMLElement, value: string, spans: readonly Span[]): void {
  const nodes: Node[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > value.length) continue;
    nodes.push(doc.createTextNode(value.slice(at, span.start)));
    const mark = doc.createElement('mark');
    mark.dataset.severity = span.severity as Severity;
    mark.dataset.findingId = span.findingId;
    mark.textContent = value.slice(span.start, span.end);
    nodes.push(mark);
    at = span.end;
  }
  // The trailing space keeps a final empty line as tall as the textarea's.
  nodes.push(doc.createTextNode(`${value.slice(at)} `));
  box.replaceChildren(...nodes);
}

export function createMirror(session: ComposerSession): Mirror {
  const textarea = session.element as HTMLTextAreaElement;
  const { signal } = session;
  const host = document.createElement('replyguard-mirror');
  host.dataset.composer = session.id;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = MIRROR_CSS;
  shadow.append(style);
  // One box per layer of overlapping findings; boxes are identical copies of the textarea.
  const boxes: HTMLElement[] = [];
  const addBox = () => {
    const box = document.createElement('div');
    box.className = 'mirror';
    box.setAttribute('aria-hidden', 'true');
    shadow.append(box);
    boxes.push(box);
    return box;
  };
  addBox();
  document.documentElement.append(host);
  signal.addEventListener('abort', () => host.remove());

  const alignBox = (box: HTMLElement, rect: DOMRect, css: CSSStyleDeclaration) => {
    for (const prop of COPIED) box.style[prop] = css[prop];
    const offset = frameOffset(session);
    const borderX = Number.parseFloat(css.borderLeftWidth) + Number.parseFloat(css.borderRightWidth);
    const scrollbar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borderX);
    box.style.display = 'block';
    box.style.boxSizing = 'border-box';
    box.style.left = `${rect.left + offset.x}px`;
    box.style.top = `${rect.top + offset.y}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
    box.style.paddingRight = `${Number.parseFloat(css.paddingRight) + scrollbar}px`;
    box.style.whiteSpace = 'pre-wrap';
    box.scrollTop = textarea.scrollTop;
    box.scrollLeft = textarea.scrollLeft;
  };
  const align = safely('mirror align', () => {
    const rect = textarea.getBoundingClientRect();
    const hidden = !textarea.isConnected || rect.width === 0 || rect.height === 0;
    const css = textarea.ownerDocument.defaultView!.getComputedStyle(textarea);
    for (const box of boxes) {
      if (hidden) box.style.display = 'none';
      else alignBox(box, rect, css);
    }
  });
  const schedule = perFrame(align, signal);
  const views = new Set<Window>([window]);
  if (textarea.ownerDocument.defaultView) views.add(textarea.ownerDocument.defaultView);
  for (const view of views) {
    for (const type of ['scroll', 'resize', 'transitionend', 'animationend']) {
      view.addEventListener(type, schedule, { capture: true, passive: true, signal });
    }
  }
  textarea.addEventListener('input', schedule, { signal });
  const resize = new ResizeObserver(schedule);
  resize.observe(textarea);
  // Font, padding or class changes restyle the text without necessarily resizing the box.
  const restyle = new MutationObserver(schedule);
  restyle.observe(textarea, { attributes: true, attributeFilter: ['style', 'class'] });
  signal.addEventListener('abort', () => {
    resize.disconnect();
    restyle.disconnect();
  });
  textarea.ownerDocument.fonts?.addEventListener('loadingdone', schedule, { signal });

  return {
    render(value, spans) {
      const layers = layerSpans(spans);
      while (boxes.length < layers.length) addBox();
      boxes.forEach((box, i) => fillMirror(document, box, value, layers[i] ?? []));
      align();
    },
  };
}
