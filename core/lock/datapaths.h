#pragma once

#include <QString>

namespace safehaven {

// Where one installation keeps its files, and the names of its keystore items. Keystore names
// are derived from the folder's path so that deleting and recreating the folder finds the same
// items (the attempt counter must survive that).
struct DataPaths
{
    explicit DataPaths(const QString &dataDir);

    QString dataDir;
    QString storeFile;         // the SQLCipher store
    QString keyFile;           // the wrapped data key
    QString attemptsFile;      // copy of the wrong-PIN counter
    QString erasedMarker;      // says "erased for safety" on the next start
    QString biometricFile;     // the data key wrapped by the biometric secret, when switched on
    QString councilPolicyFile; // the council's lock rules (CouncilLockPolicy), after enrolment
    QString lockContactFile;   // what "Lost something?" needs while locked (core/reports)
    QString sealedReportsDir;  // reports sealed to the council on the lock screen
    QString deviceSecretName;
    QString attemptsSecretName;
    QString biometricSecretName;
};

} // namespace safehaven
