import type { ControlEventKind } from './types.js';

/**
 * Who held the towns analysts write about in the 2014–2019 air campaign, and the named battles there,
 * written from public knowledge. Every period and event names its source (the title of the encyclopedia
 * article, or the news agency and day); where the sources disagree on a day, or give only a month, the
 * note says so and the best-sourced day is used. A place whose change of hands has no well-sourced day
 * gets fewer periods rather than a guess: Manbij's period under IS is left out because the sources give
 * only "January 2014"; its liberation is a named event instead.
 *
 * A period without `to` ends the day before the place's next period starts (or stays open).
 * Keys are the gazetteer's (`geonames:<id>`, `curated:<slug>`); `name` is there for the reader.
 * Events of the whole campaign (not of one place) sit under CAMPAIGN_KEY.
 */
export interface BuiltInPlaceTimeline {
  place: string;
  name: string;
  periods: BuiltInPeriod[];
  events: BuiltInEvent[];
}

interface BuiltInPeriod {
  holder: string;
  from: string;
  to?: string;
  note: string;
  source: string;
}

interface BuiltInEvent {
  name: string;
  kind: ControlEventKind;
  from: string;
  to?: string;
  holder?: string;
  note: string;
  source: string;
}

/** The key under which events of the whole campaign are kept ("Operation Inherent Resolve"). */
export const CAMPAIGN_KEY = 'campaign:inherent-resolve';

const W = (title: string) => `Wikipedia: ${title}`;

export const BUILT_IN_TIMELINES: readonly BuiltInPlaceTimeline[] = [
  {
    place: CAMPAIGN_KEY,
    name: 'the campaign against IS (Iraq and Syria)',
    periods: [],
    events: [
      { name: 'Operation Inherent Resolve', kind: 'offensive', from: '2014-08-08', holder: 'coalition',
        note: 'first US air strikes in Iraq on 8 August 2014; the operation was named on 15 October 2014', source: W('Operation Inherent Resolve') },
      { name: 'first coalition strikes in Syria', kind: 'other', from: '2014-09-23', holder: 'coalition',
        note: 'strikes in Syria began in the night of 22–23 September 2014', source: W('American-led intervention in the Syrian civil war') },
    ],
  },

  // Syria
  {
    place: 'geonames:163808',
    name: 'Palmyra',
    periods: [
      { holder: 'IS', from: '2015-05-20', note: 'IS overran most of the city on 20 May 2015 and held all of it, airbase and prison included, on 21 May',
        source: W('Palmyra offensive (May 2015)') },
      { holder: 'Syrian government', from: '2016-03-27', note: 'Syrian army and allies retake the city', source: W('Palmyra offensive (March 2016)') },
      { holder: 'IS', from: '2016-12-11', note: 'IS retakes the city as the army withdraws', source: W('Palmyra offensive (December 2016)') },
      { holder: 'Syrian government', from: '2017-03-02', note: 'Syrian army and allies retake the city a second time', source: W('Palmyra offensive (2017)') },
    ],
    events: [
      { name: 'IS offensive on Palmyra (May 2015)', kind: 'offensive', from: '2015-05-13', to: '2015-05-26', holder: 'IS',
        note: 'IS takes Palmyra, its airbase and the desert east of Homs', source: W('Palmyra offensive (May 2015)') },
      { name: 'pro-regime offensive (March 2016)', kind: 'offensive', from: '2016-03-09', to: '2016-03-27', holder: 'Syrian government',
        note: 'the article gives 9–27 March; earlier versions of it began the offensive on 7 March', source: W('Palmyra offensive (March 2016)') },
      { name: 'IS offensive on Palmyra (December 2016)', kind: 'offensive', from: '2016-12-08', to: '2016-12-22', holder: 'IS',
        note: 'IS launched the offensive on 8 December and took the city on 11 December; fighting at the T4 airbase went on to 22 December',
        source: W('Palmyra offensive (December 2016)') },
      { name: 'pro-regime offensive (2017)', kind: 'offensive', from: '2017-01-13', to: '2017-03-02', holder: 'Syrian government',
        note: 'ends with the city retaken on 2 March', source: W('Palmyra offensive (2017)') },
    ],
  },
  {
    place: 'geonames:172955',
    name: 'Raqqa',
    periods: [
      { holder: 'IS', from: '2014-01-14', note: 'IS takes the whole city from the other rebel groups', source: 'AFP timeline "The Islamic State in Syria" (21 December 2018)' },
      { holder: 'SDF', from: '2017-10-17', note: 'SDF in full control of the city', source: W('Battle of Raqqa (2017)') },
    ],
    events: [
      { name: 'battle of Raqqa', kind: 'offensive', from: '2017-06-06', to: '2017-10-17', holder: 'SDF',
        note: 'the final phase of the Raqqa campaign, also called the second battle of Raqqa', source: W('Battle of Raqqa (2017)') },
    ],
  },
  {
    place: 'geonames:167357',
    name: 'Manbij',
    periods: [
      { holder: 'SDF', from: '2016-08-12', note: 'SDF capture the city (AFP dated the announcement 6 August; fighting in the city went on to 12 August); IS had held it since January 2014 (day not settled in the sources, so no period is given)',
        source: W('Manbij offensive (2016)') },
    ],
    events: [
      { name: 'Manbij offensive', kind: 'offensive', from: '2016-05-31', to: '2016-08-12', holder: 'SDF',
        note: 'the article runs the offensive to 27 August for the countryside; the city was taken on 12 August', source: W('Manbij offensive (2016)') },
      { name: 'liberation of Manbij', kind: 'recapture', from: '2016-08-12', holder: 'SDF', note: 'SDF capture the city from IS', source: W('Manbij offensive (2016)') },
    ],
  },
  {
    place: 'geonames:172256',
    name: 'Kobani',
    periods: [
      { holder: 'YPG', from: '2012-07-19', note: 'Kurdish YPG take over the town; IS besieged it in 2014–2015 and held parts of it, never the whole', source: W('Siege of Kobanî') },
    ],
    events: [
      { name: 'siege of Kobani', kind: 'offensive', from: '2014-09-13', to: '2015-01-27', holder: 'IS',
        note: 'IS launched the siege on 13 September 2014 (the infobox dates it from 15 September and runs it to 20 March 2015 for the villages); the city was fully retaken on 27 January 2015',
        source: W('Siege of Kobanî') },
      { name: 'liberation of Kobani', kind: 'recapture', from: '2015-01-27', holder: 'YPG',
        note: 'YPG declared the city liberated on 26 January; the article has it fully retaken on 27 January', source: W('Siege of Kobanî') },
      { name: 'IS attack on Kobani (June 2015)', kind: 'offensive', from: '2015-06-25', to: '2015-06-28', holder: 'IS',
        note: 'IS fighters enter the town and kill at least 233 civilians before being driven out; the days are approximate (late June 2015)',
        source: W('Siege of Kobanî') },
    ],
  },
  {
    place: 'geonames:170794',
    name: 'Deir ez-Zor',
    periods: [
      { holder: 'Syrian government', from: '2017-11-03', note: 'the army takes complete control of the city; from July 2014 it was divided between a besieged government enclave and IS',
        source: W('Deir ez-Zor offensive (September–November 2017)') },
    ],
    events: [
      { name: 'siege of Deir ez-Zor lifted', kind: 'other', from: '2017-09-05', holder: 'Syrian government',
        note: 'the army breaks through to the besieged enclave on 5 September (fully broken by 10 September)', source: W('Siege of Deir ez-Zor (2014–2017)') },
      { name: 'Deir ez-Zor offensive (September–November 2017)', kind: 'offensive', from: '2017-09-14', to: '2017-11-17', holder: 'Syrian government',
        note: 'city taken on 3 November; the last island held by IS surrendered on 17 November', source: W('Deir ez-Zor offensive (September–November 2017)') },
    ],
  },
  {
    place: 'geonames:173811',
    name: 'Al-Hasakah',
    periods: [],
    events: [
      { name: 'IS offensive on al-Hasakah (2015)', kind: 'offensive', from: '2015-06-25', to: '2015-08-01', holder: 'IS',
        note: 'IS enters the southern districts of the city, divided between the government and the YPG, and is driven out; it never held the city',
        source: W('Battle of al-Hasakah (2015)') },
    ],
  },
  {
    place: 'geonames:174448',
    name: 'Abu Kamal',
    periods: [
      { holder: 'IS', from: '2014-07-01', note: 'IS takes total control of the town from Nusra-led rebels after a three-day battle', source: 'AFP and AP, 1 July 2014 ("ISIS captures key Syrian border town")' },
      { holder: 'Syrian government', from: '2017-11-09', to: '2017-11-10', note: 'the army and allied militias overrun the town', source: W('2017 Abu Kamal offensive') },
      { holder: 'IS', from: '2017-11-11', to: '2017-11-18', note: 'IS counter-attacks from the night of 9 November and fully retakes the town on 11 November (SOHR)', source: W('2017 Abu Kamal offensive') },
      { holder: 'Syrian government', from: '2017-11-19', note: 'the army captures the town, after it changed hands three times', source: W('2017 Abu Kamal offensive') },
    ],
    events: [
      { name: 'Abu Kamal offensive', kind: 'offensive', from: '2017-10-23', to: '2017-12-06', holder: 'Syrian government', note: 'Operation Dawn 3', source: W('2017 Abu Kamal offensive') },
    ],
  },
  {
    place: 'geonames:172374',
    name: 'Tabqa',
    periods: [
      { holder: 'IS', from: '2014-08-24', note: 'IS takes Tabqa airbase, the last government position at Tabqa; IS already held the town', source: W('Battle of al-Tabqa airbase') },
      { holder: 'SDF', from: '2017-05-10', note: 'SDF capture the city and the Tabqa Dam', source: W('Battle of Tabqa (2017)') },
    ],
    events: [
      { name: 'battle of Tabqa airbase', kind: 'offensive', from: '2014-08-19', to: '2014-08-24', holder: 'IS', note: 'IS takes the airbase', source: W('Battle of al-Tabqa airbase') },
      { name: 'battle of Tabqa', kind: 'offensive', from: '2017-03-22', to: '2017-05-10', holder: 'SDF',
        note: 'begins with the airlanding west of Tabqa on 22 March 2017', source: W('Battle of Tabqa (2017)') },
    ],
  },
  {
    place: 'geonames:174018',
    name: 'Al-Bab',
    periods: [
      { holder: 'Turkish-backed rebels', from: '2017-02-23', note: 'Euphrates Shield rebels and the Turkish army take full control of the town; IS held it from early 2014 (day not settled in the sources)',
        source: W('Battle of al-Bab') },
    ],
    events: [
      { name: 'battle of al-Bab', kind: 'offensive', from: '2016-11-06', to: '2017-02-23', holder: 'Turkish-backed rebels', note: 'part of Operation Euphrates Shield', source: W('Battle of al-Bab') },
      { name: 'capture of al-Bab', kind: 'recapture', from: '2017-02-23', holder: 'Turkish-backed rebels', note: 'rebels announce full control of the town', source: W('Battle of al-Bab') },
    ],
  },
  {
    place: 'geonames:169179',
    name: 'Jarabulus',
    periods: [
      { holder: 'Turkish-backed rebels', from: '2016-08-24', note: 'Turkish troops and Syrian rebels take the border town almost unopposed on the first day of Operation Euphrates Shield',
        source: W('Jarabulus offensive (2016)') },
    ],
    events: [
      { name: 'Operation Euphrates Shield', kind: 'offensive', from: '2016-08-24', to: '2017-03-29', holder: 'Turkish-backed rebels',
        note: 'Turkey declared the operation over on 29 March 2017', source: W('Operation Euphrates Shield') },
      { name: 'capture of Jarabulus', kind: 'recapture', from: '2016-08-24', holder: 'Turkish-backed rebels', note: 'first day of Operation Euphrates Shield', source: W('Jarabulus offensive (2016)') },
    ],
  },
  {
    place: 'curated:dabiq',
    name: 'Dabiq',
    periods: [
      { holder: 'IS', from: '2014-08-13', note: 'IS captures the town from rebels', source: 'Wikimapia: Dabiq (citing the town\'s Wikipedia article); AFP: "under IS control since August 2014"' },
      { holder: 'Turkish-backed rebels', from: '2016-10-16', note: 'Euphrates Shield rebels take the town', source: W('Dabiq, Syria') },
    ],
    events: [],
  },
  {
    place: 'geonames:172837',
    name: 'Al-Shaddadi',
    periods: [
      { holder: 'SDF', from: '2016-02-19', note: 'SDF take the town; IS held it from early 2014 (day not settled in the sources)', source: W('Al-Shaddadi offensive (2016)') },
    ],
    events: [
      { name: 'al-Shaddadi offensive', kind: 'offensive', from: '2016-02-16', to: '2016-02-19', holder: 'SDF', note: 'Operation Wrath of Khabur', source: W('Al-Shaddadi offensive (2016)') },
      { name: 'liberation of al-Shaddadi', kind: 'recapture', from: '2016-02-19', holder: 'SDF', note: 'SDF take the town from IS', source: W('Al-Shaddadi offensive (2016)') },
    ],
  },
  {
    place: 'geonames:172134',
    name: 'Ayn Issa',
    periods: [
      { holder: 'YPG', from: '2015-06-23', note: 'YPG-led forces take the town during the Tell Abyad offensive; the day is given as 22 or 23 June; IS briefly re-entered it in early July 2015',
        source: W('Tell Abyad offensive (2015)') },
    ],
    events: [
      { name: 'capture of Ayn Issa', kind: 'recapture', from: '2015-06-23', holder: 'YPG', note: 'day given as 22 or 23 June 2015', source: W('Tell Abyad offensive (2015)') },
    ],
  },
  {
    place: 'geonames:167245',
    name: "Mar'a",
    periods: [
      { holder: 'rebels', from: '2014-08-08', note: 'held by Syrian rebels throughout the campaign, besieged by IS in 2015–2016; the period starts with the record, not with a change of hands',
        source: W("Mare', Syria") },
    ],
    events: [],
  },
  {
    place: 'geonames:174506',
    name: 'Hajin',
    periods: [
      { holder: 'SDF', from: '2018-12-14', note: "SDF seize IS's main hub in the Euphrates valley; IS held it from mid-2014 (day not settled in the sources)",
        source: 'AFP, 15 December 2018; Wikipedia: Battle of Hajin' },
    ],
    events: [
      { name: 'battle of Hajin', kind: 'offensive', from: '2018-09-10', to: '2018-12-14', holder: 'SDF', note: 'phase of Operation Roundup in the last IS pocket east of the Euphrates', source: W('Battle of Hajin') },
      { name: 'capture of Hajin', kind: 'recapture', from: '2018-12-14', holder: 'SDF', note: 'SDF take the town', source: 'AFP, 15 December 2018' },
    ],
  },
  {
    place: 'curated:baghuz',
    name: 'Baghuz',
    periods: [
      { holder: 'SDF', from: '2019-03-23', note: 'SDF declare the last IS-held ground in Syria taken: the end of the territorial caliphate', source: W('Battle of Baghuz Fawqani') },
    ],
    events: [
      { name: 'battle of Baghuz', kind: 'offensive', from: '2019-02-09', to: '2019-03-23', holder: 'SDF', note: 'the last IS pocket in Syria', source: W('Battle of Baghuz Fawqani') },
    ],
  },

  // Iraq
  {
    place: 'geonames:99072',
    name: 'Mosul',
    periods: [
      { holder: 'IS', from: '2014-06-10', note: 'IS takes the city after six days of fighting', source: W('Fall of Mosul') },
      { holder: 'Iraqi forces', from: '2017-07-10', note: 'official declaration of victory; clashes in a last pocket of the Old City went on to 20 July', source: W('Battle of Mosul (2016–2017)') },
    ],
    events: [
      { name: 'IS offensive on Mosul (June 2014)', kind: 'offensive', from: '2014-06-04', to: '2014-06-10', holder: 'IS', note: 'the fall of Mosul: IS fights its way into the city', source: W('Fall of Mosul') },
      { name: 'battle of Mosul', kind: 'offensive', from: '2016-10-16', to: '2017-07-20', holder: 'Iraqi forces',
        note: 'Operation "We Are Coming, Nineveh"; east Mosul declared retaken on 24 January 2017, the west assaulted from 19 February; the article ends the battle on 20 July (some versions 21 July)',
        source: W('Battle of Mosul (2016–2017)') },
    ],
  },
  {
    place: 'geonames:98717',
    name: 'Ramadi',
    periods: [
      { holder: 'IS', from: '2015-05-17', note: 'the Iraqi army and special forces leave the city', source: W('Battle of Ramadi (2014–2015)') },
      { holder: 'Iraqi forces', from: '2015-12-28', note: 'Iraqi forces declare the city centre retaken on 28 December 2015; pockets were cleared until 9 February 2016',
        source: W('Battle of Ramadi (2015–2016)') },
    ],
    events: [
      { name: 'battle of Ramadi (2014–2015)', kind: 'offensive', from: '2014-11-21', to: '2015-05-17', holder: 'IS', note: 'also called the fall of Ramadi', source: W('Battle of Ramadi (2014–2015)') },
      { name: 'battle of Ramadi (2015–2016)', kind: 'offensive', from: '2015-08-11', to: '2016-02-09', holder: 'Iraqi forces',
        note: 'the article dates the battle from 11 August 2015 (older versions from November 2015); the assault on the city itself came in December', source: W('Battle of Ramadi (2015–2016)') },
    ],
  },
  {
    place: 'geonames:99454',
    name: 'Fallujah',
    periods: [
      { holder: 'IS', from: '2014-01-04', note: 'the city falls to ISIL and allied tribal insurgents; the day is reported as 3 or 4 January 2014', source: W('Anbar campaign (2013–2014)') },
      { holder: 'Iraqi forces', from: '2016-06-26', note: 'the commander of the operation declares the city fully liberated', source: W('Third Battle of Fallujah') },
    ],
    events: [
      { name: 'third battle of Fallujah', kind: 'offensive', from: '2016-05-22', to: '2016-06-29', holder: 'Iraqi forces',
        note: 'Operation Breaking Terrorism; the city was retaken on 26 June and its western outskirts two days later', source: W('Third Battle of Fallujah') },
    ],
  },
  {
    place: 'geonames:90150',
    name: 'Tikrit',
    periods: [
      { holder: 'IS', from: '2014-06-11', note: 'IS takes the city in its June 2014 offensive', source: W('Northern Iraq offensive (June 2014)') },
      { holder: 'Iraqi forces', from: '2015-03-31', note: 'Prime Minister al-Abadi announces the liberation of the city; the last pockets were cleared by 17 April', source: W('Second Battle of Tikrit') },
    ],
    events: [
      { name: 'second battle of Tikrit', kind: 'offensive', from: '2015-03-02', to: '2015-04-17', holder: 'Iraqi forces', note: 'Iraqi forces and the Popular Mobilization Forces', source: W('Second Battle of Tikrit') },
    ],
  },
  {
    place: 'geonames:97783',
    name: 'Bayji',
    periods: [
      { holder: 'IS', from: '2014-06-11', note: 'IS fighters advance into the town', source: W('Battle of Baiji (2014–2015)') },
      { holder: 'Iraqi forces', from: '2014-11-14', note: 'Iraqi forces retake most of the town and break the siege of the refinery; IS kept a few neighbourhoods', source: W('Battle of Baiji (2014–2015)') },
      { holder: 'IS', from: '2014-12-21', note: 'IS retakes the town and besieges the refinery again', source: W('Battle of Baiji (2014–2015)') },
      { holder: 'Iraqi forces', from: '2015-10-22', note: 'Iraqi forces fully recapture the town (the refinery on 16 October)', source: W('Battle of Baiji (2014–2015)') },
    ],
    events: [
      { name: 'battle of Bayji', kind: 'offensive', from: '2014-10-29', to: '2015-10-22', holder: 'Iraqi forces', note: 'the article is titled "Battle of Baiji"', source: W('Battle of Baiji (2014–2015)') },
    ],
  },
  {
    place: 'geonames:448149',
    name: 'Sinjar',
    periods: [
      { holder: 'IS', from: '2014-08-03', note: 'IS takes the town; the Yazidi genocide begins', source: W('Sinjar massacre') },
      { holder: 'Kurdish forces', from: '2015-11-13', note: 'Peshmerga and YPG/YBŞ retake the town', source: W('November 2015 Sinjar offensive') },
    ],
    events: [
      { name: 'Sinjar offensive (November 2015)', kind: 'offensive', from: '2015-11-12', to: '2015-11-13', holder: 'Kurdish forces', note: 'Operation Free Sinjar', source: W('November 2015 Sinjar offensive') },
    ],
  },
  {
    place: 'geonames:95788',
    name: 'Hit',
    periods: [
      { holder: 'IS', from: '2014-10-13', note: 'IS held most of the town from 3 October and took its last military base on 13 October (the article dates the fall 2–14 October)', source: W('Fall of Hīt (2014)') },
      { holder: 'Iraqi forces', from: '2016-04-14', note: 'Iraqi forces fully recapture the town', source: W('Battle of Hit (2016)') },
    ],
    events: [
      { name: 'IS offensive on Hit (October 2014)', kind: 'offensive', from: '2014-10-02', to: '2014-10-14', holder: 'IS', note: 'the fall of Hit: IS takes the town, cutting the road to Haditha', source: W('Fall of Hīt (2014)') },
      { name: 'battle of Hit', kind: 'offensive', from: '2016-03-12', to: '2016-04-14', holder: 'Iraqi forces', note: 'Operation Desert Lynx', source: W('Battle of Hit (2016)') },
    ],
  },
  {
    place: 'geonames:96309',
    name: 'Haditha',
    periods: [
      { holder: 'Iraqi forces', from: '2014-08-08', note: 'held by Iraqi forces and local tribesmen throughout, under IS siege in 2014–2016; the period starts with the record, not with a change of hands',
        source: W('Haditha') },
    ],
    events: [],
  },
  {
    place: 'geonames:90393',
    name: 'Tal Afar',
    periods: [
      { holder: 'IS', from: '2014-06-16', note: 'IS captures the city after a two-day battle', source: 'Warfare Today: Tal Afar; Wikipedia: Northern Iraq offensive (June 2014)' },
      { holder: 'Iraqi forces', from: '2017-08-28', note: 'Iraqi forces capture the city (Reuters reported almost all of it on 27 August); the district was declared free on 31 August',
        source: W('Battle of Tal Afar (2017)') },
    ],
    events: [
      { name: 'battle of Tal Afar', kind: 'offensive', from: '2017-08-20', to: '2017-09-02', holder: 'Iraqi forces', note: 'ends with the capture of al-Ayadiya and Mahalabiyah', source: W('Battle of Tal Afar (2017)') },
    ],
  },
  {
    place: 'geonames:99003',
    name: 'Qayyarah',
    periods: [
      { holder: 'Iraqi forces', from: '2016-08-25', note: 'Iraqi forces retake the town; IS held it from June 2014 (day not settled in the sources)', source: 'AFP, 25 August 2016 ("Iraq forces retake key town south of Mosul")' },
    ],
    events: [
      { name: 'liberation of Qayyarah', kind: 'recapture', from: '2016-08-25', holder: 'Iraqi forces', note: 'Iraqi forces retake the town', source: 'AFP, 25 August 2016 ("Iraq forces retake key town south of Mosul")' },
    ],
  },
  {
    place: 'geonames:390188',
    name: 'Hawija',
    periods: [
      { holder: 'Iraqi forces', from: '2017-10-05', note: 'Prime Minister al-Abadi announces the town retaken; IS held it from June 2014 (day not settled in the sources)', source: W('Hawija offensive (2017)') },
    ],
    events: [
      { name: 'Hawija offensive', kind: 'offensive', from: '2017-09-21', to: '2017-10-05', holder: 'Iraqi forces', note: 'launched on 21 September 2017 (some reports: 20 September)', source: W('Hawija offensive (2017)') },
      { name: 'liberation of Hawija', kind: 'recapture', from: '2017-10-05', holder: 'Iraqi forces', note: 'the town is declared retaken', source: W('Hawija offensive (2017)') },
    ],
  },
  {
    place: 'geonames:92138',
    name: 'Al Qaim',
    periods: [
      { holder: 'Iraqi forces', from: '2017-11-03', note: 'Iraqi forces and the Popular Mobilization Forces take the town; IS held it from June 2014 (day not settled in the sources)', source: 'AP, 17 November 2017; Wikipedia: Western Iraq campaign (2017)' },
    ],
    events: [
      { name: 'liberation of Al Qaim', kind: 'recapture', from: '2017-11-03', holder: 'Iraqi forces', note: 'Iraqi forces retake the border town', source: W('Western Iraq campaign (2017)') },
    ],
  },
  {
    place: 'geonames:92004',
    name: 'Rawah',
    periods: [
      { holder: 'Iraqi forces', from: '2017-11-17', note: 'Iraqi forces retake the last town IS held in Iraq; IS held it from June 2014 (day not settled in the sources)', source: 'Reuters and AP, 17 November 2017' },
    ],
    events: [
      { name: 'liberation of Rawah', kind: 'recapture', from: '2017-11-17', holder: 'Iraqi forces', note: 'the last town in Iraq retaken from IS', source: W('Western Iraq campaign (2017)') },
    ],
  },
  {
    place: 'geonames:98677',
    name: 'Rutba',
    periods: [
      { holder: 'Iraqi forces', from: '2016-05-19', note: 'Iraq announces the town retaken (19 May 2016); IS held it from June 2014 (day not settled in the sources)', source: W('Battle of Rutba') },
    ],
    events: [
      { name: 'battle of Rutba', kind: 'offensive', from: '2016-05-16', to: '2016-05-19', holder: 'Iraqi forces', note: 'part of the Anbar campaign (2015–2016)', source: W('Battle of Rutba') },
      { name: 'liberation of Rutba', kind: 'recapture', from: '2016-05-19', holder: 'Iraqi forces', note: 'Iraqi forces retake the town', source: W('Battle of Rutba') },
    ],
  },
];
