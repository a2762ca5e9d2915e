// The recognizers every build runs, in order. Add a recognizer by registering it here.
import { RecognizerRegistry } from './registry.js';
import { bareLawRecognizer } from './recognizers/bare-laws.js';
import { eventFormRecognizer, eventGazetteerRecognizer } from './recognizers/events.js';
import { indicatorRecognizer } from './recognizers/indicators.js';
import { institutionGazetteerRecognizer, institutionRecognizer } from './recognizers/institutions.js';
import { organizationRecognizer } from './recognizers/organizations.js';
import { personRecognizer } from './recognizers/persons.js';
import { platformFormRecognizer, platformGazetteerRecognizer } from './recognizers/platforms.js';
import { lawFirmRecognizer } from './recognizers/law-firms.js';
import { programDiscoveryRecognizer } from './recognizers/program-discovery.js';
import { programGazetteerRecognizer } from './recognizers/program-gazetteer.js';
import { titledCitationRecognizer } from './recognizers/titled-citations.js';
import { holdsPosition } from './relations/holds-position.js';
import { nestedTitleReferences } from './relations/nested-title-references.js';
import { retainsCounsel } from './relations/retains-counsel.js';

/** A registry holding the default recognizers. */
export function createDefaultRegistry(): RecognizerRegistry {
  return new RecognizerRegistry()
    .register(titledCitationRecognizer)
    .register(lawFirmRecognizer)
    .register(programGazetteerRecognizer)
    .register(platformGazetteerRecognizer)
    .register(eventGazetteerRecognizer)
    .register(institutionGazetteerRecognizer)
    // Events and platforms before bodies, so a body inside one (市城管局|数据交换平台) is marked nested.
    .register(eventFormRecognizer)
    .register(platformFormRecognizer)
    .register(institutionRecognizer)
    .register(organizationRecognizer)
    .register(personRecognizer)
    .register(indicatorRecognizer)
    // After the gazetteers and titles, so discovered practices leave their spans alone.
    .register(programDiscoveryRecognizer)
    // Last, so a law named inside a practice or event (民法典进社区) is cited next to it.
    .register(bareLawRecognizer)
    .registerRelation(nestedTitleReferences)
    .registerRelation(retainsCounsel)
    .registerRelation(holdsPosition);
}
