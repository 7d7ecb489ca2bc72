export interface StrippedMarkdown {
  text: string;
  /** The leading "# Heading" (or a setext heading underlined with "==="). */
  title?: string;
}

/**
 * Turns Markdown into plain text lines: headings lose their "#", links keep their
 * text, images, reference definitions, rules and code fences go, emphasis markers
 * go. List markers stay (the sentence splitter leaves them out of spans).
 */
export function stripMarkdown(markdown: string): StrippedMarkdown {
  const lines = markdown.split(/\r\n?|\n/);
  const out: string[] = [];
  let title: string | undefined;
  let seenText = false;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n];
    if (/^\s{0,3}(```|~~~)/.test(line)) continue; // code fence markers
    if (/^\s{0,3}\[[^\]\n]{1,200}\]:\s/.test(line)) continue; // [ref]: https://...
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push(''); // --- (thematic break)
      continue;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && out.length > 0 && out[out.length - 1] !== '') {
      // "Headline\n========" (setext heading)
      if (!seenTextBefore(out) && line.includes('=')) title ??= out[out.length - 1];
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+/.exec(line);
    if (heading) {
      line = line.slice(heading[0].length).replace(/\s+#+\s*$/, '');
      line = inline(line);
      if (!seenText && heading[1] === '#' && title === undefined) title = line.trim();
    } else {
      line = inline(line.replace(/^(\s{0,3})>\s?/, '$1'));
    }
    if (line.trim() !== '') seenText = true;
    out.push(line);
  }
  return { text: out.join('\n'), title: title === '' ? undefined : title };
}

function seenTextBefore(out: string[]): boolean {
  return out.slice(0, -1).some((line) => line.trim() !== '');
}

/** Inline markup: ![img](u) [text](u) [text][ref] <https://u> **b** __b__ *i* _i_ `code` ~~del~~ */
function inline(line: string): string {
  return line
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*\n]*)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_([^_\s][^_\n]*)_(?!\w)/g, '$1$2')
    .replace(/~~([^~\n]+)~~/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1');
}
