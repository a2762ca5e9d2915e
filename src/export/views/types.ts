// Types of the projections the explorer and the tables share: issuing towns, the practices or
// laws they take up, and the passages that show it.

/** An administrative unit that issued at least one report (a 镇, 乡, 街道, or a county that reports). */
export interface TownInfo {
  key: string;
  name: string;
  code: string | null;
  level: string | null;
  province: string | null;
  /** Names of the parent units, province first (三乡镇 → 广东省, 中山市). */
  parents: string[];
  /** Keys of the reports it issued, sorted. */
  reports: string[];
  years: number[];
}

/** A practice (Program) or a law that at least one town took up. */
export interface TownItem {
  key: string;
  label: string;
  name: string;
  /** Program category or law kind. */
  kind: string | null;
}

/** A town taking up an item: summed over its reports. */
export interface TownLink {
  town: string;
  item: string;
  /** Mentions summed over the reports (the `count` of ADOPTS / CITES). */
  count: number;
  reports: string[];
  years: number[];
}

/** Two towns sharing `weight` items. */
export interface SharedPair {
  a: string;
  b: string;
  weight: number;
  items: string[];
}

export type ProjectionKind = 'practices' | 'laws';

export interface TownProjection {
  kind: ProjectionKind;
  towns: TownInfo[];
  items: TownItem[];
  links: TownLink[];
  /** Town pairs weighted by the number of items they share (strongest pairs per town). */
  shared: SharedPair[];
}

/** One passage shown as evidence, with the spans to highlight (offsets into the passage text). */
export interface EvidenceRef {
  passage: string;
  marks: [number, number][];
}

export type CellValue = string | number;

export interface TableColumn {
  key: string;
  title: string;
  type: 'string' | 'number';
}

/** Items × towns: one row per practice or law, one column per town (when there are few). */
export interface TownTable {
  kind: ProjectionKind;
  columns: TableColumn[];
  rows: CellValue[][];
  /** Graph key of each row's item, parallel to `rows`. */
  rowKeys: string[];
}
