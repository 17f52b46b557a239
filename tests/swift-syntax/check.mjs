// Parses Swift files with tree-sitter's Swift grammar and prints each syntax error with its
// file, line and column: where no Swift toolchain is installed, the Swift tests' syntax is
// still checked (not their types or names: only `swift build` checks those).
// Usage: node check.mjs FILE.swift... [FILE.md...]   (exit 1 on any syntax error; in a
// Markdown file, each ```swift block is parsed, with the Markdown file's line numbers)
//
// web-tree-sitter 0.20 is the runtime of the grammars that tree-sitter-wasms 0.1 ships (a
// later runtime refuses them). A broken snippet must be refused first, so that a grammar
// that read anything could not pass every file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Parser from 'web-tree-sitter';

const require = createRequire(import.meta.url);
await Parser.init();
const parser = new Parser();
parser.setLanguage(
  await Parser.Language.load(require.resolve('tree-sitter-wasms/out/tree-sitter-swift.wasm')),
);

/** The syntax errors of Swift text, as `line:column: what` (1-based; `firstLine` is the
 * number of the text's first line in its file). */
function syntaxErrors(text, firstLine = 1) {
  const errors = [];
  const visit = (node) => {
    if (node.type === 'ERROR' || node.isMissing()) {
      const { row, column } = node.startPosition;
      const what = node.isMissing() ? `missing ${node.type}` : `cannot read ${JSON.stringify(node.text.slice(0, 40))}`;
      errors.push(`${row + firstLine}:${column + 1}: ${what}`);
    } else if (node.hasError()) {
      node.children.forEach(visit);
    }
  };
  visit(parser.parse(text).rootNode);
  return errors;
}

const broken = 'func f() {\n    XCTAssertEqual(a, [)\n';
if (syntaxErrors(broken).length === 0) {
  console.error('the Swift grammar read a broken snippet: it cannot check anything');
  process.exit(1);
}

/** The Swift of a file: the whole of a .swift file, each ```swift block of a Markdown one. */
function swiftIn(file) {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.md')) return [{ text, firstLine: 1 }];
  const blocks = [];
  for (const block of text.matchAll(/^```swift\n([\s\S]*?)^```$/gm)) {
    const firstLine = text.slice(0, block.index).split('\n').length + 1;
    blocks.push({ text: block[1], firstLine });
  }
  return blocks;
}

const files = process.argv.slice(2);
let [count, parts] = [0, 0];
for (const file of files) {
  for (const { text, firstLine } of swiftIn(file)) {
    parts += 1;
    for (const error of syntaxErrors(text, firstLine)) {
      console.log(`${file}:${error}`);
      count += 1;
    }
  }
}
console.log(`Swift syntax: ${parts} files and blocks, ${count} errors`);
process.exit(count === 0 && parts > 0 ? 0 : 1);
