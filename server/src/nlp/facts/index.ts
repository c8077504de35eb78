/** Fact extraction: canonical fact sentences and the compromise-based extractor. */
export type { Fact, FactAttribute, FactExtractor, FactUpdate } from './types';
export { NlpFactExtractor } from './nlp-fact-extractor';
export { LOCATION_ORIGIN, factKey, formatFact, makeFact, parseFactText, thingKey } from './fact-text';
