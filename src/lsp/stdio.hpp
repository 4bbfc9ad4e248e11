#pragma once
// The server's loop over file descriptors (standard input and output): one
// thread, poll() on the input; diagnostics are sent when no message has come
// for `quiet_ms` (so that typing does not re-check the model at every key).

#include "server.hpp"

namespace toc::lsp {

/// Runs until `exit` or the end of the input; returns the exit status
/// (0 after shutdown and exit, 1 otherwise).
int run(Server& server, int in_fd, int out_fd, int quiet_ms = 100);

}  // namespace toc::lsp
