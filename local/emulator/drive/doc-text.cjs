// Child process of convert.ts: word-extractor answers with a Promise, a Drive call is synchronous.
// Reads a .doc from stdin, writes its main text as JSON on stdout.
const WordExtractor = require('word-extractor');

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  new WordExtractor()
    .extract(Buffer.concat(chunks))
    .then((document) => process.stdout.write(JSON.stringify({ text: document.getBody({ filterUnicode: false }) })))
    .catch((error) => process.stdout.write(JSON.stringify({ error: String(error && error.message ? error.message : error) })));
});
