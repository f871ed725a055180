export type { ControlPeriod, ControlEvent, ControlEventKind, ControlTimeline, ControlProblem, MergedTimeline } from './types.js';
export { type HolderFamily, holderFamily, isHostileHolder, sameHolder } from './holders.js';
export { closeTimeline, timelineFromEvents, periodsOf, holderOn } from './timeline.js';
export { CONTROL_COLUMNS, parseControlCsv, type ControlCsv, type ControlCsvOptions } from './csv.js';
export { eventForPhrase, tokens as eventWords, type SettledEvent, type EventPhraseOptions } from './phrases.js';
export { builtInTimeline, builtInPlaces, CAMPAIGN_KEY } from './builtIn.js';
export { mergeTimelines } from './merge.js';
