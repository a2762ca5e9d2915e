// Connects the build to the embedded store without the pipeline depending on a store module.
import type { BuildOptions } from '../pipeline/run-build.js';

export async function getStoreHooks(): Promise<Pick<BuildOptions, 'writeStore' | 'checkStoreWritable'>> {
  return {};
}
