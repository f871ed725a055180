/** `airledger` from source, for scripts that need a server in its own process (npm run load). */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
