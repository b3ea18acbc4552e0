// Downloads without the `downloads` permission: a Blob URL on an <a download>, clicked.
// The URL is revoked later, not at once: the browser reads the Blob after the click returns.
import { errorText } from '../messaging';

export interface DownloadFile {
  name: string;
  /** MIME type, charset included: "text/markdown;charset=utf-8". */
  mime: string;
  content: string;
}

export type DownloadOutcome = { ok: true } | { ok: false; error: string };

/** How long the Blob URL lives after the click. */
export const REVOKE_AFTER_MS = 60_000;

export function downloadFile(file: DownloadFile, doc: Document = document): DownloadOutcome {
  let url: string | undefined;
  try {
    url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = file.name;
    a.hidden = true;
    doc.body.append(a);
    a.click();
    a.remove();
    const made = url;
    setTimeout(() => URL.revokeObjectURL(made), REVOKE_AFTER_MS);
    return { ok: true };
  } catch (err) {
    if (url) URL.revokeObjectURL(url);
    return { ok: false, error: errorText(err) };
  }
}
