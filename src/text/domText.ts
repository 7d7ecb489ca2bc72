/** Elements whose content is never text a reader sees on the page. */
const SKIPPED = new Set([
  'HEAD',
  'TITLE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'CANVAS',
  'OBJECT',
  'SELECT',
  'BUTTON',
  'TEXTAREA',
]);

/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'CENTER',
]);

/** Around the text of a link when `markLinks` is set (private-use characters; dropLinkLines reads and removes them). */
export const LINK_START = '\uE000';
export const LINK_END = '\uE001';

/**
 * The visible text of a DOM subtree, one line per block: "<p>a</p><p>b</p>" -> "a\nb".
 * Source whitespace is not layout ("Norvex\n   agreed" -> "Norvex agreed"); table cells are
 * separated by a space. The text is not yet normalised (normalizeUnicode does that).
 * With `markLinks`, the text of each link is put between LINK_START and LINK_END.
 */
export function domText(root: Node, options: { markLinks?: boolean } = {}): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/[\uE000\uE001]/g, ''));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(name)) return;
    const block = BLOCK.has(name);
    const link = options.markLinks === true && name === 'A';
    if (block) parts.push('\n');
    else if (name === 'TD' || name === 'TH') parts.push(' ');
    if (link) parts.push(LINK_START);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (link) parts.push(LINK_END);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
