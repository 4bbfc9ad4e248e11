// Starts `toc lsp` for toc models: YAML files named *.toc.yaml, or whose first
// key is `toc:` (a model's first line is `toc: 1`).
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("toc").get("path") || "toc";
  client = new LanguageClient(
    "toc",
    "toc",
    { command, args: ["lsp"] },
    {
      documentSelector: [
        { scheme: "file", language: "yaml", pattern: "**/*.toc.yaml" },
        { scheme: "file", language: "yaml" },
      ],
      middleware: {
        // Every YAML file is offered to the selector; only models reach the server.
        didOpen: (document, next) => (isModel(document) ? next(document) : undefined),
      },
    }
  );
  context.subscriptions.push(client);
  client.start();
}

function isModel(document) {
  if (document.fileName.endsWith(".toc.yaml")) return true;
  for (let i = 0; i < Math.min(document.lineCount, 50); i++) {
    const line = document.lineAt(i).text;
    if (/^\s*(#.*)?$/.test(line)) continue;  // comments and blank lines before it
    return /^toc:/.test(line);
  }
  return false;
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
