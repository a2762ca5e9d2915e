// The recognizers every build runs, in order. Add a recognizer by registering it here.
import { RecognizerRegistry } from './registry.js';
import {
  bareLawRecognizer,
  eventGazetteerRecognizer,
  institutionGazetteerRecognizer,
  platformGazetteerRecognizer,
  programGazetteerRecognizer,
} from './recognizers/gazetteer-recognizers.js';
import { lawFirmRecognizer } from './recognizers/law-firms.js';
import { titledCitationRecognizer } from './recognizers/titled-citations.js';
import { nestedTitleReferences } from './relations/nested-title-references.js';

/** A registry holding the default recognizers. */
export function createDefaultRegistry(): RecognizerRegistry {
  return new RecognizerRegistry()
    .register(titledCitationRecognizer)
    .register(bareLawRecognizer)
    .register(lawFirmRecognizer)
    .register(programGazetteerRecognizer)
    .register(platformGazetteerRecognizer)
    .register(eventGazetteerRecognizer)
    .register(institutionGazetteerRecognizer)
    .registerRelation(nestedTitleReferences);
}
