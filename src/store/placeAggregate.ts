// Its own module, free of database imports, so that the browser workbench can type the explore answer with it.
/** A place on the map with the strikes of the matching records resolved to it. */
export interface PlaceAggregate {
  placeKey: string;
  name: string;
  lat: number;
  lon: number;
  strikes: number;
  records: number;
}
