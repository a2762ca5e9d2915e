// Issuers and a runner for the tests of the recognizers of bodies, people, events, platforms and
// figures (not a test file itself): the sample towns with their real parents, plus units of other
// provinces for sentences written in the same form.
import { getGazetteerIndex } from '../../../src/extract/gazetteer-index.js';
import type { Recognizer, RecognizerContext } from '../../../src/extract/types.js';
import { loadSegmenter } from '../../../src/text/segment.js';
import type { Issuer, Mention } from '../../../src/types.js';
import { makeContext, ONTOLOGY } from './law-test-context.js';

loadSegmenter(ONTOLOGY);

export const LIANTANG: Issuer = {
  name: '练塘镇', level: 'township', code: '310118103', kind: '镇', province: '上海市', city: '上海市', county: '青浦区',
  parents: [{ code: '31', name: '上海市', level: 'province', kind: '直辖市' }, { code: '310118', name: '青浦区', level: 'county', kind: '区' }],
};
export const HEYAN: Issuer = {
  name: '河堰镇', level: 'township', code: '500154108', kind: '镇', province: '重庆市', city: '重庆市', county: '开州区',
  parents: [{ code: '50', name: '重庆市', level: 'province', kind: '直辖市' }, { code: '500154', name: '开州区', level: 'county', kind: '区' }],
};
export const XIEPU: Issuer = {
  name: '澥浦镇', level: 'township', code: '330211100', kind: '镇', province: '浙江省', city: '宁波市', county: '镇海区',
  parents: [
    { code: '33', name: '浙江省', level: 'province', kind: '省' },
    { code: '3302', name: '宁波市', level: 'city', kind: '市' },
    { code: '330211', name: '镇海区', level: 'county', kind: '区' },
  ],
};
export const LUSHANDAO: Issuer = {
  name: '鲁山道街道', level: 'township', code: '120102012', kind: '街道', province: '天津市', city: '天津市', county: '河东区',
  parents: [{ code: '12', name: '天津市', level: 'province', kind: '直辖市' }, { code: '120102', name: '河东区', level: 'county', kind: '区' }],
};
export const SANXIANG: Issuer = {
  name: '三乡镇', level: 'township', code: '442000114', kind: '镇', province: '广东省', city: '中山市', county: null,
  parents: [{ code: '44', name: '广东省', level: 'province', kind: '省' }, { code: '4420', name: '中山市', level: 'city', kind: '市' }],
};
/** A county issuing its own report (湖州市安吉县). */
export const ANJI: Issuer = {
  name: '安吉县', level: 'county', code: '330523', kind: '县', province: '浙江省', city: '湖州市', county: '安吉县',
  parents: [{ code: '33', name: '浙江省', level: 'province', kind: '省' }, { code: '3305', name: '湖州市', level: 'city', kind: '市' }],
};
/** A town of a district of a provincial capital (长沙市望城区乔口镇). */
export const QIAOKOU: Issuer = {
  name: '乔口镇', level: 'township', code: '430112107', kind: '镇', province: '湖南省', city: '长沙市', county: '望城区',
  parents: [
    { code: '43', name: '湖南省', level: 'province', kind: '省' },
    { code: '4301', name: '长沙市', level: 'city', kind: '市' },
    { code: '430112', name: '望城区', level: 'county', kind: '区' },
  ],
};

/** A township the division tables lack (merged or renamed since): kept by name, without a code. */
export const UNLISTED: Issuer = {
  name: '德加乡', level: 'township', code: null, kind: '乡', province: '青海省', city: '海东市', county: '化隆回族自治县',
  parents: [
    { code: '63', name: '青海省', level: 'province', kind: '省' },
    { code: '6302', name: '海东市', level: 'city', kind: '市' },
    { code: '630224', name: '化隆回族自治县', level: 'county', kind: '县' },
  ],
};

/** A township of Inner Mongolia, a 苏木 (锡林浩特市宝力根苏木). */
export const SUMU: Issuer = {
  name: '宝力根苏木', level: 'township', code: '152502200', kind: '苏木', province: '内蒙古自治区', city: '锡林郭勒盟', county: '锡林浩特市',
  parents: [
    { code: '15', name: '内蒙古自治区', level: 'province', kind: '自治区' },
    { code: '1525', name: '锡林郭勒盟', level: 'city', kind: '盟' },
    { code: '152502', name: '锡林浩特市', level: 'county', kind: '县级市' },
  ],
};

/** A town of a county-level city (苏州市昆山市千灯镇): 市 in its report is 昆山市. */
export const QIANDENG: Issuer = {
  name: '千灯镇', level: 'township', code: '320583108', kind: '镇', province: '江苏省', city: '苏州市', county: '昆山市',
  parents: [
    { code: '32', name: '江苏省', level: 'province', kind: '省' },
    { code: '3205', name: '苏州市', level: 'city', kind: '市' },
    { code: '320583', name: '昆山市', level: 'county', kind: '县级市' },
  ],
};

/** A town whose name ends in a level word (同心县韦州镇: 州). */
export const WEIZHOU: Issuer = {
  name: '韦州镇', level: 'township', code: '640324102', kind: '镇', province: '宁夏回族自治区', city: '吴忠市', county: '同心县',
  parents: [
    { code: '64', name: '宁夏回族自治区', level: 'province', kind: '自治区' },
    { code: '6403', name: '吴忠市', level: 'city', kind: '市' },
    { code: '640324', name: '同心县', level: 'county', kind: '县' },
  ],
};

export const ISSUERS = new Map([LIANTANG, HEYAN, XIEPU, LUSHANDAO, SANXIANG, ANJI, QIAOKOU, QIANDENG, UNLISTED, SUMU, WEIZHOU].map((i) => [i.name, i]));

/** A context over `text` for `issuer`, with the gazetteers of the bundled ontology. */
export function contextFor(text: string, issuer: Issuer | null, previous: Mention[] = []): RecognizerContext {
  return { ...makeContext(text, { issuer, previous }), gazetteers: getGazetteerIndex(ONTOLOGY) };
}

/** Runs recognizers in order over `text`, each seeing the mentions of those before it. */
export function runRecognizers(text: string, issuer: Issuer | null, recognizers: Recognizer[]): Mention[] {
  const all: Mention[] = [];
  for (const r of recognizers) {
    // No spread: a megabyte of hostile text gives more mentions than a call may take arguments.
    for (const m of r.recognize(contextFor(text, issuer, all.slice())).mentions) all.push(m);
  }
  return all;
}

/** Every mention slices the text at its offsets to its surface. */
export function expectAligned(text: string, mentions: Mention[]): string[] {
  return mentions.filter((m) => text.slice(m.start, m.end) !== m.surface).map((m) => `${m.surface}@${m.start}`);
}
