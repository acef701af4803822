#include "datapaths.h"

#include <QCryptographicHash>
#include <QDir>

namespace safehaven {

DataPaths::DataPaths(const QString &dir)
    : dataDir(QDir(dir).absolutePath()), storeFile(dataDir + QStringLiteral("/vault.db")),
      keyFile(dataDir + QStringLiteral("/keys.bin")),
      attemptsFile(dataDir + QStringLiteral("/attempts")),
      erasedMarker(dataDir + QStringLiteral("/erased")),
      biometricFile(dataDir + QStringLiteral("/biometric.bin")),
      councilPolicyFile(dataDir + QStringLiteral("/council-policy")),
      lockContactFile(dataDir + QStringLiteral("/lock-contact")),
      sealedReportsDir(dataDir + QStringLiteral("/lost-reports"))
{
    const QString installId = QString::fromLatin1(
        QCryptographicHash::hash(QDir::cleanPath(dataDir).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    deviceSecretName = QStringLiteral("safehaven/%1/device-secret").arg(installId);
    attemptsSecretName = QStringLiteral("safehaven/%1/attempts").arg(installId);
    biometricSecretName = QStringLiteral("safehaven/%1/biometric").arg(installId);
}

} // namespace safehaven
