// Linux and Android: the keystore through QtKeychain.
#include "platformsecretstore.h"

#include "qtkeychainsecretstore.h"

namespace safehaven {

std::unique_ptr<SecretStore> makePlatformSecretStore()
{
    return std::make_unique<QtKeychainSecretStore>();
}

} // namespace safehaven
