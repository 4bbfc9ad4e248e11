#!/usr/bin/env node
// Validates toc model files (YAML) against the JSON Schema.
//
//   node tests/tools/node/validate.mjs [--expect-invalid] [--verbose] SCHEMA FILE...
//
// Each FILE is parsed as YAML 1.2 with the core schema (as yaml-cpp reads
// it: `yes`/`no` stay strings, 2019-08 stays a string) and duplicate keys
// rejected, then validated with Ajv (JSON Schema draft 2020-12, strict mode,
// all errors). Prints `FILE: ok` or one line per error:
// `FILE: /path/in/doc: message (line:column)`. The errors of the branches
// of an anyOf that do not apply (e.g. "must be null" for a list that may be
// left empty) are left out unless --verbose is given.
//
// Exit status: 0 when every file has the expected outcome (valid; with
// --expect-invalid, rejected by the schema), 1 otherwise, 2 on usage errors
// (bad arguments, unreadable schema or file, a schema that does not compile).
// A file that is not well-formed YAML never has the expected outcome: with
// --expect-invalid the schema itself must reject the file.

import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments } from "yaml";

const usage = "usage: node tests/tools/node/validate.mjs [--expect-invalid] [--verbose] SCHEMA FILE...";

function fail(message) {
  console.error(`validate: ${message}`);
  console.error(usage);
  process.exit(2);
}

let expectInvalid = false;
let verbose = false;
const positional = [];
let optionsDone = false;
for (const arg of process.argv.slice(2)) {
  if (!optionsDone && arg === "--") optionsDone = true;
  else if (!optionsDone && arg === "--expect-invalid") expectInvalid = true;
  else if (!optionsDone && arg === "--verbose") verbose = true;
  else if (!optionsDone && (arg === "-h" || arg === "--help")) {
    console.log(usage);
    process.exit(0);
  } else if (!optionsDone && arg.startsWith("-") && arg !== "-") fail(`unknown option '${arg}'`);
  else positional.push(arg);
}
if (positional.length < 2) fail("need a schema and at least one file");
const [schemaPath, ...files] = positional;

function readText(path, what) {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    console.error(`validate: cannot read ${what} '${path}': ${e.message}`);
    process.exit(2);
  }
}

let validate;
try {
  const schema = JSON.parse(readText(schemaPath, "schema"));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  validate = ajv.compile(schema);
} catch (e) {
  console.error(`validate: schema '${schemaPath}' does not compile: ${e.message}`);
  process.exit(2);
}

// Position (line:column, 1-based) of the YAML node at a JSON pointer, or of
// the nearest enclosing node that exists; with `key`, of that key in the map.
function positionOf(doc, lineCounter, pointer, key) {
  const segments = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node = doc.contents;
  const pairOf = (map, k) => map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === k);
  let complete = true;
  for (const segment of segments) {
    let next;
    if (isSeq(node)) next = node.items[Number(segment)];
    else if (isMap(node)) {
      const pair = pairOf(node, segment);
      next = pair ? pair.value ?? pair.key : undefined;
    }
    if (!next || !next.range) {
      complete = false;
      break;
    }
    node = next;
  }
  if (complete && key !== undefined && isMap(node)) {
    const pair = pairOf(node, key);
    if (pair?.key?.range) node = pair.key;
  }
  if (!node || !node.range) return "";
  const { line, col } = lineCounter.linePos(node.range[0]);
  return `${line}:${col}`;
}

// Ajv reports every branch of a failed anyOf. Keep the errors that explain
// the failure: drop anyOf/if summaries and type mismatches of branches when a
// more specific error exists at the same place or deeper, and merge the type
// mismatches left at one place ("must be array" rather than "must be array",
// "must be null").
function simplify(errors) {
  const summary = (e) => e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if";
  const deeper = (e, f) => f.instancePath.startsWith(e.instancePath + "/");
  const kept = errors.filter((e) => {
    const others = errors.filter((f) => f !== e && !summary(f));
    if (summary(e)) return !others.some((f) => f.instancePath === e.instancePath || deeper(e, f));
    if (e.keyword === "type")
      return !others.some((f) => deeper(e, f) || (f.instancePath === e.instancePath && f.keyword !== "type"));
    return true;
  });
  const out = [];
  const typesAt = new Map();
  for (const e of kept) {
    if (e.keyword !== "type") {
      out.push(e);
    } else if (typesAt.has(e.instancePath)) {
      typesAt.get(e.instancePath).params.types.push(e.params.type);
    } else {
      const merged = { ...e, params: { types: [e.params.type] } };
      typesAt.set(e.instancePath, merged);
      out.push(merged);
    }
  }
  for (const m of typesAt.values()) {
    let types = [...new Set(m.params.types)];
    if (types.length > 1) types = types.filter((t) => t !== "null");  // null: a list left empty
    m.message = `must be ${types.join(" or ")}`;
  }
  return out.length ? out : errors;
}

function describe(error) {
  const p = error.params ?? {};
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key '${p.additionalProperty}'`;
    case "required":
      return `missing required key '${p.missingProperty}'`;
    case "enum":
      return `${error.message}: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `${error.message}: ${JSON.stringify(p.allowedValue)}`;
    case "propertyNames":
      return `invalid key '${p.propertyName}'`;
    default:
      return error.message;
  }
}

let unexpected = 0;
for (const file of files) {
  const text = readText(file, "file");
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    merge: false,
    lineCounter,
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const yamlErrors = list.flatMap((d) => d.errors ?? []);
  if (yamlErrors.length || list.length !== 1) {
    for (const e of yamlErrors) {
      const pos = e.linePos?.[0] ? ` (${e.linePos[0].line}:${e.linePos[0].col})` : "";
      const message = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      console.log(`${file}: YAML error: ${message}${pos}`);
    }
    if (!yamlErrors.length) console.log(`${file}: YAML error: expected one document, found ${list.length}`);
    console.log(`${file}: not well-formed YAML, so not ${expectInvalid ? "rejected by the schema" : "valid"}`);
    unexpected++;
    continue;
  }
  const doc = list[0];
  const data = doc.toJS({ maxAliasCount: 1000 });
  const valid = validate(data);
  if (valid) {
    if (expectInvalid) {
      console.log(`${file}: ok, but the schema should have rejected it`);
      unexpected++;
    } else {
      console.log(`${file}: ok`);
    }
    continue;
  }
  for (const error of verbose ? validate.errors : simplify(validate.errors)) {
    const where = error.instancePath === "" ? "/" : error.instancePath;
    const key = error.keyword === "additionalProperties" ? error.params.additionalProperty : undefined;
    const pos = positionOf(doc, lineCounter, error.instancePath, key);
    console.log(`${file}: ${where}: ${describe(error)}${pos ? ` (${pos})` : ""}`);
  }
  if (expectInvalid) console.log(`${file}: rejected, as expected`);
  else unexpected++;
}

const expected = files.length - unexpected;
console.log(
  `validate: ${expected} of ${files.length} file(s) ${expectInvalid ? "rejected" : "valid"} as expected` +
    (unexpected ? `, ${unexpected} not` : ""),
);
process.exit(unexpected ? 1 : 0);
