/** The encoding an XML declaration names, lowercased: `<?xml version="1.0" encoding="ISO-8859-1"?>` -> "iso-8859-1". */
export function xmlEncoding(head: Uint8Array): string | undefined {
  const start = Buffer.from(head.subarray(0, 200)).toString('latin1');
  const m = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(start);
  return m ? m[1].toLowerCase() : undefined;
}
