#pragma once

namespace safehaven {

// No core dumps and no ptrace attach from other processes of the same user: decrypted
// records and keys must not leave the process that way.
void hardenProcess();

} // namespace safehaven
