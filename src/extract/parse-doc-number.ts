// Parses a 文号 (document number) written after a title, repairing the common scraping damage
// where the 〔〕 around the year were lost (开州府办发〔202344号 → 开州府办发〔2023〕44号).

export interface DocNumber {
  /** Canonical form: 机关代字〔年份〕序号号 */
  docNumber: string;
  /** As written. */
  raw: string;
  /** Issuer abbreviation (机关代字), e.g. 开州府办发. */
  issuer: string;
  year: number;
  serial: number;
  repaired: boolean;
}

const DOC_NUMBER =
  /^\s*[(（]?\s*([\u4e00-\u9fa5]{1,12}?[发函字办令告]?)\s*([〔\[【(（]?)\s*((?:19|20)\d{2})\s*([〕\]】)）]?)\s*(?:第)?\s*(\d{1,4})\s*号/;

/** Words that join the items of a list: 和, 及, 与, 以及, 并, 暨. */
const LIST_JOINER = /^(?:和|及|与|以及|并|暨)/;

const ISSUER_END = /[发函字办令告委府规电复报通纪呈政]$/;

/**
 * Parses the 文号 at the start of `text` (typically what follows a 《title》).
 * @example parseDocNumber('(开州委发20231号)')?.docNumber === '开州委发〔2023〕1号'
 */
export function parseDocNumber(text: string): DocNumber | null {
  const m = DOC_NUMBER.exec(text.slice(0, 40));
  if (!m) return null;
  const [whole, issuer, open, year, close, serial] = m;
  // Unbracketed and led by a conjunction (《规划》和桐政办发〔2023〕15号文件), it is the next item
  // of a list: another document's number, not this title's.
  if (!/^\s*[(（]/.test(whole) && LIST_JOINER.test(issuer)) return null;
  // 机关代字 end in the kind of document: 发, 函, 字, 办, 令, 规 (规范性文件), 电 …
  if (!ISSUER_END.test(issuer) && !/[发函字]/.test(issuer)) return null;
  const raw = whole.trim().replace(/^[(（]\s*/, '');
  const docNumber = `${issuer}〔${year}〕${Number(serial)}号`;
  return { docNumber, raw, issuer, year: Number(year), serial: Number(serial), repaired: !(open && close) };
}
