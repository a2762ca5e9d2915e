// The real sample reports and small helpers the ingest tests share (not a test file itself).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Span } from '../../src/types.js';

export const SAMPLE_DIR = 'data/samples';
export const SAMPLES = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.txt')).sort();

export function samplePath(name: string): string {
  return join(SAMPLE_DIR, name);
}

export function sampleText(name: string): string {
  return readFileSync(samplePath(name), 'utf8');
}

/** Trimmed, non-empty lines of `text` that lie outside every furniture span. */
export function bodyLines(text: string, furniture: Span[]): string[] {
  const out: string[] = [];
  let pos = 0;
  for (const raw of text.split('\n')) {
    const start = pos;
    pos += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    const end = start + raw.length;
    if (!furniture.some((f) => start >= f.start && end <= f.end)) out.push(line);
  }
  return out;
}

/** Trimmed lines of `text` that some furniture span covers. */
export function furnitureLines(text: string, furniture: Span[]): string[] {
  const all = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body = new Set(bodyLines(text, furniture));
  return all.filter((l) => !body.has(l));
}

/** A fresh temporary folder and its cleanup. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-ingest-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Wraps a sample's lines in a government-site page: one <p> per line, a <title> with a site suffix,
 * a breadcrumb, a tool bar, a footer, a script and a style that must all disappear or be furniture.
 */
export function wrapInPage(text: string, charset: string, title = '某某区人民政府网'): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html><head>',
    `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    `<title>${escapeHtml(title)}</title>`,
    '<style>p { text-indent: 2em } .nav > a { color: red }</style>',
    '<script>var paragraphs = "<p>不应出现</p>"; if (a < b && c > d) {}</script>',
    '</head><body>',
    '<div class="nav">首页 &gt; 政务公开 &gt; 法治政府建设</div>',
    '<div class="tools"><a href="#">打印</a> | <a href="#">关闭</a></div>',
    '<div class="article">',
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    '</div>',
    '<div class="footer"><p><a>网站地图</a> | <a>联系我们</a></p>',
    '<p>主办单位：某某区人民政府办公室 版权所有</p><p>京ICP备05001234号-1</p></div>',
    '<noscript>请启用JavaScript</noscript>',
    '</body></html>',
  ].join('\n');
}
