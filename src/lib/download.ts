/** Hands a text file to the browser's download. */
export function downloadText(filename: string, mime: string, text: string): void {
  downloadBlob(filename, new Blob([text], { type: `${mime};charset=utf-8` }));
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name with today's date, so successive exports sort and never overwrite each other. */
export const datedName = (stem: string, ext: string, now = new Date()) =>
  `${stem}-${now.toISOString().slice(0, 10)}.${ext}`;
