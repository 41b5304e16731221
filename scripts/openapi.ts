// `npm run openapi`: writes openapi.json from the zod schemas and regenerates the web client's types and access table.
import fs from 'node:fs';
import { openApiText } from '../src/app/openapi-document.ts';
import { generatedWebFiles } from './openapi-generate.ts';

const text = openApiText();
fs.writeFileSync('openapi.json', text);
const files = await generatedWebFiles(text);
for (const [file, content] of Object.entries(files)) fs.writeFileSync(file, content);
console.log(`openapi.json, ${Object.keys(files).join(' en ')} bijgewerkt.`);
