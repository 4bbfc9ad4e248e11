#pragma once
// Making the certain fix-its of diagnostics in a file's text: each replaces
// exactly its range, and every other byte (comments, order, spacing, line
// endings) stays as it was.

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "toc/diagnostics/diagnostic.hpp"

namespace toc {

/// A fix that apply_fixes did not make, and why (one plain sentence).
struct SkippedFix {
    std::size_t index = 0;  ///< position in the fixes given
    std::string reason;
};

struct FixResult {
    std::string text;                  ///< the text with the fixes made
    std::vector<std::size_t> applied;  ///< positions in the fixes given, in file order
    std::vector<SkippedFix> skipped;   ///< in file order
};

/// Makes `fixes` in `text`. A fix is made only when its range lies in the text
/// and holds its `original` text; of fixes that overlap, the first in the file
/// is made and the others skipped; a fix given twice is made once. Pure: the
/// result depends on the arguments only.
[[nodiscard]] inline FixResult apply_fixes(std::string_view text, const std::vector<FixIt>& fixes) {
    std::vector<std::size_t> order(fixes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& ra = fixes[a].range;
        const auto& rb = fixes[b].range;
        return ra.offset != rb.offset ? ra.offset < rb.offset : ra.end_offset < rb.end_offset;
    });
    FixResult r;
    std::size_t copied = 0;        // text[0, copied) is in r.text
    const FixIt* last = nullptr;   // the last fix made
    for (std::size_t i : order) {
        const FixIt& f = fixes[i];
        const std::size_t begin = f.range.offset, end = f.range.end_offset;
        if (begin > end || end > text.size() || text.substr(begin, end - begin) != f.original) {
            r.skipped.push_back({i, "the text at its place is no longer '" + f.original + "'"});
            continue;
        }
        if (last && begin == last->range.offset && end == last->range.end_offset &&
            f.replacement == last->replacement)
            continue;  // the same fix again (two findings may propose it)
        if (last && (begin < copied || (begin == copied && begin == end && last->range.offset == begin))) {
            r.skipped.push_back({i, "it overlaps another fix, which was made instead"});
            continue;
        }
        r.text.append(text.substr(copied, begin - copied));
        r.text += f.replacement;
        copied = end;
        last = &f;
        r.applied.push_back(i);
    }
    r.text.append(text.substr(copied));
    return r;
}

/// What fixing a file did, in lines for people.
struct FileFixes {
    std::string text;                  ///< the file's new text
    std::vector<std::string> changed;  ///< "model.yaml:12:5: replaced 'horizn' with 'horizon' [TOC002]"
    std::vector<std::string> skipped;  ///< "model.yaml:14:9: not fixed: it overlaps another fix, ... [TOC007]"
};

/// Makes the fix-its of `diagnostics` that concern `file` in `text` (the file's
/// text as it is on disk) and says what changed, in file order.
[[nodiscard]] inline FileFixes fix_text(std::string_view text, const std::vector<Diagnostic>& diagnostics,
                                        std::string_view file) {
    std::vector<FixIt> fixes;
    std::vector<const Diagnostic*> owner;
    for (const auto& d : diagnostics)
        for (const auto& f : d.fixes)
            if (f.range.file == file) {
                fixes.push_back(f);
                owner.push_back(&d);
            }
    FixResult made = apply_fixes(text, fixes);
    auto where = [&](std::size_t i) {
        const auto& r = fixes[i].range;
        return std::string(file) + ":" + std::to_string(r.line) + ":" + std::to_string(r.column) + ": ";
    };
    FileFixes out;
    out.text = std::move(made.text);
    for (std::size_t i : made.applied)
        out.changed.push_back(where(i) + "replaced '" + fixes[i].original + "' with '" + fixes[i].replacement +
                              "' [" + owner[i]->code + "]");
    for (const auto& s : made.skipped)
        out.skipped.push_back(where(s.index) + "not fixed: " + s.reason + " [" + owner[s.index]->code + "]");
    return out;
}

}  // namespace toc
