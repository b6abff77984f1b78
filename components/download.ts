/**
 * Saves a file from an extension page through a link with `download` (a Blob URL): the browser's own download,
 * with no `downloads` permission. The link is put in the page for the click (Firefox ignores a detached one).
 */
import type { ExportFile } from '../utils/export/formats';

export type Download = (file: ExportFile) => void;

export const downloadFile: Download = ({ name, type, text }) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started by then; a popup closed earlier frees the URL with its page
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
