/** Bytes of a page's head looked at for its declared encoding (the HTML prescan reads 1024). */
export const CHARSET_PRESCAN_BYTES = 1024;

/**
 * The encoding a page declares in its first bytes, or undefined:
 * `<meta charset="windows-1252">`, or
 * `<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`.
 * Read as Latin-1, so any ASCII-compatible encoding can be recognised before it is known.
 */
export function htmlCharset(head: Uint8Array): string | undefined {
  const ascii = Buffer.from(head.subarray(0, CHARSET_PRESCAN_BYTES)).toString('latin1');
  for (const tag of ascii.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1].toLowerCase();
  }
  return undefined;
}

/** The charset parameter of an HTTP Content-Type header: "text/html; charset=UTF-8" -> "utf-8". */
export function contentTypeCharset(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : undefined;
}
