#pragma once

#include "result.h"
#include "securebuffer.h"

// The desk passphrase: from SAFEHAVEN_DESK_PASSPHRASE, else asked on the terminal without echo
// (twice when creating a desk). Refused when neither is available, so scripts never hang.
namespace safehaven::desk {

inline constexpr const char *kPassphraseVariable = "SAFEHAVEN_DESK_PASSPHRASE";

[[nodiscard]] Result<SecureBuffer> readPassphrase(bool confirm);

} // namespace safehaven::desk
