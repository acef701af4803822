#pragma once

#include "secretstore.h"

#include <memory>

namespace safehaven {

// The keystore a real run uses on this platform: QtKeychain on Linux (Secret Service) and
// Android; our own Keychain code on iOS, because QtKeychain's Apple backend leaves items at
// the default accessibility, which follows the user to a new device in an encrypted backup
// (see ios/keychainsecretstore.h).
std::unique_ptr<SecretStore> makePlatformSecretStore();

} // namespace safehaven
