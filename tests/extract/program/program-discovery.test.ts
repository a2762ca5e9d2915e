// Programs end to end on the sample reports: practices the gazetteer does not list are discovered,
// figures of speech are not, variants merge into one entity, and the Program F1 against the gold
// annotations reaches the target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GoldReport } from '../../../src/eval/load-gold.js';
import { scoreExtractions } from '../../../src/eval/score-extractions.js';
import { getGazetteerIndex } from '../../../src/extract/gazetteer-index.js';
import { PROGRAM_DISCOVERY, programDiscoveryRecognizer } from '../../../src/extract/recognizers/program-discovery.js';
import { readDocument } from '../../../src/ingest/read-document.js';
import { getExtractContext } from '../../../src/pipeline/create-context.js';
import { extractDocument, type ExtractContext } from '../../../src/pipeline/extract-document.js';
import { prepareText } from '../../../src/text/prepare-text.js';
import type { Extraction, RawDocument } from '../../../src/types.js';

const SAMPLE_DIR = 'data/samples';
const GOLD_DIR = 'data/gold';
const SAMPLES = ['000_e995035764c2eff9', '001_e1d5a82091e745d0', '002_34c1cbee03159163', '003_a9c3b358a18e57db', '004_d37acb428d33b8ca'];

const extractions = new Map<string, Extraction>();
/** The same reports extracted with an empty program gazetteer: what discovery finds on its own. */
const unlisted = new Map<string, Extraction>();
const texts = new Map<string, string>();

function loadGoldReports(): Map<string, GoldReport> {
  const gold = new Map<string, GoldReport>();
  for (const s of SAMPLES) gold.set(`${s}.txt`, JSON.parse(readFileSync(join(GOLD_DIR, `${s}.json`), 'utf8')) as GoldReport);
  return gold;
}

beforeAll(async () => {
  const ctx = getExtractContext();
  const bare: ExtractContext = { ...ctx, ontology: { ...ctx.ontology, programs: [] } };
  for (const s of SAMPLES) {
    const doc = await readDocument(join(SAMPLE_DIR, `${s}.txt`));
    texts.set(s, doc.text);
    extractions.set(s, extractDocument(doc, ctx));
    unlisted.set(s, extractDocument(doc, bare));
  }
});

function programs(sample: string) {
  return extractions.get(sample)!.entities.Program;
}

function discovered(sample: string): string[] {
  return unlisted.get(sample)!.entities.Program.map((e) => e.name);
}

describe('program discovery on the sample reports', () => {
  it.each([
    ['000_e995035764c2eff9', ['四应四尽', '动态清零', '企业法治体检', '法理堂', '平安屋', '大调解', '调解前置', '行政执法典型案例评析制']],
    ['001_e1d5a82091e745d0', ['诉访分离', '网上信访', '逐级走访', '规范性文件申请审查制度', '政府工作人员法治能力考核测试制度']],
    ['002_34c1cbee03159163', ['三色两级', '六环递进', '两轻一免一改正', '631体系', '一周一会商机制', '涉企政策文件清理专项工作']],
    ['003_a9c3b358a18e57db', ['四合四联', '六融八合', '处级领导包案制度', '困难群众救助补助前置核对机制', '组团式法律服务']],
    ['004_d37acb428d33b8ca', ['重大行政处罚集体讨论制度', '村(社区)法律顾问定期驻村制度']],
  ])('discovers the unlisted practices of %s', (sample, expected) => {
    expect(discovered(sample)).toEqual(expect.arrayContaining(expected));
  });

  it('never turns a figure of speech or a slogan into a Program', () => {
    const all = SAMPLES.flatMap((s) => [...programs(s), ...unlisted.get(s)!.entities.Program].flatMap((e) => [e.name, ...e.mentions.map((m) => m.surface)]));
    for (const figure of ['指挥棒', '方向盘', '防护网', '新效能', '新征程', '关键少数', '领头雁效应', '智囊', '前哨探头', '政府配餐', '最后一米', '四个之区']) {
      expect(all.some((n) => n.includes(figure)), figure).toBe(false);
    }
  });

  it('merges the variants of one practice into one entity per report', () => {
    for (const s of SAMPLES) {
      const names = programs(s).map((e) => e.name);
      expect(new Set(names).size, s).toBe(names.length);
      for (const n of names) expect(n, s).not.toMatch(/[“”]|^新时代/);
    }
    const fengqiao = programs('003_a9c3b358a18e57db').find((e) => e.name === '枫桥经验');
    expect(fengqiao?.mentions.length).toBeGreaterThan(1);
  });

  it('gives every discovered mention offsets that slice the report to its surface', () => {
    let checked = 0;
    for (const s of SAMPLES) {
      for (const e of programs(s)) {
        for (const m of e.mentions.filter((x) => x.recognizer === PROGRAM_DISCOVERY)) {
          expect(texts.get(s)!.slice(m.start, m.end)).toBe(m.surface);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('leaves names inside titles to the titles (no Program inside 《…》)', () => {
    for (const s of SAMPLES) {
      const x = extractions.get(s)!;
      const titles = [...x.entities.Document, ...x.entities.Law].flatMap((e) => e.mentions).filter((m) => m.surface.startsWith('《'));
      for (const e of programs(s)) {
        for (const m of e.mentions.filter((q) => q.recognizer === PROGRAM_DISCOVERY)) {
          expect(titles.some((t) => t.start <= m.start && m.end <= t.end), `${s} ${e.name}`).toBe(false);
        }
      }
    }
  });

  it('reaches Program F1 ≥ 0.75 against the gold annotations', () => {
    const result = scoreExtractions([...extractions.values()], loadGoldReports());
    const program = result.types.find((t) => t.type === 'Program')!;
    console.log(`Program P ${program.precision.toFixed(3)} R ${program.recall.toFixed(3)} F1 ${program.f1.toFixed(3)}`);
    expect(program.gold).toBe(176);
    expect(program.f1).toBeGreaterThanOrEqual(0.75);
    expect(program.precision).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps discovery alone (no program gazetteer) precise on the gold annotations', () => {
    const result = scoreExtractions([...unlisted.values()], loadGoldReports());
    const program = result.types.find((t) => t.type === 'Program')!;
    console.log(`Program without gazetteer: P ${program.precision.toFixed(3)} R ${program.recall.toFixed(3)} F1 ${program.f1.toFixed(3)}`);
    expect(program.precision).toBeGreaterThanOrEqual(0.75);
    expect(program.recall).toBeGreaterThanOrEqual(0.4);
  });
});

describe('program discovery on a report of another province', () => {
  function extractText(body: string): Extraction {
    const text = `2023年余杭区仁和街道法治政府建设年度报告\n${body}\n杭州市余杭区仁和街道办事处\n2024年2月1日\n`;
    const doc: RawDocument = { source: 'other.txt', name: 'other.txt', sha256: 'other', bytes: text.length * 3, encoding: 'utf-8', format: 'text', text, meta: {}, furniture: [] };
    return extractDocument(doc, getExtractContext());
  }

  it('finds quoted practices and named systems, folds 制 into 制度, and skips figures of speech', () => {
    const x = extractText(
      [
        '一、主要举措和成效',
        '深化“最多跑一次”改革,推行“首违不罚”清单制度,举好法治建设“指挥棒”,打通服务群众“最后一公里”。',
        '全面推行行政执法公示制、执法全过程记录制度,严格执行行政执法公示制度,实行“三单一书”工作法。',
        '建立健全工作机制,完善考核评价机制,开展打击非法集资专项行动。',
      ].join('\n'),
    );
    const names = x.entities.Program.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['三单一书', '行政执法公示制度', '执法全过程记录制度', '打击非法集资专项行动']));
    expect(names).not.toContain('行政执法公示制');
    for (const bad of ['指挥棒', '最后一公里', '工作机制', '考核评价机制']) expect(names).not.toContain(bad);
    // The listed ones come from the gazetteer under their canonical names.
    expect(names).toEqual(expect.arrayContaining(['最多跑一次', '首违不罚']));
  });

  it('names a motto of parallel phrases as one practice, but a list of known practices as each of them', () => {
    const x = extractText('二、主要举措\n推行“网格吹哨、部门报到”,落实“首违不罚、轻微免罚”,推广“网上办、掌上办”。');
    const names = x.entities.Program.map((e) => e.name);
    expect(names).toContain('网格吹哨、部门报到');
    expect(names).toEqual(expect.arrayContaining(['首违不罚', '掌上办']));
    for (const list of ['首违不罚、轻微免罚', '网上办、掌上办']) expect(names).not.toContain(list);
  });
});

describe('program discovery on hostile input', () => {
  const SIZE = 1 << 19;

  function recognizeAll(body: string): number {
    const ctx = getExtractContext();
    const text = `2023年练塘镇法治政府建设年度报告\n${body}\n`;
    const doc: RawDocument = { source: 'hostile.txt', name: 'hostile.txt', sha256: 'hostile', bytes: text.length * 3, encoding: 'utf-8', format: 'text', text, meta: {}, furniture: [] };
    const prepared = prepareText(doc);
    const out = programDiscoveryRecognizer.recognize({ text: prepared, ontology: ctx.ontology, gazetteers: getGazetteerIndex(ctx.ontology), issuer: null, year: null, previous: [] });
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    return out.mentions.length;
  }

  it.each(['制度”', '制度)', '对制度', '、制度', '等措施、', '行政执法公示制、', '“一”机制', '落实“四访”机制', '《关于“建立(制度'])(
    'reads half a megabyte of %s in bounded time',
    (unit) => {
      const body = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
      const t0 = performance.now();
      recognizeAll(body);
      expect(performance.now() - t0).toBeLessThan(8_000);
    },
  );
});
