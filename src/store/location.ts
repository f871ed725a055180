/** Where the ledger lives when nothing says otherwise: a PGlite data directory in the working folder. */
export const DEFAULT_LEDGER = './airledger-data';
