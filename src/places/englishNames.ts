/**
 * The name an English reader searches for and writes, where the gazetteer's name is another one
 * ("Tadmur" is Palmyra, "‘Ayn al ‘Arab" is Kobani). Places show this name first, then the gazetteer's
 * name and the other spellings. Mostly the titles of the towns' English encyclopedia articles, in the
 * spelling the coalition's releases and the press use most. Keyed by GeoNames id.
 */
const ENGLISH: Record<number, string> = {
  // Syria
  163808: 'Palmyra', // Tadmur
  172955: 'Raqqa', // Ar Raqqah
  173811: 'Al-Hasakah', // Al Ḩasakah
  172256: 'Kobani', // ‘Ayn al ‘Arab
  167245: "Mar'a", // Māri‘
  174448: 'Abu Kamal', // Ālbū Kamāl
  173797: 'Al-Hawl', // Al Ḩawl
  172134: 'Ayn Issa', // ‘Ayn ‘Īsá
  163750: 'Tal Abyad', // Tall Abyaḑ
  163568: 'Tal Hamis', // Tall Ḩamīs
  174018: 'Al-Bab', // Al Bāb
  169866: 'Harem', // Ḩārim
  172374: 'Tabqa', // Ath Thawrah
  172837: 'Al-Shaddadi', // Ash Shaddādah
  173480: 'Mayadin', // Al Mayādīn
  174506: 'Hajin', // Hajīn
  172082: 'Azaz', // I‘zāz
  169179: 'Jarabulus', // Jarābulus
  173377: 'Qamishli', // Al Qāmishlī
  165509: 'Ras al-Ain', // Ra’s al ‘Ayn
  163434: 'Tal Tamr', // Tall Tamr
  172425: 'Sukhnah', // As Sukhnah
  167899: 'Khusham', // Khushām
  170691: 'Dhiban', // Dhībān
  // Iraq
  99454: 'Fallujah', // Al Fallūjah
  90150: 'Tikrit', // Tikrīt
  91597: 'Samarra', // Sāmarrā’
  448149: 'Sinjar', // Sinjār
  90393: 'Tal Afar', // Tall ‘Afar
  97783: 'Bayji', // Bayjī
  390188: 'Hawija', // Al Ḩawījah
  93818: 'Makhmur', // Mexmur
  99003: 'Qayyarah', // Al Qayyārah
  92004: 'Rawah', // Rāwah
  95788: 'Hit', // Hīt
  96309: 'Haditha', // Ḩadīthah
  92138: 'Al Qaim', // Al Qā’im
  98677: 'Rutba', // Ar Ruţbah
  90026: 'Tuz Khurmatu', // Tozkhurmato
  6765385: 'Anah', // ‘Anah
  99524: "Al-Ba'aj", // Al Ba‘āj
  91057: 'Shirqat', // Ash Sharqāt
  96994: 'Duhok', // Dihok
  98463: 'Sulaymaniyah', // As Sulaymānīyah
  99413: 'Hatra', // Al Ḩaḑar
  95886: 'Haqlaniyah', // Al Ḩaqlānīyah
  100077: 'Abu Ghraib', // Abū Ghurayb
  92430: 'Qaraqosh', // Al-Hamdaniya
  90353: 'Tel Keppe', // Tallkayf
  99062: 'Muqdadiyah', // Al Miqdādīyah
  90220: 'Daquq', // Dāqūq
  94591: 'Khanaqin', // Khānaqīn
};

/** The English name of the place under `key`, or undefined when the gazetteer's name is already the one readers use. */
export function englishNameOf(key: string): string | undefined {
  if (!key.startsWith('geonames:')) return undefined;
  return ENGLISH[Number(key.slice('geonames:'.length))];
}

/** The name to show for a place: its English name when it has one, else the name given. */
export function displayName(key: string | null | undefined, name: string): string {
  return (key ? englishNameOf(key) : undefined) ?? name;
}
