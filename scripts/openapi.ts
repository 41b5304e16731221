// `npm run openapi`: writes openapi.json from the zod schemas and regenerates the web client's types.
import fs from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiText } from '../src/app/openapi-document.ts';

const text = openApiText();
fs.writeFileSync('openapi.json', text);
const ast = await openapiTS(JSON.parse(text));
fs.writeFileSync('web/src/api/schema.d.ts', `// Generated from openapi.json by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`);
console.log('openapi.json en web/src/api/schema.d.ts bijgewerkt.');
