// Connects the build to the embedded store without the pipeline depending on a store module.
import type { BuildOptions } from '../pipeline/run-build.js';
import { checkEmbeddedStoreWritable, writeEmbeddedStore } from '../store/embedded/index.js';

export async function getStoreHooks(): Promise<Pick<BuildOptions, 'writeStore' | 'checkStoreWritable'>> {
  return {
    writeStore: async (graph, ontology, dir) => ({ ...(await writeEmbeddedStore(graph, ontology, dir)) }),
    checkStoreWritable: checkEmbeddedStoreWritable,
  };
}
