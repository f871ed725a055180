import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.js';
import { resolvePlace } from './resolve.js';

/**
 * Every place name the 2014–2015 dev releases use, with the section it was filed under and what it
 * must resolve to. Listed from the release texts (strike lines and the 2014 prose); the test reads no corpus file.
 */
const NAMES: Array<[section: string, name: string, status: 'resolved' | 'review', key: string | null]> = [
  ['Iraq', 'Al Asad', 'resolved', 'curated:al-asad-air-base'],
  ['Iraq', 'Al Asad*', 'resolved', 'curated:al-asad-air-base'],
  ['Iraq', 'Al Baghdadi', 'resolved', 'curated:al-baghdadi'],
  ['Iraq', 'Al Hasakah', 'resolved', 'geonames:173811'],
  ['Iraq', 'Al Hasakah and Dayr Az Zawr', 'review', null],
  ['Iraq', 'Al Hawayjah', 'resolved', 'geonames:390188'],
  ['Iraq', 'Al Hawijah', 'resolved', 'geonames:390188'],
  ['Iraq', 'Al Huwayjah', 'resolved', 'geonames:390188'],
  ['Iraq', 'Al Qaim', 'resolved', 'geonames:92138'],
  ['Iraq', 'Al Rutbah', 'resolved', 'geonames:98677'],
  ['Iraq', 'Albu Hayat', 'review', 'curated:albu-hayat'],
  ['Iraq', 'Ar Raqqah', 'resolved', 'geonames:172955'],
  ['Iraq', 'Ar Rut bah', 'resolved', 'geonames:98677'],
  ['Iraq', 'Ar Rutbah', 'resolved', 'geonames:98677'],
  ['Iraq', 'Baghdad', 'resolved', 'geonames:98182'],
  ['Iraq', 'Baghdadi', 'resolved', 'curated:al-baghdadi'],
  ['Iraq', 'Baqubah', 'resolved', 'geonames:97990'],
  ['Iraq', 'Bayji', 'resolved', 'geonames:97783'],
  ['Iraq', 'Dayr Az Zawr', 'resolved', 'geonames:170794'],
  ['Iraq', 'Erbil', 'resolved', 'geonames:95446'],
  ['Iraq', 'Fallujah', 'resolved', 'geonames:99454'],
  ['Iraq', 'Habbaniya', 'resolved', 'curated:habbaniyah'],
  ['Iraq', 'Habbaniyah', 'resolved', 'curated:habbaniyah'],
  ['Iraq', 'Haditha', 'resolved', 'geonames:96309'],
  ['Iraq', 'Hit', 'resolved', 'geonames:95788'],
  ['Iraq', 'Hit in Al Anbar Province', 'resolved', 'geonames:95788'],
  ['Iraq', 'Huwayjah', 'resolved', 'geonames:390188'],
  ['Iraq', 'Kirkuk', 'resolved', 'geonames:94787'],
  ['Iraq', 'Kisik', 'resolved', 'curated:kisik'],
  ['Iraq', 'Mahkmur', 'resolved', 'geonames:93818'],
  ['Iraq', 'Makhmur', 'resolved', 'geonames:93818'],
  ['Iraq', 'Mosul', 'resolved', 'geonames:99072'],
  ['Iraq', 'Qayyarah', 'resolved', 'geonames:99003'],
  ['Iraq', 'Ramadi', 'resolved', 'geonames:98717'],
  ['Iraq', 'Rawah', 'resolved', 'geonames:92004'],
  ['Iraq', 'Samarra', 'resolved', 'geonames:91597'],
  ['Iraq', 'Sinjar', 'resolved', 'geonames:448149'],
  ['Iraq', 'Sultan Abdallah', 'resolved', 'curated:sultan-abdallah'],
  ['Iraq', 'Taji', 'resolved', 'curated:taji'],
  ['Iraq', 'Tal Afar', 'resolved', 'geonames:90393'],
  ['Iraq', 'Tikrit', 'resolved', 'geonames:90150'],
  ['Iraq', 'Tuz', 'resolved', 'geonames:90026'],
  ['Iraq', 'Waleed', 'resolved', 'curated:al-walid'],
  ['Iraq', 'Walweed', 'resolved', 'curated:al-walid'],
  ['Iraq', 'al Asad', 'resolved', 'curated:al-asad-air-base'],
  ['Syria', 'Abu Kamal', 'resolved', 'geonames:174448'],
  ['Syria', 'Al Bab', 'resolved', 'geonames:174018'],
  ['Syria', 'Al Bukamal', 'resolved', 'geonames:174448'],
  ['Syria', 'Al Hasakah', 'resolved', 'geonames:173811'],
  ['Syria', 'Al Hawl', 'resolved', 'geonames:173797'],
  ['Syria', 'Al Qaim', 'resolved', 'geonames:92138'],
  ['Syria', 'Al Raqqah', 'resolved', 'geonames:172955'],
  ['Syria', 'Aleppo', 'resolved', 'geonames:170063'],
  ['Syria', 'Ar Raqqah', 'resolved', 'geonames:172955'],
  ['Syria', 'Ayn Isa', 'resolved', 'geonames:172134'],
  ['Syria', 'Barghooth', 'review', null],
  ['Syria', 'Dawr az Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Day az Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Dayr Ar Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Dayr Az Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Dayr as Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Dayr az Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Dayz ar Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Hasakah', 'resolved', 'geonames:173811'],
  ['Syria', 'Idlib', 'resolved', 'geonames:169389'],
  ['Syria', 'Kobani', 'resolved', 'geonames:172256'],
  ['Syria', 'Manbij', 'resolved', 'geonames:167357'],
  ['Syria', "Mar'a", 'resolved', 'geonames:167245'],
  ['Syria', 'Mar’a', 'resolved', 'geonames:167245'],
  ['Syria', 'Palmyra', 'resolved', 'geonames:163808'],
  ['Syria', 'Tadmur', 'resolved', 'geonames:163808'],
  ['Syria', 'Tal Abyad', 'resolved', 'geonames:163750'],
  ['Syria', 'Tal Hamis', 'resolved', 'geonames:163568'],
  ['Syria', 'Tal Harris', 'resolved', 'geonames:163568'],
  ['Syria', 'Tal Jibbin', 'review', 'curated:tal-jibbin'],
  ['Syria', 'Tamakh', 'review', null],
  ['Syria', 'Washiya', 'resolved', 'curated:al-wahshiyah'],
  ['Syria', 'Washiyah', 'resolved', 'curated:al-wahshiyah'],
  ['Tikrit, Iraq', 'Tikrit', 'resolved', 'geonames:90150'],
  ['Iraq', 'Aynzalah', 'resolved', 'curated:ain-zalah'],
  ['Iraq', 'Bayji Oil', 'review', null],
  ['Iraq', 'Bayji Oil Refinery', 'resolved', 'curated:bayji-oil-refinery'],
  ['Iraq', 'Fallujah Dam', 'resolved', 'curated:fallujah-dam'],
  ['Iraq', 'Haditha Dam', 'resolved', 'curated:haditha-dam'],
  ['Iraq', 'Hayy Al Arabi', 'resolved', 'curated:hayy-al-arabi'],
  ['Iraq', 'Mosul Dam', 'resolved', 'curated:mosul-dam'],
  ['Iraq', 'Qurayat al Hajjaj', 'review', 'curated:al-hajjaj'],
  ['Iraq', 'Rabiyah', 'resolved', 'curated:rabia'],
  ['Iraq', 'Tall Afar', 'resolved', 'geonames:90393'],
  ['Iraq', 'Tel Afar', 'resolved', 'geonames:90393'],
  ['Iraq', 'Zumar', 'resolved', 'curated:zumar'],
  ['Syria', 'Al Mayadin', 'resolved', 'geonames:173480'],
  ['Syria', 'Al-Hasakah', 'resolved', 'geonames:173811'],
  ['Syria', 'Al-Haskah', 'resolved', 'geonames:173811'],
  ['Syria', 'Ayn al Arab', 'resolved', 'geonames:172256'],
  ['Syria', 'Dawr Az Zawr', 'resolved', 'geonames:170794'],
  ['Syria', 'Haram', 'resolved', 'geonames:169866'],
  ['Syria', 'Rabiyah', 'resolved', 'curated:rabia'],
  ['Syria', 'Raqqah', 'resolved', 'geonames:172955'],
  ['Syria', 'Sinjar', 'resolved', 'geonames:164094'],
  ['Syria', 'Sinjar Mountain', 'review', 'curated:jabal-sinjar'],
  ['Syria', 'Tall Abyad', 'resolved', 'geonames:163750'],
  ['Syria', 'Taqba Airfield', 'resolved', 'curated:tabqa-air-base'],
];

describe('place names in the 2014–2015 releases', () => {
  const gazetteer = Gazetteer.builtIn();

  it.each(NAMES)('resolves %s / "%s" as %s to %s', (section, name, status, key) => {
    const r = resolvePlace(gazetteer, name, { country: section });
    expect(r.status).toBe(status);
    expect(r.place?.key ?? null).toBe(key);
  });
});

/** Names the releases of 2016-2019 use (the fixtures of those years, and the places the issue names). */
const LATER_NAMES: Array<[section: string, name: string, key: string]> = [
  ['Syria', 'Baghuz', 'curated:baghuz'],
  ['Syria', 'Tiyas Military Airfield', 'curated:tiyas-air-base'],
  ['Syria', 'T4', 'curated:tiyas-air-base'],
  ['Syria', 'Shadaddi', 'geonames:172837'],
  ['Syria', 'Al Shadaddi', 'geonames:172837'],
  ['Syria', 'Bab', 'geonames:174018'],
  ['Syria', 'Hajin', 'geonames:174506'],
  ['Syria', 'Tabqah', 'geonames:172374'],
  ['Syria', 'Mayadin', 'geonames:173480'],
  ['Syria', 'Ayn Isa', 'geonames:172134'],
  ['Syria', 'Raqqah', 'geonames:172955'],
  ['Syria', 'Abu Kamal', 'geonames:174448'],
  ['Syria', 'Palmyra', 'geonames:163808'],
  ['Iraq', 'Rutbah', 'geonames:98677'],
  ['Iraq', 'Qaim', 'geonames:92138'],
  ['Iraq', 'Huwayjah', 'geonames:390188'],
  ['Iraq', 'Hawayjah', 'geonames:390188'],
  ['Iraq', 'Beiji', 'geonames:97783'],
  ['Iraq', 'Qayyarah', 'geonames:99003'],
  ['Iraq', 'Rawah', 'geonames:92004'],
  ['Iraq', 'Tuz', 'geonames:90026'],
  ['Iraq', 'Taji', 'curated:taji'],
];

describe('place names in the 2016-2019 releases', () => {
  const gazetteer = Gazetteer.builtIn();

  it.each(LATER_NAMES)('resolves %s / "%s" to %s', (section, name, key) => {
    const r = resolvePlace(gazetteer, name, { country: section });
    expect(r.status).toBe('resolved');
    expect(r.place?.key).toBe(key);
  });
});
