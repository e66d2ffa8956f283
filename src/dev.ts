// `npm run dev -- <args>`: runs the TypeScript source through tsx, as the built bin would.
import { run } from './cli.js';

await run();
