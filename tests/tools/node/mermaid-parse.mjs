// Parses Mermaid text with the real Mermaid parser (npm `mermaid`, in Node with a
// jsdom window) and prints what it read as JSON, one line per input:
//   {"file": ..., "ok": true, "type": "flowchart-v2", "vertices": [{"id", "text"}], "edges": [...]}
// or {"file": ..., "ok": false, "error": "..."}. Exit status 1 when any input fails.
//   node tests/tools/node/mermaid-parse.mjs FILE...     (or - for standard input)
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

// What a reader sees: Mermaid's entity placeholders back to HTML entities (as Mermaid
// does before drawing), <br> to a line break, then the HTML decoded as a browser would.
function shown(text) {
  if (typeof text !== 'string') return text;
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const parts = html.split(/<br\s*\/?>/i);
  return parts.map((p) => {
    const el = dom.window.document.createElement('textarea');
    el.innerHTML = p;
    return el.value;
  }).join('\n');
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node mermaid-parse.mjs FILE... (- for standard input)');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  try {
    const parsed = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const out = { file, ok: true, type: parsed.diagramType, title: db.getDiagramTitle ? db.getDiagramTitle() : '' };
    if (db.getVertices) {
      const vs = db.getVertices();
      const list = vs instanceof Map ? [...vs.values()] : Object.values(vs);
      out.vertices = list.map((v) => ({ id: v.id, text: v.text, label: shown(v.text), type: v.type ?? null }));
      out.edges = db.getEdges().map((e) => ({ start: e.start, end: e.end, type: e.type, stroke: e.stroke, text: e.text, label: shown(e.text) }));
      out.subgraphs = (db.getSubGraphs ? db.getSubGraphs() : []).map((s) => ({ id: s.id, title: s.title, nodes: s.nodes }));
    }
    console.log(JSON.stringify(out));
  } catch (e) {
    failed = true;
    console.log(JSON.stringify({ file, ok: false, error: String(e && e.message ? e.message : e) }));
  }
}
process.exit(failed ? 1 : 0);
