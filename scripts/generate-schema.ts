// `npm run schema`: writes the workshop file's JSON Schema into the repository from the validators.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SCHEMA_PATH, serializeJsonSchema } from '../shared/file/jsonSchema';

mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
writeFileSync(SCHEMA_PATH, serializeJsonSchema());
console.log(`wrote ${SCHEMA_PATH}`);
