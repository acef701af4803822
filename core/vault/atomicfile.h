#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace safehaven {

// Writes the whole file or nothing (QSaveFile: temp file in the same folder, fsync, rename).
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &bytes);

// Overwrites a file with random bytes, flushes it to disk, then removes it. On flash storage
// overwriting is not a guarantee, which is why only wrapped keys are ever shredded this way:
// the device secret in the keystore is what makes them useless.
[[nodiscard]] Status shredFile(const QString &path);

} // namespace safehaven
