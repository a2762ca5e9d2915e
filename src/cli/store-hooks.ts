// Connects the build to the embedded store without the pipeline depending on a store module.
import type { BuildOptions } from '../pipeline/run-build.js';
import { checkEmbeddedStoreWritable, openEmbeddedStoreWriter } from '../store/embedded/index.js';

/** Kùzu's buffer pool while a build loads the store: bounded, so the build's peak memory is too. */
const BUILD_BUFFER_POOL = 384 * 1024 * 1024;

export async function getStoreHooks(): Promise<Pick<BuildOptions, 'openStore' | 'checkStoreWritable'>> {
  return {
    openStore: async (ontology, dir) => {
      const writer = await openEmbeddedStoreWriter(ontology, dir, { bufferPoolSize: BUILD_BUFFER_POOL });
      return { addRows: writer.addRows, abort: writer.abort, finish: async (graph) => ({ ...(await writer.finish(graph)) }) };
    },
    checkStoreWritable: checkEmbeddedStoreWritable,
  };
}
