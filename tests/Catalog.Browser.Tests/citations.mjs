// Reads a citation file on stdin with the tool that consumes it and prints what that tool made of it, as JSON:
//   node citations.mjs bibtex  < file.bib        -> { errors, entries: [{ type, key, fields }] }  (Better BibTeX's parser)
//   node citations.mjs csl     < items.csl.json  -> { bibliography: ["…"], errors }  (citeproc-js, APA, en-US)
// The tests in CitationConsumerTests.cs run it; the CSL style and locale are the ones bundled with @citation-js/plugin-csl,
// so nothing is downloaded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from '@retorquere/bibtex-parser';

const require = createRequire(import.meta.url);
const input = readFileSync(0, 'utf8');
const mode = process.argv[2];

if (mode === 'bibtex') {
  const library = parse(input, { sentenceCase: false });
  const entries = library.entries.map(e => ({ type: e.type, key: e.key, fields: e.fields }));
  process.stdout.write(JSON.stringify({ errors: library.errors, entries }));
} else if (mode === 'csl') {
  const CSL = require('citeproc');
  const styles = require('@citation-js/plugin-csl/lib/styles.json');
  const locales = require('@citation-js/plugin-csl/lib/locales.json');
  const items = JSON.parse(input);
  const byId = new Map(items.map(item => [item.id, item]));
  const errors = [];
  const engine = new CSL.Engine({
    retrieveLocale: lang => locales[lang] ?? locales['en-US'],
    retrieveItem: id => byId.get(id),
  }, styles.apa, 'en-US');
  engine.opt.development_extensions.wrap_url_and_doi = false;
  engine.setOutputFormat('text');
  engine.updateItems([...byId.keys()]);
  const [meta, bibliography] = engine.makeBibliography();
  if (meta.bibliography_errors?.length) errors.push(...meta.bibliography_errors);
  process.stdout.write(JSON.stringify({ bibliography: bibliography.map(s => s.trim()), errors }));
} else {
  process.stderr.write('usage: node citations.mjs bibtex|csl < file\n');
  process.exit(2);
}
