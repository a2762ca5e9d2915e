// The data the explorer page reads (inlined as JSON): one laid-out graph per view, the passages
// behind edges, and the tables. Shared by the exporter and the browser client (types only).
import type { TownTable } from '../views/types.js';

export const VIEW_NAMES = ['all', 'practices', 'laws'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export interface ExplorerNode {
  key: string;
  /** Node label of the ontology (AdminUnit, Law, Program …). */
  label: string;
  name: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Provinces and years of the reports this node belongs to (for the filters). */
  provinces: string[];
  years: number[];
  /** Properties shown in the details panel, in order, as text. */
  props: [string, string][];
}

/** A passage shown as evidence: `marks` are offsets into `text`. */
export interface ExplorerEvidence {
  /** Index into ExplorerData.passages. */
  p: number;
  marks: [number, number][];
}

export interface ExplorerEdge {
  key: string;
  source: string;
  target: string;
  /** Relationship type (CITES, ADOPTS …, or SHARES for town pairs). */
  type: string;
  weight: number;
  props: [string, string][];
  evidence: ExplorerEvidence[];
}

export interface ExplorerView {
  name: ViewName;
  title: string;
  directed: boolean;
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
}

export interface ExplorerPassage {
  key: string;
  report: string;
  reportTitle: string;
  section: string;
  text: string;
}

/** Which reports of the build a page shows (`kg export html --province … --year …`). */
export interface ExplorerScopeSummary {
  /** Provinces chosen (none: all). */
  provinces: string[];
  /** Years chosen (none: all). */
  years: number[];
  /** Reports shown, of the build's `totalReports`. */
  reports: number;
  totalReports: number;
}

export interface ExplorerData {
  format: 1;
  initialView: ViewName;
  /** Legend: every label drawn in some view, in ontology order. */
  labels: { label: string; color: string }[];
  provinces: string[];
  years: number[];
  views: Record<ViewName, ExplorerView>;
  passages: ExplorerPassage[];
  tables: TownTable[];
  /** The reports shown, when the page was exported from a build folder (null: the whole graph given). */
  scope: ExplorerScopeSummary | null;
}
