// Reads BibTeX files with citation-js (@citation-js/core and @citation-js/plugin-bibtex, the versions of package.json)
// and prints, as JSON, the CSL-JSON items it makes of each: { "file.bib": [item, ...], ... }. The parser-agreement test
// (Bibliography/BibTexAgreementTests.cs) runs it on the fixtures beside it and compares the fields with what `add` reads.
//   node read-bibtex.mjs fixtures/zotero.bib fixtures/dblp.bib ...
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';

const result = {};
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  result[file] = new Cite(text, { forceType: '@biblatex/text' }).data;
}
process.stdout.write(JSON.stringify(result));
