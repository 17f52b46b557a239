// Checks Swift sources where no Swift toolchain is installed, with tree-sitter's Swift
// grammar: their syntax, and, given the Swift that uniffi generates (`--api FILE`), their
// calls and the names they read. Each error is printed with its file, line and column.
//
// Usage: node check.mjs [--api GENERATED.swift] FILE.swift... [FILE.md...]
//   Exit 1 on any error. In a Markdown file, each ```swift block is checked, with the
//   Markdown file's line numbers.
//
// The calls: a call of a function, method, initializer or enum case declared in the
// generated Swift or in the files checked must pass the labels of one of its declarations
// (arguments with defaults may be left out). A name called or read as a member (`x.name`,
// `.name`) that is declared nowhere (not there, not bound in the files checked, not in
// SWIFT_NAMES below) is an error too: a misspelt name, such as `toJSON` for `toJson` or
// `.seeksupport` for `.seekSupport`. Types and `try` are not checked, nor whether a member
// belongs to the type it is read from: only `swift build` checks those.
//
// web-tree-sitter 0.20 is the runtime of the grammars that tree-sitter-wasms 0.1 ships (a
// later runtime refuses them). Broken snippets must be refused first, so that a grammar or
// a check that let anything through could not pass every file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Parser from 'web-tree-sitter';

/** The names of Swift, Foundation, XCTest and PackageDescription that the files call or
 * read as members. Add one when a file starts to use it. */
const SWIFT_NAMES = new Set([
  'Array', 'Calendar', 'Data', 'DateFormatter', 'Dictionary', 'Int', 'Locale', 'NSLock',
  'Package', 'Set', 'String', 'TimeZone', 'URL', 'XCTAssertEqual', 'XCTAssertFalse',
  'XCTAssertLessThan', 'XCTAssertNil', 'XCTAssertNotEqual', 'XCTAssertNotNil',
  'XCTAssertThrowsError', 'XCTAssertTrue', 'XCTFail', 'XCTUnwrap', 'addingTimeInterval',
  'allSatisfy', 'append', 'appendingPathComponent', 'calendar', 'compactMap', 'components',
  'concurrentPerform', 'contains', 'contentsOfDirectory', 'date', 'dateFormat', 'default',
  'deletingLastPathComponent', 'executableTarget', 'fileExists', 'filter', 'first',
  'gregorian', 'hasPrefix', 'hasSuffix', 'hashValue', 'iOS', 'init', 'isDirectory',
  'isDirectoryKey', 'isEmpty', 'joined', 'jsonObject', 'last', 'lastPathComponent', 'library',
  'localizedDescription', 'lock', 'macOS', 'map', 'max', 'merging', 'min', 'prefix', 'print', 'product', 'range', 'reduce',
  'removeAll', 'replacingCharacters', 'replacingOccurrences', 'resourceValues', 'sorted',
  'split', 'string', 'systemLibrary', 'target', 'testTarget', 'timeZone', 'unlock', 'utf8',
  'v12', 'v15', 'v5',
]);

const require = createRequire(import.meta.url);
await Parser.init();
const parser = new Parser();
parser.setLanguage(
  await Parser.Language.load(require.resolve('tree-sitter-wasms/out/tree-sitter-swift.wasm')),
);

/** Each node under `node`, `node` first. */
function* nodes(node) {
  yield node;
  for (const child of node.namedChildren) yield* nodes(child);
}

/** `line:column` of a node (1-based; `firstLine` is the number of its text's first line). */
const at = (node, firstLine) => `${node.startPosition.row + firstLine}:${node.startPosition.column + 1}`;

/** The syntax errors of a parsed text. */
function syntaxErrors(root, firstLine) {
  const errors = [];
  const visit = (node) => {
    if (node.type === 'ERROR' || node.isMissing()) {
      const what = node.isMissing() ? `missing ${node.type}` : `cannot read ${JSON.stringify(node.text.slice(0, 40))}`;
      errors.push(`${at(node, firstLine)}: ${what}`);
    } else if (node.hasError()) {
      node.children.forEach(visit);
    }
  };
  visit(root);
  return errors;
}

/** The labels a declaration takes, `_` for none, each with whether it has a default. */
function parameters(declaration) {
  return declaration.children
    .filter((child) => child.type === 'parameter')
    .map((parameter) => ({
      label: (parameter.childForFieldName('external_name') ?? parameter.childForFieldName('name')).text,
      optional: parameter.nextSibling?.type === '=',
    }));
}

/** The labels of an enum case's associated values: `case Io(_ summary: String)` takes `_`. */
function caseParameters(contents) {
  const labels = [];
  let label = null;
  for (const child of contents.namedChildren) {
    if (child.type.endsWith('comment')) continue;
    if (child.type === 'wildcard_pattern') label = '_';
    else if (child.type === 'simple_identifier') label ??= child.text;
    else {
      labels.push({ label: label ?? '_', optional: false });
      label = null;
    }
  }
  return labels;
}

/** What the files declare and bind: callable names with their labels, and every name. */
function declarations(roots) {
  const callable = new Map();
  const bound = new Set();
  const declare = (name, labels) => callable.set(name, [...(callable.get(name) ?? []), labels]);
  for (const root of roots) {
    for (const node of nodes(root)) {
      switch (node.type) {
        case 'function_declaration':
        case 'protocol_function_declaration':
          declare(node.childForFieldName('name').text, parameters(node));
          break;
        case 'init_declaration': {
          // A type's initializer, called by the type's name; not an extension's of a type
          // declared elsewhere (its name is not a plain type identifier).
          let type = node.parent;
          while (type && type.type !== 'class_declaration') type = type.parent;
          const name = type?.childForFieldName('name');
          if (name?.type === 'type_identifier') declare(name.text, parameters(node));
          break;
        }
        case 'enum_entry': {
          const contents = node.childForFieldName('data_contents');
          if (contents) declare(node.childForFieldName('name').text, caseParameters(contents));
          bound.add(node.childForFieldName('name').text);
          break;
        }
        case 'class_declaration':
          bound.add(node.childForFieldName('name').text);
          break;
        case 'pattern':
        case 'lambda_parameter':
        case 'parameter':
          // Not `.name` in a pattern such as `case .seekSupport:`: that reads a member.
          for (const name of node.namedChildren) {
            if (name.type === 'simple_identifier' && name.previousSibling?.type !== '.') bound.add(name.text);
          }
          break;
      }
    }
  }
  return { callable, bound };
}

/** Whether a declaration takes these labels, in order, leaving out only defaults; a
 * trailing closure (`*`) takes the place of any label. */
function takes(declared, labels) {
  let given = 0;
  for (const { label, optional } of declared) {
    if (given < labels.length && (labels[given] === label || labels[given] === '*')) given += 1;
    else if (!optional) return false;
  }
  return given === labels.length;
}

/** The name a member is read by: the `name` of `x.name`, and of `.name` in an expression
 * or a pattern. */
function memberName(node) {
  if (node.type === 'navigation_suffix') return node.childForFieldName('suffix');
  if (node.type !== 'prefix_expression' && node.type !== 'pattern') return null;
  return node.namedChildren.find((child) => child.previousSibling?.type === '.') ?? null;
}

/** The errors of the calls and members in a parsed text, against what is declared, with how
 * many calls of declared names and how many members it has. */
function nameErrors(root, firstLine, { callable, bound }) {
  const errors = [];
  const known = (name) => callable.has(name) || bound.has(name) || SWIFT_NAMES.has(name);
  const nowhere = (node, name) =>
    errors.push(`${at(node, firstLine)}: ${name} is declared nowhere (not in the API, these files or SWIFT_NAMES)`);
  let [checked, members] = [0, 0];
  /** A call's labels against the declarations of its name; a member's name is checked as
   * a member. */
  const checkCall = (call) => {
    const [callee, suffix] = call.namedChildren;
    const name = callee.type === 'simple_identifier'
      ? callee.text
      : callee.type === 'navigation_expression'
        ? memberName(callee.childForFieldName('suffix'))?.text
        : undefined;
    const args = suffix?.namedChildren.find((child) => child.type === 'value_arguments');
    // `xs[0]` reads as a call with arguments in brackets: a subscript, not a call.
    if (!name || args?.child(0)?.type === '[') return;
    const labels = (args?.namedChildren ?? [])
      .filter((arg) => arg.type === 'value_argument')
      .map((arg) => arg.childForFieldName('name')?.text.replace(/:$/, '') ?? '_');
    if (suffix?.namedChildren.some((child) => child.type === 'lambda_literal')) labels.push('*');
    const declared = callable.get(name);
    if (declared) {
      checked += 1;
      if (!declared.some((parameters) => takes(parameters, labels))) {
        const shown = (list) => `${name}(${list.map((label) => `${label}:`).join('')})`;
        const options = declared.map((list) => shown(list.map(({ label, optional }) => (optional ? `[${label}]` : label))));
        errors.push(`${at(call, firstLine)}: ${shown(labels)} matches no declaration: ${[...new Set(options)].join(' or ')}`);
      }
    } else if (callee.type === 'simple_identifier' && !known(name)) {
      nowhere(call, name);
    }
  };
  // One pass over the tree: each node is a member read, a call, or neither.
  for (const node of nodes(root)) {
    const member = memberName(node);
    if (member?.type === 'simple_identifier') {
      members += 1;
      if (!known(member.text)) nowhere(node, member.text);
    } else if (node.type === 'call_expression') {
      checkCall(node);
    }
  }
  return { errors, checked, members };
}

/** The Swift of a file: the whole of a .swift file, each ```swift block of a Markdown one. */
function swiftIn(file, text) {
  if (!file.endsWith('.md')) return [{ text, firstLine: 1 }];
  return [...text.matchAll(/^```swift\n([\s\S]*?)^```$/gm)].map((block) => ({
    text: block[1],
    firstLine: text.slice(0, block.index).split('\n').length + 1,
  }));
}

/** Every error of these sources (`[{ name, text }]`), checked against `api` if given. */
function check(sources, api) {
  const parts = sources.flatMap(({ name, text }) =>
    swiftIn(name, text).map((part) => ({ name, ...part, root: parser.parse(part.text).rootNode })));
  const errors = parts.flatMap(({ name, root, firstLine }) =>
    syntaxErrors(root, firstLine).map((error) => `${name}:${error}`));
  let [calls, members] = [0, 0];
  if (api !== undefined) {
    const declared = declarations([parser.parse(api).rootNode, ...parts.map(({ root }) => root)]);
    for (const { name, root, firstLine } of parts) {
      const found = nameErrors(root, firstLine, declared);
      errors.push(...found.errors.map((error) => `${name}:${error}`));
      calls += found.checked;
      members += found.members;
    }
  }
  return { parts: parts.length, errors, calls, members };
}

// The check must refuse what it is for.
const selfTest = check(
  [{ name: 'self-test.swift', text: 'func f() {\n    XCTAssertEqual(a, [)\n}\nfunc g(t: String) {\n    _ = try? loadPackFromJson(json: t)\n    _ = try? loadPackFromJSON(text: t)\n    _ = try? loadPackFromJson(text: t).count\n    _ = try? loadPackFromJson(text: t).cuont\n}\n' }],
  'public func loadPackFromJson(text: String) throws -> Int { 1 }\npublic let count = 1\n',
);
if (selfTest.errors.length !== 4) {
  console.error(`the check's self-test found ${selfTest.errors.length} errors, not 4:\n${selfTest.errors.join('\n')}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const apiIndex = args.indexOf('--api');
const api = apiIndex >= 0 ? readFileSync(args.splice(apiIndex, 2)[1], 'utf8') : undefined;
const { parts, errors, calls, members } = check(args.map((name) => ({ name, text: readFileSync(name, 'utf8') })), api);
errors.forEach((error) => console.log(error));
const what = api === undefined ? 'syntax' : `syntax and names (${calls} calls of declared names, ${members} members)`;
console.log(`Swift ${what}: ${parts} files and blocks, ${errors.length} errors`);
process.exit(errors.length === 0 && parts > 0 ? 0 : 1);
