// The language server's message handler (framing + JSON-RPC dispatch + every
// feature), in memory: no process, no pipes. Half the inputs are the byte
// stream itself, cut into chunks where the input says; the other half are a
// model's text that a scripted client opens and then asks about at positions
// the input picks (so the YAML seeds reach the features). Whatever comes in, the
// server answers without crashing, throwing or hanging.
#include <string>

#include <nlohmann/json.hpp>

#include "../src/lsp/server.hpp"
#include "fuzz_common.hpp"

namespace {

std::string message(const nlohmann::json& j) {
    const std::string body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = toc_fuzz::as_text(data, size);
    const auto h = toc_fuzz::hash(input);
    toc::lsp::ServerOptions options;
    options.docs_url = "file:///docs/checks.md";
    options.max_message_bytes = 1 << 16;  // small, so that the cap is reached
    toc::lsp::Server server(options);
    if (h & 1) {
        // The stream as it comes, in chunks of 1 to 64 bytes.
        std::size_t at = 0;
        std::uint64_t cut = h;
        while (at < input.size() && !server.exited()) {
            const std::size_t n = 1 + (cut >> 3) % 64;
            cut = cut * 6364136223846793005ull + 1442695040888963407ull;
            server.receive(input.substr(at, n));
            at += n;
            if (cut & 4) server.publish_diagnostics();
            (void)server.take_output();
        }
        server.publish_diagnostics();
        return 0;
    }
    using nlohmann::json;
    const std::string uri = "file:///fuzz.yaml";
    std::string script = message({{"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"},
                                  {"params", {{"capabilities", (h & 2) ? json{{"general", {{"positionEncodings", {"utf-8"}}}}} : json::object()}}}});
    script += message({{"jsonrpc", "2.0"}, {"method", "textDocument/didOpen"},
                       {"params", {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", std::string(input)}}}}}});
    server.receive(script);
    server.publish_diagnostics();
    const char* methods[] = {"textDocument/definition", "textDocument/references", "textDocument/hover",
                             "textDocument/completion", "textDocument/prepareRename", "textDocument/rename"};
    std::uint64_t r = h;
    for (int i = 0; i < 12; ++i) {
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        const json at = {{"line", (r >> 8) % 64}, {"character", (r >> 20) % 48}};
        json params = {{"textDocument", {{"uri", uri}}}, {"position", at}, {"newName", (r & 1) ? "o_new" : "9x"},
                       {"context", {{"includeDeclaration", true}}}};
        server.receive(message({{"jsonrpc", "2.0"}, {"id", i + 1}, {"method", methods[(r >> 40) % 6]}, {"params", params}}));
    }
    server.receive(message({{"jsonrpc", "2.0"}, {"id", 20}, {"method", "textDocument/documentSymbol"},
                            {"params", {{"textDocument", {{"uri", uri}}}}}}));
    const json doc = {{"uri", uri}};
    const json everything = {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 1000}, {"character", 0}}}};
    server.receive(message({{"jsonrpc", "2.0"}, {"id", 21}, {"method", "textDocument/codeAction"},
                            {"params", {{"textDocument", doc}, {"range", everything}}}}));
    // An edit that cuts the text in half: navigation falls back to the last good model.
    const json change = {{"text", std::string(input.substr(0, input.size() / 2))}};
    server.receive(message({{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"},
                            {"params", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                        {"contentChanges", json::array({change})}}}}));
    const json where = {{"line", 3}, {"character", 8}};
    server.receive(message({{"jsonrpc", "2.0"}, {"id", 22}, {"method", "textDocument/definition"},
                            {"params", {{"textDocument", doc}, {"position", where}}}}));
    server.publish_diagnostics();
    (void)server.take_output();
    return 0;
}
