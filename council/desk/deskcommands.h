#pragma once

#include "deskstore.h"
#include "enrolment.h"
#include "result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <span>

// The officer's commands (`safehaven-council --desk DIR <command>`), one function each. Each
// returns what to print: human text, the JSON for --json, and warnings for stderr. Commands
// that send packets seal them into the outbox first and then deliver (deskdelivery.h).
namespace safehaven::desk {

struct CommandOutput
{
    QString text;
    QJsonValue json;
    QStringList warnings;
};
using CommandResult = Result<CommandOutput>;

struct InitOptions
{
    QString relayUrl;
    QString relayCaFile; // the relay certificate's CA, when the council runs its own TLS
    QString councilName;
    QString officerName;
    QString officerPhone;
};
CommandResult runInit(const QString &dir, std::span<const unsigned char> passphrase,
                      const InitOptions &options);

struct RelayBundleOptions
{
    QString outDir;
    QString serverCertificateFile; // only for desks initialised with --relay-ca
    QString serverKeyFile;
};
CommandResult runRelayBundle(DeskStore &store, const RelayBundleOptions &options);

struct EnrolOptions
{
    QString role;
    QString name;
    QString outFile;
    QString officerName;  // default: the desk's, from init
    QString officerPhone; // likewise
    int idleLockMaxSeconds = 120;
    int attemptLimit = 10;
    int offlineGraceDays = 14;
    // The council's target for breach reports, hours from discovery (1..72). 0: the desk's
    // setting (24 unless an earlier enrol set it). Given, it becomes the desk's setting too.
    int breachTargetHours = 0;
};
CommandResult runEnrol(DeskStore &store, const EnrolOptions &options, qint64 nowMs);

struct SendDocumentOptions
{
    QString device;
    QString serviceUser;
    QString type;
    QString documentClass;
    bool volunteer = false;
    QString retainUntil; // YYYY-MM-DD or empty
    QString initials;
    QString title; // default: the file's name
    QString file;
};
CommandResult runSendDocument(DeskStore &store, const SendDocumentOptions &options, qint64 nowMs);

struct ChannelOpenOptions
{
    QString device;
    QString purpose;
    QString types = QStringLiteral("consent-change,checklist-evidence");
    QString expires; // YYYY-MM-DD (the channel is open to the end of that day, UTC) or empty
};
CommandResult runChannelOpen(DeskStore &store, const ChannelOpenOptions &options, qint64 nowMs);
CommandResult runChannelClose(DeskStore &store, const QString &channelHex, qint64 nowMs);
CommandResult runWipe(DeskStore &store, const QString &device, qint64 nowMs);
CommandResult runEndPlacement(DeskStore &store, const QString &device, const QString &serviceUser,
                              qint64 nowMs);
CommandResult runInbox(DeskStore &store, qint64 nowMs);
// Checks FILE (JSON or CBOR, {version, checklists}) with the devices' own parser, refuses a
// version not newer than the last published, and sends it to every device not wiped.
CommandResult runChecklistsPublish(DeskStore &store, const QString &file, qint64 nowMs);
CommandResult runDevices(DeskStore &store);

// `policy`: the council's rules for every device, kept in the desk and sent in a policy packet
// to each device not wiped. 0 / empty: keep the desk's current value; "none" clears the
// minimum app version.
struct PolicyOptions
{
    int idleLockMaxSeconds = 0;
    int attemptLimit = 0;
    int offlineGraceDays = 0;
    int breachTargetHours = 0;
    QString minimumAppVersion;
};
CommandResult runPolicy(DeskStore &store, const PolicyOptions &options, qint64 nowMs);
// The desk's current policy (built-in defaults where the desk has none).
sync::EnrolmentPolicy deskPolicy(DeskStore &store);

// The council's breach target in hours (the `policy.breach-target-hours` setting, default 24).
int deskBreachTargetHours(DeskStore &store);

// Meta keys in the desk store.
namespace metakey {
inline const QString councilName = QStringLiteral("council.name");
inline const QString officerName = QStringLiteral("officer.name");
inline const QString officerPhone = QStringLiteral("officer.phone");
inline const QString relayUrl = QStringLiteral("relay.url");
inline const QString relayPin = QStringLiteral("relay.pin");          // PEM pinned in enrolment
inline const QString relayCaGiven = QStringLiteral("relay.ca-given"); // "1" with --relay-ca
inline const QString serverCertificate = QStringLiteral("server.certificate");
inline const QString serverKey = QStringLiteral("server.key");
inline const QString caCertificate = QStringLiteral("ca.certificate");
inline const QString caKey = QStringLiteral("ca.key");
inline const QString clientCertificate = QStringLiteral("client.certificate");
inline const QString clientKey = QStringLiteral("client.key");
inline const QString breachTargetHours = QStringLiteral("policy.breach-target-hours");
inline const QString idleLockMaxSeconds = QStringLiteral("policy.idle-lock-max");
inline const QString attemptLimit = QStringLiteral("policy.attempt-limit");
inline const QString offlineGraceDays = QStringLiteral("policy.offline-grace-days");
inline const QString minimumAppVersion = QStringLiteral("policy.minimum-app-version");
inline const QString checklistsVersion = QStringLiteral("checklists.version"); // last published
} // namespace metakey

} // namespace safehaven::desk
