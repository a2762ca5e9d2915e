// The explorer page: a fixed HTML skeleton, the data as inert JSON and the client script, all
// inline. A CSP forbids every connection, so the page works offline and cannot leak a request.
import type { ExplorerData } from './explorer-data.js';

/** No fetch, no external script, style, font or image: only what is inside the file. */
export const EXPLORER_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:";

/**
 * JSON safe inside <script type="application/json">: `<` is escaped so no `</script>` or `<!--`
 * in the data can end the element; U+2028/2029 for old parsers.
 */
export function serializeJsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A script body that cannot close its <script> element early (esbuild output, strings). */
export function escapeInlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.45 system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;color:#222;background:#fafafa}
body{display:grid;grid-template-columns:250px 1fr 380px;grid-template-rows:48px 1fr;height:100vh;overflow:hidden}
header{grid-column:1/4;display:flex;align-items:center;gap:12px;padding:0 14px;background:#24324a;color:#fff}
header h1{font-size:16px;margin:0 12px 0 0;white-space:nowrap}
#scope{font-size:12px;opacity:.85;white-space:nowrap}
header select,header input,header button{font:inherit;padding:4px 8px;border-radius:4px;border:1px solid #8893a5}
header button{background:#e9edf3;cursor:pointer}
#search-box{position:relative;flex:0 1 340px}
#search{width:100%}
#search-results{position:absolute;top:34px;left:0;right:0;z-index:20;list-style:none;margin:0;padding:0;background:#fff;color:#222;box-shadow:0 4px 14px rgba(0,0,0,.25);border-radius:4px;max-height:60vh;overflow:auto}
#search-results:empty{display:none}
#search-results button{display:flex;gap:8px;align-items:center;width:100%;text-align:left;border:0;background:none;padding:6px 10px;cursor:pointer;font:inherit}
#search-results button:hover{background:#eef3fb}
#search-results .label{margin-left:auto;color:#777;font-size:12px}
#sidebar{grid-row:2;overflow:auto;padding:12px;border-right:1px solid #ddd;background:#fff}
#sidebar h2{font-size:13px;margin:14px 0 6px;color:#555;text-transform:uppercase;letter-spacing:.03em}
#sidebar select{width:100%;font:inherit;padding:3px}
.legend-item{display:flex;align-items:center;gap:6px;padding:2px 0;cursor:pointer}
.swatch{display:inline-block;width:11px;height:11px;border-radius:50%;flex:none}
main{grid-row:2;position:relative;min-width:0}
#graph{position:absolute;inset:0;background:#fff}
#details{grid-row:2;overflow:auto;padding:12px 14px;border-left:1px solid #ddd;background:#fff}
.details-head h2{font-size:19px;margin:4px 0 8px;word-break:break-all}
.badge{display:inline-flex;align-items:center;gap:5px;font-size:12px;color:#555;background:#f0f2f5;border-radius:10px;padding:1px 8px}
#details h3{font-size:13px;color:#555;margin:16px 0 6px;border-bottom:1px solid #eee;padding-bottom:3px}
#details h4{font-size:12px;color:#333;margin:10px 0 4px}
.props{border-collapse:collapse;width:100%;font-size:12px}
.props th{text-align:left;color:#666;font-weight:normal;padding:2px 8px 2px 0;vertical-align:top;white-space:nowrap}
.props td{word-break:break-all;padding:2px 0}
.neighbours{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
.neighbours li{background:#f3f5f8;border-radius:3px;padding:1px 6px}
.weight{color:#888;font-size:11px}
button.link{border:0;background:none;padding:0;color:#1f5fae;cursor:pointer;font:inherit;text-align:left}
button.link:hover{text-decoration:underline}
.evidence{margin:6px 0 10px;padding:6px 8px;background:#fbfaf4;border-left:3px solid #e6c34a}
.evidence .source{font-size:11px;color:#777;margin-bottom:3px}
.passage{margin:0;font-size:13px;line-height:1.6}
mark{background:#ffe066;padding:0 1px}
.hint{color:#777}
#table-panel{position:absolute;left:0;right:0;bottom:0;height:48%;z-index:10;background:#fff;border-top:2px solid #24324a;display:flex;flex-direction:column;box-shadow:0 -4px 14px rgba(0,0,0,.12)}
#table-panel[hidden]{display:none}
#table-bar{display:flex;gap:8px;align-items:center;padding:6px 10px;border-bottom:1px solid #ddd}
#table-tabs{display:flex;gap:4px}
#table-tabs button,#table-bar>button{font:inherit;border:1px solid #bbb;background:#f4f4f4;border-radius:4px;padding:2px 8px;cursor:pointer}
#table-tabs button[aria-selected=true]{background:#24324a;color:#fff;border-color:#24324a}
#table-filter{margin-left:auto;font:inherit;padding:2px 6px}
#table-wrap{overflow:auto;flex:1}
#data-table{border-collapse:collapse;font-size:12px}
#data-table th,#data-table td{border-bottom:1px solid #eee;padding:3px 8px;text-align:left;white-space:nowrap}
#data-table thead th{position:sticky;top:0;background:#f4f6f9;z-index:1}
#data-table button.sort{border:0;background:none;font:inherit;font-weight:600;cursor:pointer;padding:0}
#data-table td.num{text-align:right}
`;

const BODY = `
<header>
  <h1>法治政府建设报告 · 知识图谱</h1>
  <span id="scope"></span>
  <label>视图 View <select id="view" aria-label="view"></select></label>
  <div id="search-box">
    <input id="search" type="search" placeholder="搜索名称 Search a name…" autocomplete="off" aria-label="search">
    <ul id="search-results"></ul>
  </div>
  <button id="fit" type="button" title="show the whole graph">全图 Fit</button>
  <button id="toggle-table" type="button">表格 Table</button>
</header>
<nav id="sidebar">
  <h2>类型 Types</h2>
  <div id="legend"></div>
  <h2>省份 Province</h2>
  <select id="filter-province" aria-label="province"><option value="">全部 All</option></select>
  <h2>年份 Year</h2>
  <select id="filter-year" aria-label="year"><option value="">全部 All</option></select>
</nav>
<main>
  <div id="graph"></div>
  <section id="table-panel" hidden>
    <div id="table-bar">
      <div id="table-tabs" role="tablist"></div>
      <input id="table-filter" type="search" placeholder="筛选 Filter…" aria-label="filter rows">
      <button id="download-csv" type="button">下载 CSV</button>
      <button id="close-table" type="button" aria-label="close">✕</button>
    </div>
    <div id="table-wrap"><table id="data-table"></table></div>
  </section>
</main>
<aside id="details" aria-live="polite"></aside>
`;

/**
 * The whole page. Only constant markup is written as HTML; everything from the graph travels as
 * JSON and is put on the page with textContent by the client.
 */
export function renderExplorerPage(data: ExplorerData, clientScript: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPLORER_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>法治政府建设报告 · 知识图谱 (fazhi-kg)</title>
<style>${STYLE}</style>
</head>
<body>${BODY}
<script type="application/json" id="kg-data">${serializeJsonForScript(data)}</script>
<script>${escapeInlineScript(clientScript)}</script>
</body>
</html>
`;
}
