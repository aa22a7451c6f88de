/** `npm run web:build`: build the web app now (npm start does it when needed). */
import { buildWebApp } from "./next-app.ts";

const t0 = performance.now();
await buildWebApp({ onLine: (line) => process.stdout.write(`${line}\n`) });
process.stdout.write(`web app built in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
