#pragma once
// Lookup of every id in a model: which kind of item it names and where.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "toc/model/model.hpp"

namespace toc {

class ModelIndex {
public:
    struct Entry {
        Kind kind;
        std::size_t index;       ///< into the model's list of that kind (elements for element kinds)
        std::size_t link = 0;    ///< for links: the index in elements[index].links
        SourceLocation location;
    };

    explicit ModelIndex(const Model& model) : model_(&model) {
        auto add = [&](const std::string& id, Entry&& e) {
            if (!id.empty()) ids_.try_emplace(id, std::move(e));
        };
        const auto& m = model;
        for (std::size_t i = 0; i < m.elements.size(); ++i) {
            add(m.elements[i].id, {m.elements[i].kind, i, 0, m.elements[i].location});
            for (std::size_t l = 0; l < m.elements[i].links.size(); ++l)
                add(m.elements[i].links[l].id, {Kind::link, i, l, m.elements[i].links[l].location});
        }
        add_all(m.mechanisms, Kind::mechanism, add);
        add_all(m.assumptions, Kind::assumption, add);
        add_all(m.principles, Kind::principle, add);
        add_all(m.actors, Kind::actor, add);
        add_all(m.sites, Kind::site, add);
        add_all(m.sources, Kind::source, add);
        add_all(m.indicators, Kind::indicator, add);
        add_all(m.questions, Kind::question, add);
        add_all(m.recommendations, Kind::recommendation, add);
    }

    [[nodiscard]] const Entry* find(std::string_view id) const {
        auto it = ids_.find(std::string(id));
        return it == ids_.end() ? nullptr : &it->second;
    }
    [[nodiscard]] const Element* element(std::string_view id) const {
        const Entry* e = find(id);
        return e && is_element(e->kind) ? &model_->elements[e->index] : nullptr;
    }
    [[nodiscard]] const Link* link(std::string_view id) const {
        const Entry* e = find(id);
        return e && e->kind == Kind::link ? &model_->elements[e->index].links[e->link] : nullptr;
    }
    [[nodiscard]] std::size_t size() const noexcept { return ids_.size(); }
    [[nodiscard]] const std::unordered_map<std::string, Entry>& entries() const noexcept { return ids_; }

private:
    template <class T, class Add>
    static void add_all(const std::vector<T>& items, Kind k, Add& add) {
        for (std::size_t i = 0; i < items.size(); ++i) add(items[i].id, {k, i, 0, items[i].location});
    }

    const Model* model_;
    std::unordered_map<std::string, Entry> ids_;
};

}  // namespace toc
