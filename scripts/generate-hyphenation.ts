// `npm run hyphenation`: writes the default template's words, hyphenated by the TeX patterns, into the repository.
import { writeFileSync } from 'node:fs';
import { HYPHENATION_TABLE_PATH, serializeHyphenationTable } from '../shared/text/hyphenationTable';

writeFileSync(HYPHENATION_TABLE_PATH, await serializeHyphenationTable());
console.log(`wrote ${HYPHENATION_TABLE_PATH}`);
