// Types of scripts/make-bad-corpus.mjs, for the tests that generate the corpus.

export interface BadCorpusOptions {
  /** Folder written (emptied first). Default tests/fixtures/bad. */
  out?: string;
  /** Folder of the sample reports the corpus is made from. Default data/samples. */
  samples?: string;
  /** Also write a text dump of `bigBytes` bytes (huge-50mb.txt). Default false. */
  big?: boolean;
  bigBytes?: number;
  seed?: number;
}

export type BadCorpusExpectation =
  | { status: 'ok' }
  | { status: 'failed'; code: string }
  | { status: 'duplicate'; code: 'E_DUPLICATE'; duplicateOf: string };

export interface BadCorpusEntry {
  /** File name inside the corpus folder. */
  file: string;
  /** What a build must report for it; `duplicateOf` names a sample file. */
  expect: BadCorpusExpectation;
  /** What the file stands for. */
  why: string;
  /** two-issuers.txt: the town of the title and publisher row, and the town of the signature. */
  issuer?: string;
  rival?: string;
  /** hostile-brackets.txt: the sample it was made from. */
  like?: string;
}

export const DEFAULT_BAD_CORPUS: Required<BadCorpusOptions>;

export function makeBadCorpus(options?: BadCorpusOptions): BadCorpusEntry[];
