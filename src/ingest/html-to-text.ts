// Visible text of an HTML page, one line per block element, for reports scraped as web pages.
// Built on htmlparser2's tokenizer alone: its Parser keeps an open-element stack that costs
// quadratic time on deeply nested unclosed tags, and this conversion needs no tree.
import { Tokenizer } from 'htmlparser2';

export interface HtmlText {
  /** Visible text: one line per paragraph/block, runs of spaces collapsed, no empty lines. */
  text: string;
  /** Text of the first `<title>`, white space collapsed. */
  title?: string;
  /**
   * `<meta name=… content=…>` pairs, names lower-cased (`articletitle`, `pubdate`, `contentsource`
   * are the fields Chinese government sites carry).
   */
  metaTags: Record<string, string>;
}

/** Elements whose content is never shown. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'noembed', 'noframes']);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul', 'title', 'textarea', 'select', 'button',
]);

/** Table cells sit side by side on their row's line. */
const CELL = new Set(['td', 'th']);

/** What may appear inside <head>; anything else means the page left <head> without closing it. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'object']);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Collapses HTML white space (not U+3000: full-width spaces are part of Chinese text). */
function collapseLine(line: string): string {
  return line.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * Converts HTML to visible text. Tolerates tag soup: unclosed tags, stray end tags, 100k-deep nesting.
 * @example htmlToText('<title>T</title><p>甲&nbsp;乙</p><p>丙</p>').text === '甲 乙\n丙'
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let atLineStart = true;
  // A link just ended with nothing after it yet: links side by side (a portal's row of links to other
  // governments' sites) are separate items, not one name (安徽省人民政府|合肥市人民政府).
  let afterLink = false;
  let hidden = 0;
  let inHead = false;
  let inTitle = false;
  let inPre = 0;
  let title: string | undefined;
  let titleParts: string[] | undefined;
  const metaTags: Record<string, string> = {};

  let tag = '';
  let closing = false;
  let attrName = '';
  let attrValue = '';
  let attrs: Record<string, string> | undefined;

  const newline = () => {
    if (!atLineStart) {
      out.push('\n');
      atLineStart = true;
    }
  };
  const emit = (data: string) => {
    if (inTitle && titleParts) {
      titleParts.push(data);
      return;
    }
    if (hidden > 0) return;
    if (inHead) {
      if (!/\S/.test(data)) return;
      inHead = false; // text in <head>: the page's body started without a <body> tag
    }
    const text = inPre > 0 ? data.replace(/\r\n?/g, '\n') : data.replace(/[ \t\n\r\f]+/g, ' ');
    if (!text) return;
    out.push(text);
    atLineStart = text.endsWith('\n');
    afterLink = false;
  };

  const open = (name: string) => {
    if (inHead && !HEAD_CONTENT.has(name)) inHead = false;
    if (name === 'head') inHead = true;
    else if (name === 'body') inHead = false;
    if (HIDDEN.has(name)) hidden++;
    if (name === 'title' && title === undefined && !titleParts) {
      inTitle = true;
      titleParts = [];
      return;
    }
    if (name === 'pre') inPre++;
    if (BLOCK.has(name)) newline();
    else if (CELL.has(name)) emit(' ');
    else if (name === 'a' && afterLink && !atLineStart) emit(' ');
  };
  const close = (name: string) => {
    if (name === 'head') inHead = false;
    if (HIDDEN.has(name) && hidden > 0) hidden--;
    if (name === 'title' && inTitle) {
      inTitle = false;
      title = collapseLine((titleParts ?? []).join('').replace(/\s+/g, ' ')) || undefined;
      return;
    }
    if (name === 'pre' && inPre > 0) inPre--;
    if (BLOCK.has(name)) newline();
    else if (CELL.has(name)) emit(' ');
    else if (name === 'a') afterLink = true;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => emit(html.slice(start, end)),
      ontextentity: (cp) => emit(String.fromCodePoint(cp)),
      onopentagname: (start, end) => {
        tag = html.slice(start, end).toLowerCase();
        closing = false;
        attrs = tag === 'meta' ? {} : undefined;
      },
      onattribname: (start, end) => {
        attrName = html.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata: (start, end) => {
        if (attrs) attrValue += html.slice(start, end);
      },
      onattribentity: (cp) => {
        if (attrs) attrValue += String.fromCodePoint(cp);
      },
      onattribend: () => {
        if (attrs && !(attrName in attrs)) attrs[attrName] = attrValue;
      },
      onopentagend: () => {
        if (closing) return;
        if (attrs) readMetaTag(attrs, metaTags);
        open(tag);
        if (VOID.has(tag) && tag !== 'br' && tag !== 'hr') close(tag);
      },
      onselfclosingtag: () => {
        if (attrs) readMetaTag(attrs, metaTags);
        open(tag);
        // Only void elements really close themselves in HTML; `<div/>` opens a div.
        if (VOID.has(tag) || HIDDEN.has(tag)) close(tag);
      },
      onclosetag: (start, end) => {
        closing = true;
        close(html.slice(start, end).toLowerCase());
      },
      // HTML (unlike XML) treats <![CDATA[…]]> as a bogus comment: nothing shows.
      oncdata: () => {},
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
      isInForeignContext: () => false,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (inTitle && titleParts) title = collapseLine(titleParts.join('').replace(/\s+/g, ' ')) || undefined;

  const lines: string[] = [];
  for (const raw of out.join('').split('\n')) {
    const line = collapseLine(raw);
    if (/\S/.test(line)) lines.push(line);
  }
  return { text: lines.join('\n'), title, metaTags };
}

function readMetaTag(attrs: Record<string, string>, into: Record<string, string>): void {
  const name = (attrs.name ?? attrs.property ?? '').trim().toLowerCase();
  const content = attrs.content?.replace(/\s+/g, ' ').trim();
  if (name && content && !(name in into)) into[name] = content;
}
