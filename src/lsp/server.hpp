#pragma once
// `toc lsp`: a Language Server Protocol 3.17 server for toc models. The server
// is a state machine over bytes: receive() takes what the client wrote (any
// chunking), take_output() gives what to write back. It never blocks, never
// throws and starts no thread; the stdio loop (stdio.hpp) drives it and calls
// publish_diagnostics() when the client has been quiet for a while.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "framing.hpp"
#include "text.hpp"
#include "toc/load/workspace.hpp"

namespace toc::lsp {

class Analysis;

struct ServerOptions {
    /// The rule documentation, for diagnostics' codeDescription links:
    /// "<docs_url>#toc007-unresolved-reference".
    std::string docs_url;
    std::size_t max_message_bytes = max_body_bytes;
};

/// One open document: its text as the editor has it, and its analyses.
struct Document {
    std::string uri;
    std::string text;
    long long version = 0;
    bool published = false;  ///< diagnostics sent for this text
    std::shared_ptr<const Analysis> current;  ///< of `text`; null when it changed since
    std::shared_ptr<const Analysis> good;     ///< the last analysis whose YAML parsed
};

class Server {
public:
    explicit Server(ServerOptions options = {});
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// Takes bytes from the client and answers every whole message in them.
    void receive(std::string_view bytes);
    /// Sends diagnostics for every document changed since they were last sent.
    void publish_diagnostics();
    [[nodiscard]] bool has_unpublished() const;
    /// What to write to the client since the last call.
    [[nodiscard]] std::string take_output();

    /// True once `exit` came; exit_code() is 0 when `shutdown` came before it.
    [[nodiscard]] bool exited() const noexcept { return exited_; }
    [[nodiscard]] int exit_code() const noexcept { return shutdown_ ? 0 : 1; }

    /// The analysis of a document's current text (made now if it changed).
    const Analysis& analysis(Document& doc);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    bool exited_ = false;
    bool shutdown_ = false;
    friend struct Impl;
};

}  // namespace toc::lsp
