// What kind of composer an editable element is, and whether it is worth attaching to at all.

export type ComposerKind =
  | 'textarea'
  | 'contenteditable'
  | 'quill'
  | 'ckeditor'
  | 'tinymce'
  | 'prosemirror'
  | 'iframe'
  | 'shadow';

const MIN_WIDTH = 120;
const MIN_HEIGHT = 28;
const SEARCH_HINT = /search|filter|query|find/i;

export const COMPOSER_SELECTOR = 'textarea, [contenteditable], [role="textbox"]';

/** The outermost editable element (editors nest contenteditable islands inside their root). */
export function editableRoot(el: Element): HTMLElement | null {
  // Duck-typed, not instanceof: nodes from same-origin iframes have their own constructors.
  const html = el as HTMLElement;
  if (el.localName === 'textarea') return html;
  if (!html.isContentEditable) return null;
  let root = html;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

function hasSearchHint(el: HTMLElement): boolean {
  if (el.closest('[role="search"], search')) return true;
  const hints = [el.id, el.getAttribute('name'), el.getAttribute('placeholder'), el.getAttribute('aria-label')];
  return hints.some((h) => h != null && SEARCH_HINT.test(h));
}

/** Composers are multi-line editors big enough to write a reply in; search boxes and chips are not. */
export function isLikelyComposer(el: HTMLElement): boolean {
  if (el.localName === 'textarea') {
    const ta = el as HTMLTextAreaElement;
    if (ta.disabled || ta.readOnly) return false;
  } else if (!el.isContentEditable) {
    return false;
  }
  if (hasSearchHint(el)) return false;
  // An editable iframe body (TinyMCE) is only as tall as its text; the frame is the real box.
  const frame = el.localName === 'body' ? el.ownerDocument.defaultView?.frameElement : null;
  const rect = (frame ?? el).getBoundingClientRect();
  return rect.width >= MIN_WIDTH && rect.height >= MIN_HEIGHT;
}

export function classify(el: HTMLElement, inFrame: boolean, inShadow: boolean): ComposerKind {
  if (el.localName === 'textarea') return inShadow ? 'shadow' : 'textarea';
  const cls = el.classList;
  if (cls.contains('ql-editor')) return 'quill';
  if (cls.contains('ck-editor__editable') || cls.contains('ck-content')) return 'ckeditor';
  if (cls.contains('ProseMirror')) return 'prosemirror';
  if (el.id === 'tinymce' || cls.contains('mce-content-body')) return 'tinymce';
  if (inFrame) return 'iframe';
  if (inShadow) return 'shadow';
  return 'contenteditable';
}
