import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIssuer } from '../../../src/extract/issuer/find-issuer.js';
import { readDocument } from '../../../src/ingest/index.js';
import { loadAdminIndex } from '../../../src/resolve/admin/admin-index.js';

const SAMPLE_DIR = 'data/samples';
const GOLD_DIR = 'data/gold';

interface Gold {
  title: string;
  issuer: { name: string; level: string; code: string; province: string; city: string; county: string | null };
  year: number;
  publishedAt: string;
}

const samples = readdirSync(SAMPLE_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({
    file,
    text: readFileSync(join(SAMPLE_DIR, file), 'utf8'),
    gold: JSON.parse(readFileSync(join(GOLD_DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
  }));

const index = loadAdminIndex();

describe('findIssuer on the sample reports', () => {
  it('has the five samples and their gold', () => {
    expect(samples.length).toBe(5);
  });

  describe.each(samples)('$file', ({ file, text, gold }) => {
    it(`finds ${gold.issuer.name} ${gold.issuer.code} with its province, city and county from the text alone`, () => {
      const r = findIssuer({ text, meta: {} }, index);
      const { name, level, code, province, city, county } = r.issuer ?? ({} as Gold['issuer']);
      expect({ name, level, code, province, city, county }).toEqual(gold.issuer);
      expect(r.ambiguous).toBeFalsy();
    });

    it(`reads year ${gold.year}, publication date ${gold.publishedAt} and the title from the text alone`, () => {
      const r = findIssuer({ text, meta: {} }, index);
      expect(r.year).toBe(gold.year);
      expect(r.publishedAt).toBe(gold.publishedAt);
      expect(r.title).toBe(gold.title);
    });

    it('gives the same answer when ingest has filled the page metadata', async () => {
      const doc = await readDocument(join(SAMPLE_DIR, file));
      const r = findIssuer({ text: doc.text, meta: doc.meta }, index);
      expect(r.issuer?.code).toBe(gold.issuer.code);
      expect([r.issuer?.province, r.issuer?.city, r.issuer?.county]).toEqual([
        gold.issuer.province,
        gold.issuer.city,
        gold.issuer.county,
      ]);
      expect(r.year).toBe(gold.year);
      expect(r.publishedAt).toBe(gold.publishedAt);
    });

    it('lists the parents from the province down and says which evidence decided', () => {
      const r = findIssuer({ text, meta: {} }, index);
      const parents = r.issuer?.parents ?? [];
      expect(parents[0]?.name).toBe(gold.issuer.province);
      expect(parents.every((p) => gold.issuer.code.startsWith(p.code.slice(0, 2)))).toBe(true);
      expect(r.issuer?.evidence?.length).toBeGreaterThan(0);
    });
  });
});

describe('findIssuer on other levels and provinces', () => {
  it('keeps a town the tables lack under the ancestors its lines write, not a namesake elsewhere', () => {
    // The division tables have no 西湖街道 in 南昌市西湖区, but seven elsewhere (杭州市西湖区 among them).
    const text = [
      '西湖街道2024年度法治政府建设情况报告',
      '发布机构:南昌市西湖区西湖街道办事处 发文日期:2025-02-18',
      '2024年,西湖街道党工委、办事处深入贯彻落实习近平法治思想,现将有关情况报告如下:',
      '一、主要举措和成效',
      '南昌市西湖区人民政府西湖街道办事处',
      '2025年2月18日',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '西湖街道', level: 'township', code: null, kind: '街道' });
    expect([r.issuer?.province, r.issuer?.city, r.issuer?.county]).toEqual(['江西省', '南昌市', '西湖区']);
  });

  it('keeps a name of many towns without a code when the text confirms none of them, under the county it names', () => {
    // 城关镇 is the name of 88 towns; 宜川县 has none of them (its seat is 丹州街道 in the tables).
    const lines = (body: string) =>
      ['城关镇2023年法治政府建设工作报告', `2023年,${body}现将有关工作报告如下:`, '一、主要工作', '城关镇人民政府', '2024年1月15日'].join('\n');
    const placed = findIssuer({ text: lines('在宜川县委、县政府的坚强领导下,城关镇认真贯彻落实习近平法治思想。'), meta: {} }, index);
    expect(placed.issuer).toMatchObject({ name: '城关镇', code: null, province: '陕西省', city: '延安市', county: '宜川县' });
    expect(placed.ambiguous).toBe(true);
    const nowhere = findIssuer({ text: lines('在县委、县政府的坚强领导下,城关镇认真贯彻落实习近平法治思想。'), meta: {} }, index);
    expect(nowhere.issuer).toMatchObject({ name: '城关镇', code: null, province: null, city: null, county: null });
    // Once a county of one of them is named, that one is taken.
    const found = findIssuer({ text: lines('在武清区委、区政府的坚强领导下,城关镇认真贯彻落实习近平法治思想。'), meta: {} }, index);
    expect(found.issuer).toMatchObject({ name: '城关镇', code: '120114110', county: '武清区' });
  });

  it('gives a bare title name the unit that a line with its ancestors names', () => {
    // 西湖街道 in the title alone could be any of eight; the signature says which.
    const text = [
      '西湖街道2023年法治政府建设年度报告',
      '2023年,我街道坚持以习近平法治思想为指导,全面推进依法行政。现将有关情况报告如下:',
      '一、主要举措和成效',
      '岳麓区西湖街道办事处',
      '2024年3月1日',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '西湖街道', code: '430104007' });
    expect([r.issuer?.province, r.issuer?.city, r.issuer?.county]).toEqual(['湖南省', '长沙市', '岳麓区']);
  });

  it('recognises a county report from its title and source line', () => {
    const text = [
      '桐庐县2023年法治政府建设年度报告',
      '来源:桐庐县人民政府 发布日期:2024-03-20',
      '2023年,我县坚持以习近平法治思想为指导,全面推进依法行政,全县法治政府建设取得新成效。现将有关情况报告如下:',
      '一、主要举措和成效',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '桐庐县', level: 'county', code: '330122', kind: '县' });
    expect([r.issuer?.province, r.issuer?.city, r.issuer?.county]).toEqual(['浙江省', '杭州市', '桐庐县']);
    expect(r.year).toBe(2023);
    expect(r.publishedAt).toBe('2024-03-20');
  });

  it('recognises a development zone that its title names by the short form (济宁高新区)', () => {
    const text = [
      '济宁高新区管委会2024年度法治政府建设情况报告',
      '2024年,济宁高新区管委会坚持以习近平法治思想为指导,持续提升园区治理法治化水平。现将有关情况报告如下。',
      '一、主要举措和成效',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '济宁高新技术产业开发区', level: 'county', code: '370871' });
    expect(r.year).toBe(2024);
  });

  it('reads a county committee office signing the report as the county, not 依法治县 as a county of its own', () => {
    const text = [
      '尤溪县2023年度法治政府建设情况报告',
      '2023年,我县坚持以习近平法治思想为指导,全面推进依法行政。现将有关情况报告如下:',
      '一、主要举措和成效',
      '县委全面依法治县委员会召开会议2次,听取县委依法治县办工作汇报。',
      '中共尤溪县委全面依法治县委员会办公室',
      '2024年3月15日',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '尤溪县', level: 'county', code: '350426' });
    // A signature of the party committee and the government side by side names the same district.
    const district = findIssuer({ text: '涪城区2022年法治政府建设年度报告\n2022年，涪城区全面推进依法行政。\n中共绵阳市涪城区委\u3000\u3000绵阳市涪城区人民政府\n2023年3月25日', meta: {} }, index);
    expect(district.issuer).toMatchObject({ name: '涪城区', code: '510703' });
    // Without a name in the title, the signature alone decides.
    const signed = findIssuer({ text: text.replace('尤溪县2023年度', '2023年度'), meta: {} }, index);
    expect(signed.issuer).toMatchObject({ name: '尤溪县', code: '350426' });
  });

  it('takes a district 司法局 report as the district’s, and picks the 鼓楼区 of the city it names', () => {
    const text = [
      '南京市鼓楼区司法局2023年法治政府建设年度报告',
      '发布时间:2024-02-05',
      '2023年,区司法局在区委、区政府的坚强领导下,围绕全区中心工作,扎实推进法治政府建设。',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '鼓楼区', level: 'county', code: '320106' });
    expect(r.issuer?.city).toBe('南京市');
    expect(r.ambiguous).toBeFalsy();
  });

  it('reads a street office signed with its office word (…街道办事处) as the street the title names', () => {
    const text = [
      '2023年度王府街道法治政府建设年度报告',
      '来源:防城港市港口区人民政府王府街道办事处 发布时间:2024-01-12',
      '2023年,王府街道深入贯彻习近平法治思想,现将有关情况报告如下:',
      '港口区人民政府王府街道办事处',
      '2024年3月11日',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect([r.issuer?.name, r.issuer?.code]).toEqual(['王府街道', '450602004']);
  });

  it('takes the report of a city bureau’s branch named after a district as the district’s', () => {
    const text = [
      '成都市公安局武侯分局2023年法治政府建设工作报告',
      '',
      '2023年,分局在市公安局和区委、区政府的领导下,扎实推进法治公安建设。',
      '',
      '成都市公安局武侯分局',
      '2024年1月20日',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect([r.issuer?.name, r.issuer?.code]).toEqual(['武侯区', '510107']);
  });

  it('recognises a 街道 of another city from a publisher row, with the year from the opening sentence', () => {
    const text = [
      '[ 发布机构 ] 杭州市西湖区人民政府北山街道办事处 [ 发布日期 ] 2024-01-30',
      '关于法治政府建设工作情况的报告',
      '2023年,北山街道在区委、区政府的领导下,认真贯彻落实上级关于法治政府建设的部署要求,各项工作取得明显成效。',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '北山街道', level: 'township', code: '330106002', kind: '街道' });
    expect([r.issuer?.province, r.issuer?.city, r.issuer?.county]).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(r.year).toBe(2023);
  });

  it('resolves 三乡镇 to 河南 洛阳 宜阳县 when the text names 宜阳县', () => {
    const text = [
      '三乡镇2023年法治政府建设年度报告',
      '信息来源:宜阳县三乡镇人民政府',
      '2023年,三乡镇在县委、县政府的正确领导下,深入推进法治政府建设。',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer?.code).toBe('410327107');
    expect([r.issuer?.province, r.issuer?.city, r.issuer?.county]).toEqual(['河南省', '洛阳市', '宜阳县']);
    expect(r.ambiguous).toBeFalsy();
  });

  it('flags an issuer whose name repeats across the country when nothing in the text decides', () => {
    const text = '城关镇2023年法治政府建设年度报告\n2023年,我镇深入学习贯彻习近平法治思想,全面推进依法行政。';
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer?.name).toBe('城关镇');
    expect(r.ambiguous).toBe(true);
  });

  it('keeps a town the tables lack, with code null and the parents of the county written before it', () => {
    const text = '来源:桐庐县示例镇人民政府\n示例镇2023年法治政府建设年度报告\n2023年,我镇坚持依法行政。';
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '示例镇', level: 'township', code: null, county: '桐庐县', city: '杭州市' });
  });

  it('reads the unit from the signature and the publication date from the signed date when nothing else has them', () => {
    const text = [
      '关于法治政府建设情况的报告',
      '今年以来,我街道坚持以习近平法治思想为指导,认真落实法治政府建设各项任务,取得积极成效,现报告如下。',
      '一、主要做法',
      '(一)加强组织领导。',
      '天津市河东区人民政府鲁山道街道办事处',
      '二〇二四年一月十五日',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer?.code).toBe('120102012');
    expect(r.publishedAt).toBe('2024-01-15');
    expect(r.year).toBe(2023);
  });

  it('prefers the page metadata to what the text says', () => {
    const r = findIssuer(
      { text: '中山市三乡镇2024年法治政府建设年度报告', meta: { publishedAt: '2025-01-27', title: '三乡镇2024年法治政府建设年度报告_中山市人民政府' } },
      index,
    );
    expect(r.title).toBe('三乡镇2024年法治政府建设年度报告');
    expect(r.publishedAt).toBe('2025-01-27');
    expect(r.issuer?.code).toBe('442000114');
  });

  it('takes the town the report speaks for, not the county site that published it', () => {
    const text = [
      '[ 发布机构 ] 温岭市人民政府',
      '关于2023年法治政府建设工作情况的报告',
      '2023年,在市委市政府的正确领导下,大溪镇坚持依法行政,我镇法治建设取得新进展。',
      '一、主要做法',
      '大溪镇加强组织领导。我镇成立领导小组。',
      '大溪镇推进普法。',
    ].join('\n');
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer).toMatchObject({ name: '大溪镇', code: '331081101', county: '温岭市' });
  });

  it('keeps a county report the county’s even when its body names towns often', () => {
    const text =
      '桐庐县2023年法治政府建设年度报告\n2023年,我县坚持依法行政,全县法治建设取得新成效。\n' +
      '分水镇开展普法活动,富春江镇推进综合执法。我县加强统筹。\n'.repeat(6);
    expect(findIssuer({ text, meta: {} }, index).issuer?.code).toBe('330122');
  });

  it('maps a name written with another suffix to the unit of the tables when the text confirms its county', () => {
    const text = '来源:镇海区澥浦街道办事处\n澥浦街道2023年法治政府建设年度报告';
    expect(findIssuer({ text, meta: {} }, index).issuer?.code).toBe('330211100');
  });

  it('recognises a city-level report and a municipality as their own city', () => {
    const city = findIssuer({ text: '宁波市2023年法治政府建设年度报告', meta: {} }, index).issuer;
    expect(city).toMatchObject({ level: 'city', code: '3302', city: '宁波市', county: null });
    const municipality = findIssuer({ text: '北京市2023年法治政府建设情况报告', meta: {} }, index).issuer;
    expect(municipality).toMatchObject({ level: 'province', kind: '直辖市', province: '北京市', city: '北京市' });
  });

  it('reads full-width metadata rows (信息来源：… 发布日期：２０２４－０１－０５)', () => {
    const text = '三乡镇2023年法治政府建设年度报告\n信息来源：宜阳县三乡镇人民政府　发布日期：２０２４－０１－０５';
    const r = findIssuer({ text, meta: {} }, index);
    expect(r.issuer?.code).toBe('410327107');
    expect(r.publishedAt).toBe('2024-01-05');
  });

  it('returns issuer null when no admin unit is named', () => {
    const r = findIssuer({ text: '关于法治政府建设情况的报告\n现将有关情况报告如下。', meta: {} }, index);
    expect(r.issuer).toBeNull();
  });
});
