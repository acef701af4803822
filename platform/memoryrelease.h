#pragma once

namespace safehaven {

// Hands memory the allocator has freed but kept back to the system. Called when a document
// closes: its decrypted bytes and drawn pages are already zeroed and freed, and a phone's
// system judges an app in the background by the memory it still holds.
void releaseFreedMemory();

} // namespace safehaven
