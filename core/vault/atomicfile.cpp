#include "atomicfile.h"

#include "logging.h"
#include "sodiumruntime.h"

#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace safehaven {

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcVault) << "atomic write failed:" << file.errorString();
        return makeError(ErrorCode::Io, QStringLiteral("Could not save to this device's storage."));
    }
    return success();
}

Status shredFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return success();
    ensureSodium();
    if (file.open(QIODevice::ReadWrite)) {
        QByteArray noise(file.size(), Qt::Uninitialized);
        randombytes_buf(noise.data(), std::size_t(noise.size()));
        file.write(noise);
        file.flush();
        file.close();
    }
    if (!file.remove()) {
        qCWarning(lcVault) << "could not remove a shredded file:" << file.errorString();
        return makeError(ErrorCode::Io, QStringLiteral("Could not erase a file on this device."));
    }
    return success();
}

} // namespace safehaven
