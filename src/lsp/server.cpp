#include "server.hpp"

#include <set>
#include <sstream>
#include <vector>

#include "analysis.hpp"
#include "protocol.hpp"
#include "toc/detail/utf8.hpp"
#include "toc/version.hpp"

namespace toc::lsp {

struct Server::Impl {
    Server& self;
    ServerOptions options;
    FrameReader reader;
    std::string out;
    bool initialized = false;
    Encoding encoding = Encoding::utf16;
    Workspace workspace;
    std::map<std::string, Document, std::less<>> documents;

    Impl(Server& s, ServerOptions o) : self(s), options(std::move(o)), reader(options.max_message_bytes) {}

    void send(const json& message) { out += frame(message.dump(-1, ' ', false, json::error_handler_t::replace)); }
    void respond(const json& id, json result) { send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
    void fail(const json& id, int code, const std::string& message) {
        send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
    }
    void notify(const std::string& method, json params) {
        send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
    }

    Context context(const std::string& uri) const { return {uri, encoding, options.docs_url}; }

    Document& document(const json& params) {
        const std::string uri = params.at("textDocument").at("uri").get<std::string>();
        auto it = documents.find(uri);
        if (it == documents.end()) throw RequestError(error_code::invalid_params, "the document '" + uri + "' is not open");
        return it->second;
    }

    /// The analysis navigation uses: the current one, or while the YAML does
    /// not parse, the last one that did.
    const Analysis& navigable(Document& d) {
        const Analysis& now = self.analysis(d);
        return now.parsed() || !d.good ? now : *d.good;
    }

    Position position(const json& params) {
        const json& p = params.at("position");
        return {p.at("line").get<std::size_t>(), p.at("character").get<std::size_t>()};
    }

    /// The byte offset of the request's position in `a`'s text; the position must
    /// lie in the document's current text.
    std::size_t offset(const Document& d, const Analysis& a, const json& params) {
        const Position p = position(params);
        if (!LineTable(d.text).offset(p, encoding))
            throw RequestError(error_code::invalid_params, "the position (line " + std::to_string(p.line + 1) +
                                                               ") is outside the document");
        return a.lines().offset(p, encoding).value_or(a.text().size());
    }

    json location(const Document& d, const Analysis& a, const Occurrence& o) {
        return {{"uri", d.uri}, {"range", range_json(a.lines(), o.begin, o.end, encoding)}};
    }

    void open(const std::string& uri, std::string text, long long version) {
        Document& d = documents[uri];
        // Navigation needs a model that parsed: keep the one of the text being
        // replaced when none was made yet (a change before any request).
        if (!d.good && !d.uri.empty()) (void)self.analysis(d);
        workspace.open(uri, text);
        d.uri = uri;
        d.text = std::move(text);
        d.version = version;
        d.current.reset();
        d.published = false;
    }

    json initialize(const json& params) {
        initialized = true;
        encoding = Encoding::utf16;
        if (params.contains("capabilities")) {
            const json& caps = params["capabilities"];
            if (caps.contains("general") && caps["general"].contains("positionEncodings"))
                for (const auto& e : caps["general"]["positionEncodings"])
                    if (e == "utf-8") encoding = Encoding::utf8;
        }
        return {{"capabilities",
                 {{"positionEncoding", encoding == Encoding::utf8 ? "utf-8" : "utf-16"},
                  {"textDocumentSync", {{"openClose", true}, {"change", 1}}},
                  {"definitionProvider", true},
                  {"referencesProvider", true},
                  {"renameProvider", {{"prepareProvider", true}}},
                  {"hoverProvider", true},
                  {"documentSymbolProvider", true},
                  {"completionProvider", {{"triggerCharacters", {" ", "[", ","}}}},
                  {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
                {"serverInfo", {{"name", "toc"}, {"version", std::string(version_string)}}}};
    }

    json request(const std::string& method, const json& params) {
        if (method == "initialize") {
            if (initialized) throw RequestError(error_code::invalid_request, "the server is already initialized");
            return initialize(params);
        }
        if (!initialized)
            throw RequestError(error_code::server_not_initialized, "the server is not initialized yet");
        if (self.shutdown_) throw RequestError(error_code::invalid_request, "the server is shutting down");
        if (method == "shutdown") {
            self.shutdown_ = true;
            return nullptr;
        }
        if (method == "textDocument/definition") {
            Document& d = document(params);
            const Analysis& a = navigable(d);
            const Occurrence* o = a.occurrence_at(offset(d, a, params));
            const Occurrence* def = o ? a.definition(o->id) : nullptr;
            return def ? location(d, a, *def) : json(nullptr);
        }
        if (method == "textDocument/references") {
            Document& d = document(params);
            const Analysis& a = navigable(d);
            const Occurrence* o = a.occurrence_at(offset(d, a, params));
            if (!o) return nullptr;
            const bool declaration = params.contains("context") && params["context"].value("includeDeclaration", false);
            json found = json::array();
            for (const Occurrence* x : a.occurrences_of(o->id))
                if (!x->definition || declaration) found.push_back(location(d, a, *x));
            return found;
        }
        if (method == "textDocument/prepareRename" || method == "textDocument/rename") {
            Document& d = document(params);
            const Analysis& a = self.analysis(d);
            if (!a.parsed())
                throw RequestError(error_code::request_failed,
                                   "the file does not parse as YAML; fix that first, then rename");
            const Occurrence* o = a.occurrence_at(offset(d, a, params));
            if (!o) throw RequestError(error_code::request_failed, "there is no id here to rename");
            if (method == "textDocument/prepareRename")
                return {{"range", range_json(a.lines(), o->begin, o->end, encoding)}, {"placeholder", o->id}};
            const std::string name = params.at("newName").get<std::string>();
            if (!valid_id(name) || name.size() > 200)
                throw RequestError(error_code::request_failed,
                                   "'" + name + "' is not a valid id: an id starts with a letter and holds only "
                                   "letters, digits, '_', '.' and '-'");
            if (name == o->id) return {{"changes", json::object()}};
            if (const auto* e = a.index().find(name))
                throw RequestError(error_code::request_failed,
                                   "the id '" + name + "' is already used by " + std::string(to_string(e->kind)) +
                                       " on line " + std::to_string(e->location.line) + "; ids must be unique");
            json edits = json::array();
            for (const Occurrence* x : a.occurrences_of(o->id))
                edits.push_back({{"range", range_json(a.lines(), x->begin, x->end, encoding)}, {"newText", name}});
            return {{"changes", {{d.uri, edits}}}};
        }
        if (method == "textDocument/hover") {
            Document& d = document(params);
            const Analysis& a = navigable(d);
            return hover(a, offset(d, a, params), context(d.uri));
        }
        if (method == "textDocument/documentSymbol") {
            Document& d = document(params);
            return document_symbols(navigable(d), context(d.uri));
        }
        if (method == "textDocument/completion") {
            Document& d = document(params);
            const Analysis& ids = navigable(d);
            const Position p = position(params);
            const LineTable lines(d.text);
            if (!lines.offset(p, encoding))
                throw RequestError(error_code::invalid_params,
                                   "the position (line " + std::to_string(p.line + 1) + ") is outside the document");
            return completion(ids, d.text, lines, p, context(d.uri));
        }
        if (method == "textDocument/codeAction") {
            Document& d = document(params);
            return code_actions(self.analysis(d), params.at("range"), context(d.uri));
        }
        throw RequestError(error_code::method_not_found, "the method '" + method + "' is not supported");
    }

    void notification(const std::string& method, const json& params) {
        if (method == "exit") {
            self.exited_ = true;
            return;
        }
        if (!initialized) return;  // dropped, as the protocol says
        if (method == "textDocument/didOpen") {
            const json& td = params.at("textDocument");
            open(td.at("uri").get<std::string>(), td.at("text").get<std::string>(), td.value("version", 0LL));
        } else if (method == "textDocument/didChange") {
            Document& d = document(params);
            std::string text = d.text;
            for (const auto& change : params.at("contentChanges")) {
                if (change.contains("range")) {  // incremental, though the server asks for whole texts
                    const LineTable lines(text);
                    const json& r = change["range"];
                    const auto b = lines.offset({r["start"]["line"], r["start"]["character"]}, encoding);
                    const auto e = lines.offset({r["end"]["line"], r["end"]["character"]}, encoding);
                    const std::size_t begin = b.value_or(text.size()), end = std::max(begin, e.value_or(text.size()));
                    text.replace(begin, end - begin, change.at("text").get<std::string>());
                } else {
                    text = change.at("text").get<std::string>();
                }
            }
            open(d.uri, std::move(text), params.at("textDocument").value("version", d.version + 1));
        } else if (method == "textDocument/didClose") {
            const std::string uri = params.at("textDocument").at("uri").get<std::string>();
            if (documents.erase(uri)) {
                workspace.close(uri);
                notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
            }
        }
        // initialized, didSave, $/setTrace, workspace/didChangeConfiguration, ...: nothing to do.
    }

    /// Answers one message; `cancelled` holds the ids of requests the client
    /// cancelled before they were answered.
    void handle(json message, const std::set<std::string>& cancelled) {
        if (!message.is_object() || message.value("jsonrpc", "") != "2.0" ||
            (message.contains("method") && !message["method"].is_string())) {
            const json id = message.is_object() && message.contains("id") ? message["id"] : json(nullptr);
            fail(id, error_code::invalid_request, "the message is not a JSON-RPC 2.0 request or notification");
            return;
        }
        if (!message.contains("method")) return;  // a response to something we never ask
        const std::string method = message["method"].get<std::string>();
        const json params = message.contains("params") ? message["params"] : json::object();
        const bool is_request = message.contains("id");
        if (!is_request) {
            try {
                notification(method, params);
            } catch (const std::exception&) {
                // A notification is never answered, not even with an error.
            }
            return;
        }
        const json id = message["id"];
        if (!id.is_string() && !id.is_number_integer()) {
            fail(nullptr, error_code::invalid_request, "a request id must be a string or an integer");
            return;
        }
        if (cancelled.count(id.dump())) {
            fail(id, error_code::request_cancelled, "the request was cancelled");
            return;
        }
        try {
            respond(id, request(method, params));
        } catch (const RequestError& e) {
            fail(id, e.code, e.what());
        } catch (const json::exception& e) {
            fail(id, error_code::invalid_params, std::string("the parameters are not as the method expects: ") + e.what());
        } catch (const std::exception& e) {
            fail(id, error_code::internal_error, e.what());
        }
    }
};

namespace {

/// `s` with every byte that is not part of valid UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = detail::utf8_length(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

}  // namespace

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(*this, std::move(options))) {}
Server::~Server() = default;

const Analysis& Server::analysis(Document& doc) {
    if (!doc.current) {
        doc.current = std::make_shared<const Analysis>(impl_->workspace, doc.uri);
        if (doc.current->parsed()) doc.good = doc.current;
    }
    return *doc.current;
}

void Server::receive(std::string_view bytes) {
    impl_->reader.feed(bytes);
    // Take every whole message now, so that a cancellation that came with
    // them reaches the request it cancels before it is answered.
    std::vector<json> messages;
    std::set<std::string> cancelled;
    Frame f;
    while (impl_->reader.next(f)) {
        if (!f.ok) {
            impl_->fail(nullptr, error_code::parse_error, f.error);
            continue;
        }
        json m = json::parse(f.body, nullptr, false);
        if (m.is_discarded()) m = json::parse(valid_utf8(f.body), nullptr, false);  // a buffer with bad bytes
        if (m.is_discarded()) {
            impl_->fail(nullptr, error_code::parse_error, "the message is not valid JSON");
            continue;
        }
        if (m.is_object() && m.value("method", json()) == "$/cancelRequest" && m.contains("params") &&
            m["params"].is_object() && m["params"].contains("id"))
            cancelled.insert(m["params"]["id"].dump());
        messages.push_back(std::move(m));
    }
    for (auto& m : messages) {
        if (exited_) break;
        impl_->handle(std::move(m), cancelled);
    }
}

bool Server::has_unpublished() const {
    for (const auto& [uri, d] : impl_->documents)
        if (!d.published) return true;
    return false;
}

void Server::publish_diagnostics() {
    for (auto& [uri, d] : impl_->documents) {
        if (d.published) continue;
        const Analysis& a = analysis(d);
        const Context c = impl_->context(uri);
        std::ostringstream body;
        JsonWriter w(body, 0);
        w.begin_object().field("jsonrpc", "2.0").field("method", "textDocument/publishDiagnostics");
        w.key("params").begin_object().field("uri", uri).field("version", d.version).key("diagnostics").begin_array();
        for (const auto& diag : a.diagnostics()) write_diagnostic(w, a, diag, c);
        w.end_array().end_object().end_object();
        impl_->out += frame(body.str());
        d.published = true;
    }
}

std::string Server::take_output() { return std::exchange(impl_->out, {}); }

}  // namespace toc::lsp
