#include "keypairs.h"

#include "sodiumruntime.h"

#include <sodium.h>

namespace safehaven::sync {

KeyPairs KeyPairs::generate()
{
    ensureSodium();
    KeyPairs keys;
    keys.signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.signSecret = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.signPublic.data()),
                        keys.signSecret.data());
    keys.boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.boxSecret = SecureBuffer(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.boxPublic.data()),
                       keys.boxSecret.data());
    return keys;
}

bool KeyPairs::complete() const
{
    return signPublic.size() == crypto_sign_PUBLICKEYBYTES &&
           signSecret.size() == crypto_sign_SECRETKEYBYTES &&
           boxPublic.size() == crypto_box_PUBLICKEYBYTES &&
           boxSecret.size() == crypto_box_SECRETKEYBYTES;
}

} // namespace safehaven::sync
