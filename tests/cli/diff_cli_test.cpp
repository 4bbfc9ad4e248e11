// `toc diff` run as a process: exit status like diff(1), the formats, standard
// input, a version that does not load, and the git form REV:PATH in a
// temporary repository.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "fixtures/diff/pairs.hpp"
#include "support/support.hpp"

using toc::test::run_process;
using toc::test::run_toc;
using toc::test::TempDir;

namespace {

struct Files {
    TempDir dir;
    std::string old_path, new_path;
};

Files write_pair(const std::string& name) {
    const auto pair = toc::test::version_pair(name);
    Files f;
    f.old_path = f.dir.write("old.yaml", pair.old_text);
    f.new_path = f.dir.write("new.yaml", pair.new_text);
    return f;
}

}  // namespace

TEST_CASE("toc diff: identical files exit 0 and print nothing", "[cli][diff]") {
    const std::string seed = toc::test::source_path("models/pa_vag.yaml");
    const auto r = run_toc({"diff", seed, seed});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
    const auto f = write_pair("reordered");
    const auto same = run_toc({"diff", f.old_path, f.new_path});
    CHECK(same.status == 0);
    CHECK(same.out.empty());
}

TEST_CASE("toc diff: changes exit 1 with the changes in text", "[cli][diff]") {
    const auto f = write_pair("element_changed");
    const auto r = run_toc({"diff", f.old_path, f.new_path, "--lang", "en"});
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::StartsWith("--- " + f.old_path + "\n+++ " + f.new_path + "\n"));
    CHECK_THAT(r.out, Catch::Contains("~ outcome o_kannedom_forankring"));
    CHECK_THAT(r.out, Catch::Contains("    horizon: \"short\" → \"intermediate\"\n"));
    CHECK(r.err.empty());
}

TEST_CASE("toc diff: a version that does not load exits 2 with its diagnostics", "[cli][diff]") {
    const auto f = write_pair("load_error");
    const auto r = run_toc({"diff", f.old_path, f.new_path});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("new.yaml:"));
    CHECK_THAT(r.err, Catch::Contains("o_no_such_outcome"));
    CHECK_THAT(r.err, Catch::Contains("cannot be compared"));
    const auto missing = run_toc({"diff", f.old_path, f.dir.path.string() + "/nothing.yaml"});
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::Contains("TOC000"));
}

TEST_CASE("toc diff: bad arguments exit 2", "[cli][diff]") {
    const std::string seed = toc::test::source_path("models/pa_vag.yaml");
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"diff"}, {"diff", seed}, {"diff", seed, seed, seed}, {"diff", "-", "-"}, {"diff", seed, seed, "--format", "xml"}}) {
        const auto r = run_toc(args);
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("toc diff"));
    }
}

TEST_CASE("toc diff: one side from standard input", "[cli][diff]") {
    const auto pair = toc::test::version_pair("assumption_refuted");
    const auto r = run_toc({"diff", pair.seed, "-", "--format", "json"}, pair.new_text);
    CHECK(r.status == 1);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["new"] == "<stdin>");
    CHECK(j["items"][0]["id"] == "as_beprovad_metod");
    CHECK(j["items"][0]["fields"][0]["flag"] == "refuted");
    CHECK(j["findings"]["introduced"][0]["code"] == "TOC306");
}

TEST_CASE("toc diff: Markdown, DOT, SVG and HTML", "[cli][diff]") {
    const auto f = write_pair("element_added");
    auto r = run_toc({"diff", f.old_path, f.new_path, "--format", "md", "--lang", "sv"});
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::StartsWith("# Ändringar sedan "));
    CHECK_THAT(r.out, Catch::Contains("| tillagd | effekt: Gemensam bild av målgruppen hos samtliga parter | o\\_ny\\_samsyn |"));
    r = run_toc({"diff", f.old_path, f.new_path, "--format", "dot"});
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::Contains("\"o_ny_samsyn\" [id=\"o_ny_samsyn\""));
    r = run_toc({"diff", f.old_path, f.new_path, "--format", "svg"});
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::Contains("<svg"));
    // Graphviz writes the '-' of a class as &#45;
    CHECK_THAT(r.out, Catch::Contains("class=\"node diff-added\"") || Catch::Contains("class=\"node diff&#45;added\""));
    const std::string page = f.dir.path.string() + "/diff.html";
    r = run_toc({"diff", f.old_path, f.new_path, "--format", "html", "-o", page});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    const std::string html = toc::test::read_file(page);
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
    CHECK_THAT(html, Catch::Contains("<svg"));
    CHECK_THAT(html, Catch::Contains("o_ny_samsyn"));
}

TEST_CASE("toc diff: git revisions, REV:PATH, in a temporary repository", "[cli][diff]") {
    const auto pair = toc::test::version_pair("target_lowered");
    TempDir repo;
    const std::string dir = repo.path.string();
    auto git = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"/usr/bin/git", "-C", dir, "-c", "user.name=toc", "-c", "user.email=toc@example.org",
                                   "-c", "commit.gpgsign=false"});
        const auto r = run_process(args);
        INFO(r.err);
        REQUIRE(r.status == 0);
    };
    git({"init", "-q"});
    repo.write("model.yaml", pair.old_text);
    git({"add", "model.yaml"});
    git({"commit", "-q", "-m", "first version"});
    repo.write("model.yaml", pair.new_text);
    git({"commit", "-q", "-a", "-m", "second version"});
    const std::string exe = TOC_EXE, git_dir = "GIT_DIR=" + dir + "/.git";
    // env sets GIT_DIR for git show; no shell runs
    auto r = run_process({"/usr/bin/env", git_dir, exe, "diff", "HEAD~1:model.yaml", "HEAD:model.yaml", "--lang", "en"});
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::StartsWith("--- HEAD~1:model.yaml\n+++ HEAD:model.yaml\n"));
    CHECK_THAT(r.out, Catch::Contains("target lowered, target moved later"));
    r = run_process({"/usr/bin/env", git_dir, exe, "diff", "HEAD~1:model.yaml", dir + "/model.yaml", "--format", "json"});
    CHECK(r.status == 1);
    CHECK(nlohmann::json::parse(r.out)["summary"]["changed"] == 1);
    r = run_process({"/usr/bin/env", git_dir, exe, "diff", "HEAD:model.yaml", dir + "/model.yaml"});
    CHECK(r.status == 0);
    CHECK(r.out.empty());
    r = run_process({"/usr/bin/env", git_dir, exe, "diff", "HEAD~5:model.yaml", "HEAD:model.yaml"});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("toc diff: git show HEAD~5:model.yaml failed"));
}

TEST_CASE("toc report --previous: the \"changes since\" section", "[cli][diff][report]") {
    const auto f = write_pair("element_removed");
    const std::string page = f.dir.path.string() + "/report.html";
    auto r = run_toc({"report", f.new_path, "--previous", f.old_path, "-o", page});
    REQUIRE(r.status == 0);
    const std::string html = toc::test::read_file(page);
    CHECK_THAT(html, Catch::Contains("<section class=\"changes\" id=\"sv-changes\""));
    CHECK_THAT(html, Catch::Contains("<section class=\"changes\" id=\"en-changes\""));
    CHECK_THAT(html, Catch::Contains("Changes since " + f.old_path));
    CHECK_THAT(html, Catch::Contains("<code>o_spridning</code>"));
    CHECK_THAT(html, Catch::Contains("diff&#45;removed") || Catch::Contains("diff-removed"));
    r = run_toc({"report", f.new_path, "--previous", f.old_path, "--format", "md", "--lang", "en", "-o", "-"});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("## Changes since " + f.old_path));
    CHECK_THAT(r.out, Catch::Contains("| removed | outcome: The approach has spread to other municipalities in Skåne | o\\_spridning |"));
    // without --previous, no such section
    r = run_toc({"report", f.new_path, "--format", "md", "-o", "-"});
    CHECK_THAT(r.out, !Catch::Contains("Changes since") && !Catch::Contains("Ändringar sedan"));
    // an earlier version that does not load: exit 2, its errors printed
    const auto broken = write_pair("load_error");
    r = run_toc({"report", f.new_path, "--previous", broken.new_path, "-o", page});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("o_no_such_outcome"));
}
