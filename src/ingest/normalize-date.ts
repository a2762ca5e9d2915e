// Dates as printed on Chinese government pages (2024-01-23 11:19, 2024年1月23日, 2024/1/23,
// 2024.01.23, 二〇二三年三月一日) to ISO yyyy-mm-dd.

const NUMERIC = /(\d{4})\s*[-年/.／－]\s*(\d{1,2})\s*[-月/.／－]\s*(\d{1,2})(?!\d)/;
const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE = /([〇零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** 十二 → 12, 二十三 → 23, 三 → 3 (month and day numerals). */
function readSmallNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return CN_DIGIT[s] ?? NaN;
  const tens = ten === 0 ? 1 : (CN_DIGIT[s.slice(0, ten)] ?? NaN);
  const ones = ten === s.length - 1 ? 0 : (CN_DIGIT[s.slice(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}

function toIso(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Finds the first date in `s` and returns it as yyyy-mm-dd, or undefined.
 * @example normalizeDate('发布时间:2024/1/23 11:19') // '2024-01-23'
 */
export function normalizeDate(s: string): string | undefined {
  s = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = s.match(NUMERIC);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = s.match(CHINESE);
  if (c) {
    const year = Number([...c[1]].map((ch) => CN_DIGIT[ch]).join(''));
    return toIso(year, readSmallNumber(c[2]), readSmallNumber(c[3]));
  }
  return undefined;
}
