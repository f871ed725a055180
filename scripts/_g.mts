import { generateCorpus } from './generate-corpus.js';
generateCorpus('/tmp/prof/releases', 100000, 100);
