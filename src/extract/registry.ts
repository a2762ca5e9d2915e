// The recognizer registry: the pipeline runs whatever is registered, in order, so a new recognizer
// is added by registering it here (or on a registry of your own), not by editing the pipeline.
import type { Recognizer, RelationRecognizer } from './types.js';

export class RecognizerRegistry {
  private readonly recognizers: Recognizer[] = [];
  private readonly relationRecognizers: RelationRecognizer[] = [];

  /** Registers a mention recognizer; names are unique. */
  register(recognizer: Recognizer): this {
    if (this.recognizers.some((r) => r.name === recognizer.name)) {
      throw new Error(`RecognizerRegistry.register: a recognizer named "${recognizer.name}" is already registered`);
    }
    this.recognizers.push(recognizer);
    return this;
  }

  registerRelation(recognizer: RelationRecognizer): this {
    if (this.relationRecognizers.some((r) => r.name === recognizer.name)) {
      throw new Error(`RecognizerRegistry.registerRelation: "${recognizer.name}" is already registered`);
    }
    this.relationRecognizers.push(recognizer);
    return this;
  }

  list(): readonly Recognizer[] {
    return this.recognizers;
  }

  listRelations(): readonly RelationRecognizer[] {
    return this.relationRecognizers;
  }
}
