#include "yaml_tree.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <new>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace toc::yaml_detail {
namespace {

/// Turns yaml-cpp's byte columns into character (code point) columns, as
/// editors count them and SARIF's unicodeCodePoints asks.
class ColumnMap {
public:
    explicit ColumnMap(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') starts_.push_back(i + 1);
    }
    /// 1-based character column of a 0-based line and byte column.
    [[nodiscard]] int column(int line, int byte_column) const {
        if (line < 0 || byte_column < 0 || static_cast<std::size_t>(line) >= starts_.size()) return byte_column + 1;
        const std::size_t start = starts_[static_cast<std::size_t>(line)];
        const std::size_t end = std::min(text_.size(), start + static_cast<std::size_t>(byte_column));
        int chars = 0;
        for (std::size_t i = start; i < end; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
        return chars + 1 + (byte_column - static_cast<int>(end - start));
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

/// More nodes than any model needs (a 200 000-element model has about 2.4 million).
constexpr std::size_t max_nodes = 8'000'000;
struct TooLarge {
    YAML::Mark mark;
};

class TreeBuilder final : public YAML::EventHandler {
public:
    /// `text_size`: the bytes of the input, from which the first document's nodes are foreseen.
    TreeBuilder(YParse& out, const ColumnMap& columns, std::size_t text_size)
        : out_(out), columns_(columns), text_size_(text_size) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        last_start_ = {mark.pos, mark.line, mark.column};
        doc_ = YDocument{};
        // A node takes at least 2 bytes of text ("a\n", "- "), most take 8 or more.
        // Room for one per 6 bytes up front spares the large model most of its
        // copies of a growing array (and the page faults of each new copy): pages
        // reserved but never written cost no memory. Only the first document: a
        // stream of many documents would reserve it for each.
        if (out_.documents.empty()) doc_.nodes.reserve(std::min(max_nodes, text_size_ / 6 + 16));
        stack_.clear();
        anchors_.clear();
        pending_anchor_.clear();
    }
    void OnDocumentEnd() override { out_.documents.push_back(std::move(doc_)); }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const NodeIndex i = add(YNode::Type::null, mark, anchor);
        // yaml-cpp marks an empty value at the next token, often on a later
        // line: report it where its key is instead
        if (!stack_.empty()) {
            const auto& parent = doc_.nodes[stack_.back()];
            if (parent.type == YNode::Type::map && parent.children.size() % 2 == 0) {
                const auto& key = doc_.nodes[parent.children[parent.children.size() - 2]];
                if (doc_.nodes[i].line > key.line) {
                    doc_.nodes[i].line = key.line;
                    doc_.nodes[i].column = key.column;
                }
            }
        }
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const NodeIndex i = add(YNode::Type::alias, mark, 0);
        if (anchor < anchors_.size()) {
            doc_.nodes[i].target = anchors_[anchor].first;
            doc_.nodes[i].anchor = anchors_[anchor].second;
        }
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        const NodeIndex i = add(YNode::Type::scalar, mark, anchor);
        auto& n = doc_.nodes[i];
        n.value = value;
        // "?" is the non-specific tag of a plain scalar; explicit core tags other
        // than !!str also leave the value to be resolved by its text.
        n.plain = tag == "?" || tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:float" ||
                  tag == "tag:yaml.org,2002:bool" || tag == "tag:yaml.org,2002:null";
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        stack_.push_back(add(YNode::Type::sequence, mark, anchor));
    }
    void OnSequenceEnd() override { stack_.pop_back(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        stack_.push_back(add(YNode::Type::map, mark, anchor));
    }
    void OnMapEnd() override {
        check_duplicate_keys(stack_.back());
        stack_.pop_back();
    }
    void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_ = name; }

private:
    NodeIndex add(YNode::Type type, const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (doc_.nodes.size() >= max_nodes) throw TooLarge{mark};
        const auto i = static_cast<NodeIndex>(doc_.nodes.size());
        YNode n;
        n.type = type;
        n.line = mark.line + 1;
        n.column = columns_.column(mark.line, mark.column);
        if (anchor != 0) {
            if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, {no_node, {}});
            anchors_[anchor] = {i, pending_anchor_};
            n.anchor = pending_anchor_;
        }
        pending_anchor_.clear();
        doc_.nodes.push_back(std::move(n));
        if (stack_.empty()) {
            doc_.root = i;
        } else {
            doc_.nodes[stack_.back()].children.push_back(i);
        }
        return i;
    }

    // A key written twice in one mapping is an error (YAML 1.2 requires unique keys).
    void check_duplicate_keys(NodeIndex map) {
        const auto& kids = doc_.nodes[map].children;
        const std::size_t pairs = kids.size() / 2;
        if (pairs < 2) return;
        auto report = [&](NodeIndex first, NodeIndex again) {
            const auto& a = doc_.nodes[first];
            const auto& b = doc_.nodes[again];
            std::ostringstream m;
            m << "the key '" << b.value << "' appears twice in this mapping (first at line " << a.line
              << ", column " << a.column << "); remove or rename one";
            out_.errors.push_back({b.line, b.column, m.str()});
        };
        if (pairs <= 16) {
            for (std::size_t j = 1; j < pairs; ++j) {
                const auto& kj = doc_.nodes[kids[2 * j]];
                if (kj.type != YNode::Type::scalar) continue;
                for (std::size_t i = 0; i < j; ++i) {
                    const auto& ki = doc_.nodes[kids[2 * i]];
                    if (ki.type == YNode::Type::scalar && ki.value == kj.value) {
                        report(kids[2 * i], kids[2 * j]);
                        break;
                    }
                }
            }
            return;
        }
        std::unordered_map<std::string_view, NodeIndex> seen;
        seen.reserve(pairs);
        for (std::size_t j = 0; j < pairs; ++j) {
            const auto& k = doc_.nodes[kids[2 * j]];
            if (k.type != YNode::Type::scalar) continue;
            auto [it, fresh] = seen.emplace(k.value, kids[2 * j]);
            if (!fresh) report(it->second, kids[2 * j]);
        }
    }

    YParse& out_;
    const ColumnMap& columns_;
    std::size_t text_size_;
    YDocument doc_;
    std::vector<NodeIndex> stack_;
    std::vector<std::pair<NodeIndex, std::string>> anchors_;  // by yaml-cpp's anchor id
    std::string pending_anchor_;

public:
    struct Start { int pos = -1, line = 0, column = 0; };
    Start last_start_;
};

std::string describe_fault(const std::string& msg) {
    // yaml-cpp's messages are terse; say what they mean.
    if (msg.find("recursion") != std::string::npos || msg.find("depth") != std::string::npos)
        return "the YAML nests too deeply (more than about 2000 levels); a theory of change needs only a few";
    return msg;
}

}  // namespace

YParse parse_yaml(std::string_view text) {
    YParse out;
    const ColumnMap columns(text);
    auto column = [&](const YAML::Mark& m) { return columns.column(std::max(m.line, 0), std::max(m.column, 0)); };
    try {
        std::istringstream in{std::string(text)};
        YAML::Parser parser(in);
        TreeBuilder builder(out, columns, text.size());
        // yaml-cpp 0.7 does not consume some stray tokens at document level (a
        // lone ','): it would report empty documents at the same place forever.
        TreeBuilder::Start previous;
        while (parser.HandleNextDocument(builder)) {
            if (builder.last_start_.pos == previous.pos) {
                out.fatal = true;
                out.errors.push_back({builder.last_start_.line + 1,
                                      columns.column(builder.last_start_.line, builder.last_start_.column),
                                      "unexpected text here; YAML cannot read on from this point "
                                      "(a stray ',' or flow indicator?)"});
                break;
            }
            previous = builder.last_start_;
        }
    } catch (const TooLarge& e) {
        out.fatal = true;
        out.errors.push_back({std::max(e.mark.line, 0) + 1, column(e.mark),
                              "the YAML holds more than " + std::to_string(max_nodes) +
                                  " values; a theory of change needs far fewer (is this file generated by mistake?)"});
    } catch (const YAML::DeepRecursion& e) {
        out.fatal = true;
        out.errors.push_back({std::max(e.mark.line, 0) + 1, column(e.mark),
                              "the YAML nests deeper than " + std::to_string(e.depth()) +
                                  " levels; a theory of change needs only a few (is this file generated by mistake?)"});
    } catch (const YAML::Exception& e) {
        out.fatal = true;
        out.errors.push_back({std::max(e.mark.line, 0) + 1, column(e.mark), describe_fault(e.msg)});
    } catch (const std::bad_alloc&) {
        out.fatal = true;
        out.errors.push_back({1, 1, "the YAML is too large to read into memory"});
    } catch (const std::exception& e) {
        out.fatal = true;
        out.errors.push_back({1, 1, std::string("the YAML could not be read: ") + e.what()});
    }
    return out;
}

}  // namespace toc::yaml_detail
