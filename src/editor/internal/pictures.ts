import { MAX_PICTURE_BYTES, PICTURE_TYPES, type Picture } from '../picture';
import type { EditorInternals } from './editor-internals';

/** A picture file chosen or dropped for event `id`: kept in the draft as a data: URL, once it is a picture the viewer draws and not too big. */
export async function pictureFromFile(editor: EditorInternals, id: string, file: File): Promise<void> {
  const candidate = editor.docs.doc.candidates.find((c) => c.id === id);
  if (!candidate) return;
  const name = candidate.title || 'the untitled event';
  if (!PICTURE_TYPES[file.type]) {
    editor.show({ announcement: `${file.name} is not a picture the timeline can show: choose a JPEG, PNG, WebP, AVIF or SVG file.` });
    return;
  }
  if (file.size > MAX_PICTURE_BYTES) {
    editor.show({ announcement: `${file.name} is ${(file.size / 2 ** 20).toFixed(1)} MB: choose a picture of 5 MB or less.` });
    return;
  }
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
  const before = candidate.media;
  const picture: Picture = { src: '', alt: before?.alt ?? '', caption: before?.caption ?? '', credit: before?.credit ?? '', file: { name: file.name, type: file.type, dataUrl } };
  if (before?.kept) picture.kept = before.kept;
  editor.run({ type: 'set-picture', id, picture });
  editor.unfold(id, true);
  editor.show({ announcement: `${file.name} is the picture of “${name}”; give it alt text.` });
  void editor.focusInCard(id, `#c-${CSS.escape(id)}-picture-alt`);
}
