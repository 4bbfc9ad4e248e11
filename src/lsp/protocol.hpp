#pragma once
// JSON shapes of LSP shared by the features: ranges, locations, diagnostics,
// and the errors a handler raises.

#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "analysis.hpp"
#include "toc/detail/json_writer.hpp"
#include "text.hpp"

namespace toc::lsp {

using json = nlohmann::json;

/// JSON-RPC and LSP error codes.
namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;
inline constexpr int request_cancelled = -32800;
}  // namespace error_code

/// Raised by a handler: becomes the error response of the request.
struct RequestError : std::runtime_error {
    int code;
    RequestError(int c, const std::string& message) : std::runtime_error(message), code(c) {}
};

/// What the features need to know of the session.
struct Context {
    std::string uri;
    Encoding encoding = Encoding::utf16;
    std::string docs_url;
};

[[nodiscard]] json to_json(Position p);
[[nodiscard]] json range_json(const LineTable& lines, std::size_t begin, std::size_t end, Encoding e);
/// Writes the LSP diagnostic of a toc diagnostic, with code, codeDescription and
/// related information: the one home of that shape (publishing thousands of
/// them goes straight to text, without building JSON objects).
void write_diagnostic(JsonWriter& w, const Analysis& a, const Diagnostic& d, const Context& c);
/// The same diagnostic as a JSON value (for a code action).
[[nodiscard]] json diagnostic_json(const Analysis& a, const Diagnostic& d, const Context& c);

/// An item's label (or text, or title) in the model's first language.
[[nodiscard]] std::string item_label(const Model& m, const ModelIndex::Entry& e);

// The features: each answers one request on an analysis, at a byte offset of its text.
[[nodiscard]] json hover(const Analysis& a, std::size_t offset, const Context& c);
[[nodiscard]] json document_symbols(const Analysis& a, const Context& c);
[[nodiscard]] json completion(const Analysis& ids, std::string_view text, const LineTable& lines, Position at,
                              const Context& c);
[[nodiscard]] json code_actions(const Analysis& a, const json& range, const Context& c);

}  // namespace toc::lsp
