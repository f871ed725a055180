export type { GazetteerEntry, Place, PlaceName, PlaceSource, Resolution, ResolutionMethod } from './types.js';
export { Gazetteer } from './gazetteer.js';
export { resolvePlace, FUZZY_RESOLVE, FUZZY_REVIEW, MAX_RESOLVED_UNCERTAINTY_KM, type ResolveContext } from './resolve.js';
export { countryCodeOf } from './countries.js';
export { foldName, skeletonOf } from './fold.js';
export { editDistance, similarity } from './fuzzy.js';
export { distanceKm } from './rank.js';
export { parseGeonamesDump, type GeonamesDumpOptions, type GeonamesDumpResult, type GeonamesDumpError } from './geonamesDump.js';
export { exactPlaceNames, type NamedPlace, type ExactPlaceNames } from './exactNames.js';
