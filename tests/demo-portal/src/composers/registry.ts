import type { ComposerKind } from '../threads/schema';
import type { CreateComposer } from './composer';

// Each editor library is its own chunk, loaded only when a thread needs it.
const loaders: Record<ComposerKind, () => Promise<CreateComposer>> = {
  textarea: async () => (await import('./textarea')).createTextareaComposer,
  quill: async () => (await import('./quill')).createQuillComposer,
  ckeditor: async () => (await import('./ckeditor')).createCkeditorComposer,
  tinymce: async () => (await import('./tinymce')).createTinymceComposer,
  tiptap: async () => (await import('./tiptap')).createTiptapComposer,
  iframe: async () => (await import('./iframe')).createIframeComposer,
  shadow: async () => (await import('./shadow')).createShadowComposer,
};

export const loadComposer = (kind: ComposerKind): Promise<CreateComposer> => loaders[kind]();

export const composerLabels: Record<ComposerKind, string> = {
  textarea: 'Textarea in a form',
  quill: 'Quill 2',
  ckeditor: 'CKEditor 5',
  tinymce: 'TinyMCE (iframe)',
  tiptap: 'Tiptap / ProseMirror',
  iframe: 'contenteditable in iframe',
  shadow: 'Shadow DOM textarea',
};
