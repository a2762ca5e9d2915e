// Entry point of one extraction worker thread: loads the ontology, jieba and the division index
// once, then reads and extracts the files the main thread sends, one message per file.
import { parentPort, workerData } from 'node:worker_threads';
import { toKgError } from '../../errors.js';
import { getExtractContext } from '../create-context.js';
import { hashReportText } from '../find-duplicates.js';
import { releaseSegmenter } from '../../text/segment.js';
import { processFile } from '../process-file.js';
import { threadCpuMs } from './thread-cpu.js';
import { createReportSerializer, outputTransferList, serializeInto } from '../serialize-report.js';
import { createSentElements } from './sent-elements.js';
import type { CloseRequest, ExtractRequest, WorkerInit, WorkerMessage } from './worker-messages.js';

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

function start(init: WorkerInit): void {
  const t0 = performance.now();
  let ctx: ReturnType<typeof getExtractContext>;
  try {
    ctx = getExtractContext({ ontologyDir: init.ontologyDir });
  } catch (err) {
    const e = toKgError(err, 'E_ONTOLOGY');
    post({ type: 'init-failed', error: { code: e.code, message: e.message } });
    return;
  }
  const serializer = init.serialize ? createReportSerializer(ctx.ontology, init.serialize) : null;
  const sent = createSentElements();
  let inFlight = 0;
  let closing = false;
  // Closing the port ends the thread once its work is done; a terminate() during a native call
  // (jieba) can abort the whole process.
  const closeWhenIdle = () => {
    if (!closing || inFlight > 0) return;
    const cpu = threadCpuMs();
    post({ type: 'closing', cpuMs: cpu !== null && cpuAtReady !== null ? Math.round(cpu - cpuAtReady) : null });
    // Memory the thread's exit would not give back (see releaseSegmenter).
    releaseSegmenter();
    parentPort!.close();
  };
  parentPort!.on('message', (req: ExtractRequest | CloseRequest) => {
    if (req.type === 'close') {
      closing = true;
      closeWhenIdle();
      return;
    }
    for (const [receipt, merged] of req.settled ?? []) sent.settle(receipt, merged);
    inFlight++;
    // processFile never throws: every problem is a failed FileResult.
    void processFile(req.path, ctx).then(({ result, doc }) => {
      const textHash = result.status === 'ok' ? hashReportText(result.extraction.passages) : null;
      if (serializer && result.status === 'ok') {
        serializeInto(result, serializer);
        const output = result.output!;
        output.shared = sent.omitKnown(req.id, output.shared);
        output.receipt = req.id;
      }
      // The output's buffers move to the main thread: no copy, and nothing left here to collect.
      const transfer = result.status === 'ok' && result.output ? outputTransferList(result.output) : [];
      post({ type: 'extracted', id: req.id, path: req.path, result, sha256: doc?.sha256, textHash }, transfer);
      inFlight--;
      closeWhenIdle();
    });
  });
  const cpuAtReady = threadCpuMs();
  post({ type: 'ready', setupMs: Math.round(performance.now() - t0) });
}

if (parentPort) start((workerData ?? {}) as WorkerInit);
