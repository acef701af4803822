// safehaven-council: the officer's desk. Argument parsing and printing only; the work is in
// safehaven_desk (deskcommands.h). Exit codes: 0 done, 1 refused or failed, 2 bad usage.
#include "deskcommands.h"
#include "deskconsent.h"
#include "passphrase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>
#include <sys/stat.h>

using namespace safehaven;
using namespace safehaven::desk;

namespace {

const char *kUsage =
    "usage: safehaven-council --desk DIR [--json] <command> [options]\n"
    "  init --relay URL [--relay-ca FILE] [--council-name NAME] [--officer NAME]\n"
    "       [--officer-phone PHONE]\n"
    "  relay-bundle --out DIR [--server-cert FILE --server-key FILE]\n"
    "  enrol --role carer|volunteer --name NAME --out FILE [--officer NAME]\n"
    "        [--officer-phone PHONE] [--idle-lock-max SECONDS] [--attempt-limit N]\n"
    "        [--offline-grace-days N] [--breach-target-hours N]\n"
    "  send-document --to DEVICE --service-user REF --type TYPE --class high|medium\n"
    "        [--volunteer] [--retain-until YYYY-MM-DD] [--initials XX] [--title TEXT] FILE\n"
    "  channel open --to DEVICE --purpose TEXT [--types a,b] [--expires YYYY-MM-DD]\n"
    "  channel close ID\n"
    "  wipe --device DEVICE\n"
    "  end-placement --device DEVICE --service-user REF\n"
    "  consent --service-user REF --covers LIST [--given YYYY-MM-DD] [--review-due YYYY-MM-DD]\n"
    "        [--capacity has|lacks-best-interests|fluctuating] [--withdrawn] [--note TEXT]\n"
    "  checklists publish FILE\n"
    "  policy [--idle-lock-max S] [--attempt-limit N] [--offline-grace-days D]\n"
    "         [--breach-target-hours H] [--minimum-app-version X.Y.Z|none]\n"
    "  inbox\n"
    "  devices\n"
    "The passphrase comes from SAFEHAVEN_DESK_PASSPHRASE or a prompt on the terminal.\n";

struct UsageError
{
    QString message;
};

// Options of one command: `--name value` pairs, flags, and positional arguments.
class Options
{
public:
    Options(QStringList args, QStringList valued, QStringList flags)
    {
        for (int i = 0; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (arg == QLatin1String("--json")) {
                m_json = true;
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size())
                    throw UsageError{QStringLiteral("%1 needs a value.").arg(arg)};
                if (m_values.contains(arg))
                    throw UsageError{QStringLiteral("%1 is given twice.").arg(arg)};
                m_values.insert(arg, args.at(++i));
            } else if (flags.contains(arg)) {
                m_flags.insert(arg);
            } else if (arg.startsWith(QLatin1String("--"))) {
                throw UsageError{QStringLiteral("Unknown option %1.").arg(arg)};
            } else {
                m_positional.append(arg);
            }
        }
    }
    QString value(const char *name, bool required = false) const
    {
        const QString key = QString::fromLatin1(name);
        if (required && m_values.value(key).isEmpty())
            throw UsageError{QStringLiteral("%1 is required.").arg(key)};
        return m_values.value(key);
    }
    int number(const char *name, int fallback) const
    {
        const QString text = value(name);
        if (text.isEmpty())
            return fallback;
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok)
            throw UsageError{QStringLiteral("%1 must be a whole number.").arg(QLatin1String(name))};
        return n;
    }
    bool flag(const char *name) const { return m_flags.contains(QString::fromLatin1(name)); }
    bool json() const { return m_json; }
    QStringList positional(int count) const
    {
        if (m_positional.size() != count)
            throw UsageError{
                count == 0 ? QStringLiteral("Unexpected argument %1.").arg(m_positional.value(0))
                           : QStringLiteral("Expected %1 argument(s).").arg(count)};
        return m_positional;
    }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    bool m_json = false;
};

QStringList list(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromLatin1(name));
    return out;
}

int fail(const QString &message, int code = 1)
{
    // One line, plain.
    QString line = message.simplified();
    std::fprintf(stderr, "safehaven-council: %s\n", qPrintable(line));
    return code;
}

int printResult(const CommandResult &result, bool json)
{
    if (!result)
        return fail(result.error().message);
    for (const QString &warning : result->warnings)
        std::fprintf(stderr, "warning: %s\n", qPrintable(warning.simplified()));
    if (json) {
        const QByteArray text = result->json.isArray()
                                    ? QJsonDocument(result->json.toArray()).toJson()
                                    : QJsonDocument(result->json.toObject()).toJson();
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    } else {
        const QByteArray text = result->text.toUtf8();
        std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    }
    return 0;
}

int run(const QStringList &all)
{
    QString dir;
    bool json = false;
    int at = 0;
    for (; at < all.size(); ++at) {
        const QString &arg = all.at(at);
        if (arg == QLatin1String("--desk") && at + 1 < all.size()) {
            dir = all.at(++at);
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (arg.startsWith(QLatin1String("--"))) {
            throw UsageError{QStringLiteral("Unknown global option %1.").arg(arg)};
        } else {
            break;
        }
    }
    if (at >= all.size())
        throw UsageError{QStringLiteral("No command given.")};
    if (dir.isEmpty())
        throw UsageError{QStringLiteral("--desk DIR is required.")};
    const QString command = all.at(at);
    QStringList rest = all.mid(at + 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    static const QStringList known =
        list({"init", "relay-bundle", "enrol", "send-document", "channel", "wipe", "end-placement",
              "inbox", "devices", "consent", "checklists", "policy"});
    if (!known.contains(command))
        throw UsageError{QStringLiteral("Unknown command %1.").arg(command)};

    if (command == QLatin1String("init")) {
        const Options o(
            rest, list({"--relay", "--relay-ca", "--council-name", "--officer", "--officer-phone"}),
            {});
        o.positional(0);
        InitOptions init{o.value("--relay", true), o.value("--relay-ca"), o.value("--council-name"),
                         o.value("--officer"), o.value("--officer-phone")};
        auto passphrase = readPassphrase(true);
        if (!passphrase)
            return fail(passphrase.error().message);
        return printResult(runInit(dir, passphrase->bytes(), init), json || o.json());
    }

    // Every other command works on an existing desk: parse first, then ask for the passphrase.
    std::function<CommandResult(DeskStore &)> work;
    bool wantsJson = json;
    if (command == QLatin1String("relay-bundle")) {
        const Options o(rest, list({"--out", "--server-cert", "--server-key"}), {});
        o.positional(0);
        wantsJson |= o.json();
        RelayBundleOptions b{o.value("--out", true), o.value("--server-cert"),
                             o.value("--server-key")};
        work = [b](DeskStore &s) { return runRelayBundle(s, b); };
    } else if (command == QLatin1String("enrol")) {
        const Options o(
            rest,
            list({"--role", "--name", "--out", "--officer", "--officer-phone", "--idle-lock-max",
                  "--attempt-limit", "--offline-grace-days", "--breach-target-hours"}),
            {});
        o.positional(0);
        wantsJson |= o.json();
        EnrolOptions e;
        e.role = o.value("--role", true);
        e.name = o.value("--name", true);
        e.outFile = o.value("--out", true);
        e.officerName = o.value("--officer");
        e.officerPhone = o.value("--officer-phone");
        e.idleLockMaxSeconds = o.number("--idle-lock-max", e.idleLockMaxSeconds);
        e.attemptLimit = o.number("--attempt-limit", e.attemptLimit);
        e.offlineGraceDays = o.number("--offline-grace-days", e.offlineGraceDays);
        e.breachTargetHours = o.number("--breach-target-hours", e.breachTargetHours);
        work = [e, now](DeskStore &s) { return runEnrol(s, e, now); };
    } else if (command == QLatin1String("send-document")) {
        const Options o(rest,
                        list({"--to", "--service-user", "--type", "--class", "--retain-until",
                              "--initials", "--title"}),
                        list({"--volunteer"}));
        wantsJson |= o.json();
        SendDocumentOptions d;
        d.device = o.value("--to", true);
        d.serviceUser = o.value("--service-user", true);
        d.type = o.value("--type", true);
        d.documentClass = o.value("--class", true);
        d.volunteer = o.flag("--volunteer");
        d.retainUntil = o.value("--retain-until");
        d.initials = o.value("--initials");
        d.title = o.value("--title");
        d.file = o.positional(1).first();
        work = [d, now](DeskStore &s) { return runSendDocument(s, d, now); };
    } else if (command == QLatin1String("channel")) {
        if (rest.isEmpty())
            throw UsageError{QStringLiteral("channel needs open or close.")};
        const QString action = rest.takeFirst();
        if (action == QLatin1String("open")) {
            const Options o(rest, list({"--to", "--purpose", "--types", "--expires"}), {});
            o.positional(0);
            wantsJson |= o.json();
            ChannelOpenOptions c;
            c.device = o.value("--to", true);
            c.purpose = o.value("--purpose", true);
            if (!o.value("--types").isEmpty())
                c.types = o.value("--types");
            c.expires = o.value("--expires");
            work = [c, now](DeskStore &s) { return runChannelOpen(s, c, now); };
        } else if (action == QLatin1String("close")) {
            const Options o(rest, {}, {});
            wantsJson |= o.json();
            const QString id = o.positional(1).first();
            work = [id, now](DeskStore &s) { return runChannelClose(s, id, now); };
        } else {
            throw UsageError{QStringLiteral("channel needs open or close.")};
        }
    } else if (command == QLatin1String("wipe")) {
        const Options o(rest, list({"--device"}), {});
        o.positional(0);
        wantsJson |= o.json();
        const QString device = o.value("--device", true);
        work = [device, now](DeskStore &s) { return runWipe(s, device, now); };
    } else if (command == QLatin1String("end-placement")) {
        const Options o(rest, list({"--device", "--service-user"}), {});
        o.positional(0);
        wantsJson |= o.json();
        const QString device = o.value("--device", true);
        const QString serviceUser = o.value("--service-user", true);
        work = [device, serviceUser, now](DeskStore &s) {
            return runEndPlacement(s, device, serviceUser, now);
        };
    } else if (command == QLatin1String("consent")) {
        const Options o(
            rest,
            list({"--service-user", "--covers", "--given", "--review-due", "--capacity", "--note"}),
            list({"--withdrawn"}));
        o.positional(0);
        wantsJson |= o.json();
        ConsentOptions c;
        c.serviceUser = o.value("--service-user", true);
        c.covers = o.value("--covers");
        c.given = o.value("--given");
        c.reviewDue = o.value("--review-due");
        if (!o.value("--capacity").isEmpty())
            c.capacity = o.value("--capacity");
        c.withdrawn = o.flag("--withdrawn");
        c.note = o.value("--note");
        work = [c, now](DeskStore &s) { return runConsent(s, c, now); };
    } else if (command == QLatin1String("checklists")) {
        if (rest.isEmpty() || rest.takeFirst() != QLatin1String("publish"))
            throw UsageError{QStringLiteral("checklists needs publish FILE.")};
        const Options o(rest, {}, {});
        wantsJson |= o.json();
        const QString file = o.positional(1).first();
        work = [file, now](DeskStore &s) { return runChecklistsPublish(s, file, now); };
    } else if (command == QLatin1String("policy")) {
        const Options o(rest,
                        list({"--idle-lock-max", "--attempt-limit", "--offline-grace-days",
                              "--breach-target-hours", "--minimum-app-version"}),
                        {});
        o.positional(0);
        wantsJson |= o.json();
        PolicyOptions p;
        p.idleLockMaxSeconds = o.number("--idle-lock-max", 0);
        p.attemptLimit = o.number("--attempt-limit", 0);
        p.offlineGraceDays = o.number("--offline-grace-days", 0);
        p.breachTargetHours = o.number("--breach-target-hours", 0);
        p.minimumAppVersion = o.value("--minimum-app-version");
        work = [p, now](DeskStore &s) { return runPolicy(s, p, now); };
    } else if (command == QLatin1String("inbox")) {
        const Options o(rest, {}, {});
        o.positional(0);
        wantsJson |= o.json();
        work = [now](DeskStore &s) { return runInbox(s, now); };
    } else {
        const Options o(rest, {}, {});
        o.positional(0);
        wantsJson |= o.json();
        work = [](DeskStore &s) { return runDevices(s); };
    }

    if (!DeskStore::exists(dir))
        return fail(QStringLiteral("No desk in %1: run `init` first.").arg(dir));
    auto passphrase = readPassphrase(false);
    if (!passphrase)
        return fail(passphrase.error().message);
    auto store = DeskStore::open(dir, passphrase->bytes());
    passphrase->wipe();
    if (!store)
        return fail(store.error().message);
    return printResult(work(*store), wantsJson);
}

} // namespace

int main(int argc, char *argv[])
{
    ::umask(077); // the store, its journal, enrolment files and bundles: owner only
    QCoreApplication app(argc, argv);
    // Diagnostics stay quiet unless asked for with QT_LOGGING_RULES (which wins over this), so
    // a failure is the one line the command prints.
    QLoggingCategory::setFilterRules(
        QStringLiteral("safehaven.*.info=false\nsafehaven.*.warning=false"));
    try {
        return run(app.arguments().mid(1));
    } catch (const UsageError &error) {
        return fail(error.message + QStringLiteral(" Run with --help for usage."), 2);
    }
}
