# Read by ctest after the Catch tests are discovered (tests/CMakeLists.txt):
# the COST of the longest Catch test, the seconds it took in CI under the
# sanitizers, so that ctest starts it first rather than last.
set_tests_properties("toc_cli_tests:every seed model renders in every format" PROPERTIES COST 210)
