#pragma once
// The one model builder of the tests: elements and links built in code.

#include <pthread.h>

#include <exception>
#include <optional>
#include <stdexcept>
#include <string>

#include <toc/model/model.hpp>

namespace toc::test {

inline Link make_link(LinkType type, const std::string& from, const std::string& to) {
    Link l;
    l.type = type;
    l.from = Ref(from);
    l.to = Ref(to);
    return l;
}

inline Element make_element(Kind kind, const std::string& id, Text label) {
    Element e;
    e.kind = kind;
    e.id = id;
    e.label = std::move(label);
    return e;
}

/// Adds an element; its location is line = position in the list + 1.
inline Element& add(Model& m, Kind kind, const std::string& id, std::optional<Horizon> horizon = std::nullopt) {
    Element e;
    e.kind = kind;
    e.id = id;
    e.label = "Label of " + id;
    e.horizon = kind == Kind::outcome && !horizon ? Horizon::short_term : horizon;
    e.location = {"model.yaml", static_cast<int>(m.elements.size()) + 1, 5};
    m.elements.push_back(std::move(e));
    return m.elements.back();
}

inline Element& element(Model& m, const std::string& id) {
    for (auto& e : m.elements)
        if (e.id == id) return e;
    throw std::logic_error("no element " + id);
}

/// Adds a link written on `from`.
inline Link& link(Model& m, const std::string& from, const std::string& to, LinkType type = LinkType::leads_to,
                  const std::string& id = {}) {
    Element& e = element(m, from);
    Link l;
    l.type = type;
    l.id = id;
    l.from = Ref(from);
    l.to = Ref(to);
    l.location = {"model.yaml", e.location.line, 17};
    e.links.push_back(std::move(l));
    return e.links.back();
}

/// Runs f on a thread with a small stack: anything that recurses as deep as
/// the model is long overflows it.
template <class F>
void run_with_small_stack(F&& f, std::size_t stack_bytes = 512 * 1024) {
    struct Box {
        F* f;
        std::exception_ptr error;
    } box{&f, nullptr};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack_bytes);
    pthread_t thread;
    const int rc = pthread_create(
        &thread, &attr,
        [](void* p) -> void* {
            auto* b = static_cast<Box*>(p);
            try {
                (*b->f)();
            } catch (...) {
                b->error = std::current_exception();
            }
            return nullptr;
        },
        &box);
    pthread_attr_destroy(&attr);
    if (rc != 0) throw std::runtime_error("pthread_create failed");
    pthread_join(thread, nullptr);
    if (box.error) std::rethrow_exception(box.error);
}

}  // namespace toc::test
