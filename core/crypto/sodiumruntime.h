#pragma once

#include "result.h"

namespace safehaven {

// Initialises libsodium once (thread-safe). Throws std::runtime_error if it cannot start:
// without a working CSPRNG nothing else may run.
void ensureSodium();

// Known-answer checks of the primitives we rely on, run once at start-up. A failure means the
// library is broken or replaced: the app must refuse to touch any data.
[[nodiscard]] Status cryptoSelfTest();

} // namespace safehaven
