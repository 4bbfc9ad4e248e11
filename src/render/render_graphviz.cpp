// Rendering and reading DOT with the Graphviz library (cgraph + gvc), in process.

#include "toc/render/render.hpp"
#include "toc/render/layout_effort.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>

namespace toc {
namespace {

// Graphviz's parser and error channel are global: one caller at a time.
std::mutex& graphviz_lock() {
    static std::mutex m;
    return m;
}

// Messages Graphviz reports while the lock is held.
std::string* g_messages = nullptr;

int collect_message(char* message) {
    if (g_messages && message) g_messages->append(message);
    return 0;
}

/// Holds the lock, routes Graphviz's messages into a buffer, and owns one context.
class Session {
public:
    // lock_ is the first member: the error channel is switched only under the lock
    Session() : lock_(graphviz_lock()), previous_(agseterrf(collect_message)), previous_level_(agseterr(AGWARN)) {
        g_messages = &messages_;
        agreseterrors();
        gvc_ = gvContext();
    }
    ~Session() {
        if (gvc_) gvFreeContext(gvc_);
        agseterrf(previous_);
        agseterr(previous_level_);
        g_messages = nullptr;
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    GVC_t* gvc() const { return gvc_; }

    /// Messages since the last call, split into errors and warnings.
    void take(std::string& error, std::vector<std::string>& warnings) {
        std::size_t start = 0;
        while (start < messages_.size()) {
            std::size_t end = messages_.find('\n', start);
            if (end == std::string::npos) end = messages_.size();
            std::string line = messages_.substr(start, end - start);
            start = end + 1;
            if (line.empty()) continue;
            if (line.rfind("Warning: ", 0) == 0) warnings.push_back(line.substr(9));
            else if (line.rfind("Error: ", 0) == 0) error += (error.empty() ? "" : "; ") + line.substr(7);
            else if (!warnings.empty() && line.front() == ' ') warnings.back() += " " + line;
            else if (!error.empty()) error += " " + line;
            else warnings.push_back(line);
        }
        messages_.clear();
    }
    [[nodiscard]] bool had_errors() const { return agerrors() > 0; }

private:
    std::lock_guard<std::mutex> lock_;
    std::string messages_;
    agusererrf previous_ = nullptr;
    agerrlevel_t previous_level_ = AGWARN;
    GVC_t* gvc_ = nullptr;
};

struct GraphCloser {
    void operator()(Agraph_t* g) const { if (g) agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

GraphPtr parse(Session& session, std::string_view dot, std::string& error, std::vector<std::string>& warnings) {
    if (dot.find('\0') != std::string_view::npos) {
        error = "the DOT text contains a NUL byte";
        return nullptr;
    }
    const std::string text(dot);
    GraphPtr g(agmemread(text.c_str()));
    session.take(error, warnings);
    if (!g && error.empty()) error = "the DOT text holds no graph";
    if (session.had_errors() && error.empty()) error = "the DOT text could not be read";
    if (!error.empty()) return nullptr;
    return g;
}

/// Graphviz's path router (libpath) reports failures with fprintf(stderr), not
/// through agerr: standard error is captured while the layout runs.
class StderrCapture {
public:
    StderrCapture() {
        std::fflush(stderr);
        file_ = std::tmpfile();
        saved_ = dup(STDERR_FILENO);
        if (file_ && saved_ >= 0) active_ = dup2(fileno(file_), STDERR_FILENO) >= 0;
    }
    ~StderrCapture() { finish(); }
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    std::string finish() {
        std::string text;
        if (active_) {
            std::fflush(stderr);
            dup2(saved_, STDERR_FILENO);
            active_ = false;
            std::rewind(file_);
            char buf[4096];
            std::size_t n;
            while ((n = std::fread(buf, 1, sizeof buf, file_)) > 0) text.append(buf, n);
        }
        if (saved_ >= 0) { close(saved_); saved_ = -1; }
        if (file_) { std::fclose(file_); file_ = nullptr; }
        return text;
    }

private:
    std::FILE* file_ = nullptr;
    int saved_ = -1;
    bool active_ = false;
};

/// "12 345" for 12345: counts in messages, as the docs write them.
std::string thousands(int n) {
    std::string s = std::to_string(n);
    for (int at = static_cast<int>(s.size()) - 3; at > 0; at -= 3) s.insert(static_cast<std::size_t>(at), " ");
    return s;
}

/// Applies layout_effort to `g`: false (with `error`) when it is too large to lay
/// out; a warning when its effort is bounded.
bool bound_effort(Agraph_t* g, std::string& error, std::vector<std::string>& warnings) {
    const int nodes = agnnodes(g);
    if (nodes > layout_effort::max_nodes) {
        error = "the drawing has " + thousands(nodes) + " boxes; toc lays out at most " +
                thousands(layout_effort::max_nodes) +
                ", as Graphviz's time grows much faster than the drawing (minutes here); draw the overview, "
                "or a part around one element";
        return false;
    }
    if (nodes < layout_effort::bounded_from) return true;
    for (const auto& [name, value] : layout_effort::bounded) {
        const std::string key(name), bound(value);
        const char* written = agget(g, const_cast<char*>(key.c_str()));
        if (!written || !*written) agsafeset(g, const_cast<char*>(key.c_str()), const_cast<char*>(bound.c_str()), const_cast<char*>(""));
    }
    warnings.push_back("the drawing has " + thousands(nodes) +
                       " boxes: Graphviz's effort is bounded to keep it to seconds, so more lines may cross");
    return true;
}

/// gvLayout with the dot engine, its effort bounded by the drawing's size
/// (layout_effort). When the spline router fails on some edge (Graphviz 2.4x does
/// with clusters and flat edges), lays out again with curved edges. Returns
/// nonzero when there is no layout (`error` may say why).
constexpr int too_large_to_lay_out = -2;  ///< lay_out's answer when bound_effort refused the graph

int lay_out(Session& session, Agraph_t* g, std::string& error_out, std::vector<std::string>& warnings) {
    if (!bound_effort(g, error_out, warnings)) return too_large_to_lay_out;
    auto failed = [](const std::string& text) {
        return text.find("triangulation failed") != std::string::npos ||
               text.find("cannot find triangle path") != std::string::npos ||
               text.find("Unable to reclaim box space") != std::string::npos;
    };
    std::string text;
    int rc;
    {
        StderrCapture capture;
        rc = gvLayout(session.gvc(), g, "dot");
        text = capture.finish();
    }
    if (rc == 0 && failed(text)) {
        std::string dropped_error;  // what the failed attempt said: the warning below says it in words
        std::vector<std::string> dropped;
        session.take(dropped_error, dropped);
        gvFreeLayout(session.gvc(), g);
        agsafeset(g, const_cast<char*>("splines"), const_cast<char*>("curved"), const_cast<char*>(""));
        std::string again;
        {
            StderrCapture capture;
            rc = gvLayout(session.gvc(), g, "dot");
            again = capture.finish();
        }
        warnings.emplace_back("Graphviz could not route some links as splines; they are drawn as curves");
        text = failed(again) ? again : std::string();
    }
    std::string error;
    session.take(error, warnings);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) warnings.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    if (!error.empty()) warnings.push_back(error);
    return rc;
}

const char* device(ImageFormat f) {
    switch (f) {
        case ImageFormat::svg: return "svg";
        case ImageFormat::png: return "png:cairo";
        case ImageFormat::pdf: return "pdf:cairo";
        case ImageFormat::dot: return "dot";
    }
    return "svg";
}

void read_attributes(Agraph_t* root, int kind, void* obj, DotGraph::Attributes& out, std::set<std::string>& html,
                     bool only_set) {
    for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym)) {
        char* v = agxget(obj, sym);
        if (!v) continue;
        if (only_set && sym->defval && std::strcmp(v, sym->defval) == 0) continue;
        out[sym->name] = v;
        if (aghtmlstr(v)) html.insert(sym->name);
    }
}

void read_subgraphs(Agraph_t* root, Agraph_t* g, DotGraph& out, bool layout) {
    for (Agraph_t* sg = agfstsubg(g); sg; sg = agnxtsubg(sg)) {
        DotGraph::Subgraph s;
        s.name = agnameof(sg);
        // Attributes set on the subgraph: those that differ from the root's values.
        for (Agsym_t* sym = agnxtattr(root, AGRAPH, nullptr); sym; sym = agnxtattr(root, AGRAPH, sym)) {
            char* v = agxget(sg, sym);
            char* rv = agxget(root, sym);
            if (v && (!rv || std::strcmp(v, rv) != 0))
                s.attributes[sym->name] = v;
        }
        for (Agnode_t* n = agfstnode(sg); n; n = agnxtnode(sg, n)) s.nodes.emplace_back(agnameof(n));
        if (layout && std::strncmp(s.name.c_str(), "cluster", 7) == 0) {
            const boxf bb = GD_bb(sg);
            s.box = std::array<double, 4>{bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y};
        }
        out.subgraphs.push_back(std::move(s));
        read_subgraphs(root, sg, out, layout);
    }
}

}  // namespace

RenderResult render_dot(std::string_view dot, ImageFormat format) {
    RenderResult r;
    Session session;
    if (!session.gvc()) {
        r.error = "the Graphviz library could not be initialised";
        return r;
    }
    GraphPtr g = parse(session, dot, r.error, r.warnings);
    if (!g) return r;
    if (format == ImageFormat::dot) {
        r.data = std::string(dot);
        return r;
    }
    if (const int rc = lay_out(session, g.get(), r.error, r.warnings); rc != 0) {
        r.too_large = rc == too_large_to_lay_out;
        if (r.error.empty()) r.error = "Graphviz could not lay out the diagram";
        return r;
    }
    r.width = GD_bb(g.get()).UR.x - GD_bb(g.get()).LL.x;
    r.height = GD_bb(g.get()).UR.y - GD_bb(g.get()).LL.y;
    char* data = nullptr;
    unsigned int length = 0;
    const int rc = gvRenderData(session.gvc(), g.get(), device(format), &data, &length);
    if (rc == 0 && data) r.data.assign(data, length);
    if (data) gvFreeRenderData(data);
    gvFreeLayout(session.gvc(), g.get());
    session.take(r.error, r.warnings);
    if (rc != 0 && r.error.empty())
        r.error = "Graphviz could not render " + std::string(to_string(format)) + " (is its cairo plugin installed?)";
    if (!r.error.empty()) r.data.clear();
    return r;
}

DotGraph read_dot(std::string_view dot, bool layout) {
    DotGraph out;
    Session session;
    if (!session.gvc()) {
        out.error = "the Graphviz library could not be initialised";
        return out;
    }
    GraphPtr holder = parse(session, dot, out.error, out.warnings);
    if (!holder) return out;
    Agraph_t* g = holder.get();
    out.directed = agisdirected(g) != 0;
    out.name = agnameof(g);
    bool laid_out = false;
    if (layout) {
        if (lay_out(session, g, out.error, out.warnings) != 0) {
            if (out.error.empty()) out.error = "Graphviz could not lay out the diagram";
            return out;
        }
        laid_out = true;
    }
    {
        std::set<std::string> ignored;
        read_attributes(g, AGRAPH, g, out.attributes, ignored, false);
    }
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        DotGraph::Node node;
        node.name = agnameof(n);
        read_attributes(g, AGNODE, n, node.attributes, node.html, false);
        if (laid_out) {
            node.position = std::pair<double, double>{ND_coord(n).x, ND_coord(n).y};
            node.width = ND_width(n) * 72.0;
            node.height = ND_height(n) * 72.0;
        }
        out.nodes.push_back(std::move(node));
    }
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            DotGraph::Edge edge;
            edge.tail = agnameof(agtail(e));
            edge.head = agnameof(aghead(e));
            read_attributes(g, AGEDGE, e, edge.attributes, edge.html, false);
            if (laid_out && ED_label(e)) {
                edge.label_position = std::pair<double, double>{ED_label(e)->pos.x, ED_label(e)->pos.y};
                edge.label_width = ED_label(e)->dimen.x;
                edge.label_height = ED_label(e)->dimen.y;
            }
            out.edges.push_back(std::move(edge));
        }
    }
    read_subgraphs(g, g, out, laid_out);
    if (laid_out) {
        const boxf bb = GD_bb(g);
        out.box = std::array<double, 4>{bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y};
    }
    if (laid_out) gvFreeLayout(session.gvc(), g);
    session.take(out.error, out.warnings);
    return out;
}

}  // namespace toc
