// The table panel: practices × towns and laws × towns, sortable by any column, filterable, and
// downloadable as CSV (built in the page and saved through a Blob: no request leaves the page).
import { formatCsv } from '../../views/format-csv.js';
import type { CellValue, TownTable } from '../../views/types.js';
import { byId, clear, el } from './dom.js';

export interface TablePanelOptions {
  tables: TownTable[];
  /** Called when the name of a row is clicked. */
  onSelect(kind: TownTable['kind'], key: string): void;
}

const TAB_TITLES: Record<TownTable['kind'], string> = {
  practices: '单位 × 做法 Towns × practices',
  laws: '单位 × 法律 Towns × laws',
};

function compareCells(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-Hans-CN');
}

/** Wires the table panel of the page skeleton. */
export function setupTablePanel(options: TablePanelOptions): { show(kind?: TownTable['kind']): void } {
  const panel = byId('table-panel');
  const tabs = byId('table-tabs');
  const filter = byId<HTMLInputElement>('table-filter');
  const table = byId<HTMLTableElement>('data-table');
  const state = { index: 0, sortColumn: 2, descending: true, filter: '' };

  const current = () => options.tables[state.index];

  /** Rows as displayed: filtered, then sorted (stable, so ties keep the exporter's order). */
  const visibleRows = (): { row: CellValue[]; key: string }[] => {
    const t = current();
    const needle = state.filter.trim().toLowerCase();
    const rows = t.rows
      .map((row, i) => ({ row, key: t.rowKeys[i] }))
      .filter(({ row }) => !needle || row.some((c) => typeof c === 'string' && c.toLowerCase().includes(needle)));
    const col = state.sortColumn;
    rows.sort((a, b) => (state.descending ? -1 : 1) * compareCells(a.row[col], b.row[col]));
    return rows;
  };

  const render = () => {
    const t = current();
    clear(table);
    const headRow = el('tr');
    t.columns.forEach((c, i) => {
      const sorted = i === state.sortColumn;
      const th = el('th', { attrs: { scope: 'col', 'aria-sort': sorted ? (state.descending ? 'descending' : 'ascending') : 'none' } }, [
        el('button', { className: 'sort', text: c.title + (sorted ? (state.descending ? ' ▼' : ' ▲') : ''), attrs: { type: 'button', 'data-column': c.key } }),
      ]);
      th.querySelector('button')!.addEventListener('click', () => {
        if (state.sortColumn === i) state.descending = !state.descending;
        else {
          state.sortColumn = i;
          state.descending = c.type === 'number';
        }
        render();
      });
      headRow.appendChild(th);
    });
    table.appendChild(el('thead', {}, [headRow]));
    const body = el('tbody');
    for (const { row, key } of visibleRows()) {
      const tr = el('tr', { attrs: { 'data-key': key } });
      row.forEach((cell, i) => {
        const numeric = t.columns[i].type === 'number';
        if (i === 0) {
          const link = el('button', { className: 'link', text: String(cell), attrs: { type: 'button' } });
          link.addEventListener('click', () => options.onSelect(t.kind, key));
          tr.appendChild(el('th', { attrs: { scope: 'row' } }, [link]));
        } else {
          tr.appendChild(el('td', { className: numeric ? 'num' : '', text: numeric && cell === 0 ? '' : String(cell) }));
        }
      });
      body.appendChild(tr);
    }
    table.appendChild(body);
    for (const b of tabs.querySelectorAll('button')) b.setAttribute('aria-selected', String(b.getAttribute('data-kind') === t.kind));
  };

  options.tables.forEach((t, i) => {
    const b = el('button', { text: TAB_TITLES[t.kind], attrs: { type: 'button', role: 'tab', 'data-kind': t.kind, id: `table-tab-${t.kind}` } });
    b.addEventListener('click', () => {
      state.index = i;
      state.sortColumn = 2;
      state.descending = true;
      render();
    });
    tabs.appendChild(b);
  });
  filter.addEventListener('input', () => {
    state.filter = filter.value;
    render();
  });
  byId('download-csv').addEventListener('click', () => {
    const t = current();
    const csv = formatCsv({ columns: t.columns, rows: visibleRows().map((r) => r.row) });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = el('a', { attrs: { href: url, download: `fazhi-kg-${t.kind}.csv` } });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  byId('close-table').addEventListener('click', () => panel.setAttribute('hidden', ''));
  if (options.tables.length) render();

  return {
    show(kind) {
      const i = options.tables.findIndex((t) => t.kind === kind);
      if (i >= 0 && i !== state.index) {
        state.index = i;
        render();
      }
      panel.removeAttribute('hidden');
    },
  };
}
