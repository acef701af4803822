// The packaging files cannot be built here (no Android SDK, no Xcode), so their security
// promises are checked as data: the manifest, network and backup rules, Info.plist,
// entitlements, and the Linux desktop entry and metainfo agreeing with each other.
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kAndroidNs("http://schemas.android.com/apk/res/android");

struct Element
{
    QString path; // "manifest/application/activity"
    QXmlStreamAttributes attributes;
    QString text;

    QString android(QLatin1StringView name) const
    {
        return attributes.value(kAndroidNs, name).toString();
    }
};

QString platformFile(const QString &relative)
{
    return QStringLiteral(SAFEHAVEN_PLATFORM_DIR "/") + relative;
}

QByteArray readAll(const QString &relative)
{
    QFile file(platformFile(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Every element in document order, with its path, attributes and own text.
QList<Element> elements(const QString &relative)
{
    QXmlStreamReader xml(readAll(relative));
    QList<Element> all;
    QStringList path;
    QList<qsizetype> open;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(xml.name().toString());
            open.append(all.size());
            all.append({path.join(u'/'), xml.attributes(), QString()});
            break;
        case QXmlStreamReader::EndElement:
            path.removeLast();
            open.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                all[open.last()].text += xml.text().trimmed();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(relative), qPrintable(xml.errorString()));
    return all;
}

QList<Element> withPath(const QList<Element> &all, QStringView path)
{
    QList<Element> found;
    for (const Element &element : all) {
        if (element.path == path)
            found.append(element);
    }
    return found;
}

// A plist's top-level dict: key -> "true", "false", the string, or an array's strings joined
// by ','.
QMap<QString, QString> plist(const QString &relative)
{
    const QList<Element> all = elements(relative);
    QMap<QString, QString> values;
    QString key;
    for (const Element &element : all) {
        if (element.path == u"plist/dict/key")
            key = element.text;
        else if (element.path == u"plist/dict/true" || element.path == u"plist/dict/false")
            values.insert(key, element.path.section(u'/', -1));
        else if (element.path == u"plist/dict/string")
            values.insert(key, element.text);
        else if (element.path == u"plist/dict/array")
            values.insert(key, QString());
        else if (element.path == u"plist/dict/array/string")
            values[key] += (values[key].isEmpty() ? QString() : u","_s) + element.text;
    }
    return values;
}

QMap<QString, QString> desktopEntry(const QString &relative)
{
    QMap<QString, QString> values;
    for (const QByteArray &line : readAll(relative).split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)),
                          QString::fromUtf8(line.mid(equals + 1)));
    }
    return values;
}

} // namespace

class TestPackagingConfig : public QObject
{
    Q_OBJECT
private slots:
    void androidKeepsDataOnTheDevice()
    {
        const auto manifest = elements(u"android/AndroidManifest.xml"_s);
        const auto application = withPath(manifest, u"manifest/application");
        QCOMPARE(application.size(), 1);
        QCOMPARE(application[0].android("allowBackup"_L1), u"false"_s);
        QCOMPARE(application[0].android("fullBackupContent"_L1), u"false"_s);
        QCOMPARE(application[0].android("dataExtractionRules"_L1), u"@xml/data_extraction_rules"_s);
        QCOMPARE(application[0].android("networkSecurityConfig"_L1),
                 u"@xml/network_security_config"_s);
    }

    void androidAsksForThreePermissionsOnly()
    {
        const auto manifest = elements(u"android/AndroidManifest.xml"_s);
        QSet<QString> permissions;
        for (const Element &permission : withPath(manifest, u"manifest/uses-permission"))
            permissions.insert(permission.android("name"_L1));
        const QSet<QString> expected{u"android.permission.INTERNET"_s,
                                     u"android.permission.USE_BIOMETRIC"_s,
                                     u"android.permission.VIBRATE"_s};
        QCOMPARE(permissions, expected);
        // Qt's placeholder would add its modules' default permissions at deployment.
        QVERIFY(
            !readAll(u"android/AndroidManifest.xml"_s).contains("<!-- %%INSERT_PERMISSIONS -->"));
    }

    void androidExportsOnlyTheLauncher()
    {
        const auto manifest = elements(u"android/AndroidManifest.xml"_s);
        for (const auto *kind : {u"service", u"receiver", u"provider", u"activity-alias"})
            QVERIFY2(
                withPath(manifest, u"manifest/application/"_s + QString::fromUtf16(kind)).isEmpty(),
                "no components besides the launcher activity");
        const auto activities = withPath(manifest, u"manifest/application/activity");
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities[0].android("exported"_L1), u"true"_s);
        QSet<QString> categories;
        for (const Element &category :
             withPath(manifest, u"manifest/application/activity/intent-filter/category"))
            categories.insert(category.android("name"_L1));
        QCOMPARE(categories, QSet<QString>{u"android.intent.category.LAUNCHER"_s});
        // Tap-to-call needs to see a dialer on Android 11+.
        const auto queried = withPath(manifest, u"manifest/queries/intent/action");
        QCOMPARE(queried.size(), 1);
        QCOMPARE(queried[0].android("name"_L1), u"android.intent.action.DIAL"_s);
    }

    void androidNetworkIsHttpsOnlyAndPinned()
    {
        const auto config = elements(u"android/res/xml/network_security_config.xml"_s);
        const auto base = withPath(config, u"network-security-config/base-config");
        QCOMPARE(base.size(), 1);
        QCOMPARE(base[0].attributes.value("cleartextTrafficPermitted"_L1).toString(), u"false"_s);
        const auto domains = withPath(config, u"network-security-config/domain-config");
        QVERIFY(!domains.isEmpty());
        for (const Element &domain : domains)
            QCOMPARE(domain.attributes.value("cleartextTrafficPermitted"_L1).toString(),
                     u"false"_s);
        const auto pinSets = withPath(config, u"network-security-config/domain-config/pin-set");
        QCOMPARE(pinSets.size(), 1);
        QVERIFY2(!pinSets[0].attributes.hasAttribute("expiration"_L1), "pins must not lapse");
        const auto pins = withPath(config, u"network-security-config/domain-config/pin-set/pin");
        QVERIFY2(pins.size() >= 2, "a current and a backup key");
        for (const Element &pin : pins)
            QCOMPARE(QByteArray::fromBase64(pin.text.toLatin1()).size(), 32);
    }

    void androidBackupAndTransferExcludeEverything()
    {
        const auto rules = elements(u"android/res/xml/data_extraction_rules.xml"_s);
        QVERIFY(withPath(rules, u"data-extraction-rules/cloud-backup/include").isEmpty());
        QVERIFY(withPath(rules, u"data-extraction-rules/device-transfer/include").isEmpty());
        const QSet<QString> allDomains{u"root"_s,
                                       u"file"_s,
                                       u"database"_s,
                                       u"sharedpref"_s,
                                       u"external"_s,
                                       u"device_root"_s,
                                       u"device_file"_s,
                                       u"device_database"_s,
                                       u"device_sharedpref"_s};
        for (const auto *section : {u"cloud-backup", u"device-transfer"}) {
            QSet<QString> excluded;
            for (const Element &exclude :
                 withPath(rules, u"data-extraction-rules/"_s + QString::fromUtf16(section) +
                                     u"/exclude"_s)) {
                QCOMPARE(exclude.attributes.value("path"_L1).toString(), u"."_s);
                excluded.insert(exclude.attributes.value("domain"_L1).toString());
            }
            QCOMPARE(excluded, allDomains);
        }
    }

    void iosInfoPlist()
    {
        const auto info = plist(u"ios/Info.plist"_s);
        QCOMPARE(info.value(u"CFBundleDisplayName"_s), u"Safe Haven"_s);
        QVERIFY(info.value(u"NSFaceIDUsageDescription"_s).size() > 20);
        QVERIFY2(!info.contains(u"UIBackgroundModes"_s), "the app never runs in the background");
        QCOMPARE(info.value(u"ITSAppUsesNonExemptEncryption"_s), u"true"_s);
        QCOMPARE(info.value(u"UIRequiresFullScreen"_s), u"false"_s);
        QCOMPARE(info.value(u"UIFileSharingEnabled"_s), u"false"_s);
        QCOMPARE(info.value(u"LSApplicationQueriesSchemes"_s), u"tel"_s);
    }

    void iosEntitlements()
    {
        const auto entitlements = plist(u"ios/SafeHaven.entitlements"_s);
        QCOMPARE(entitlements.value(u"com.apple.developer.default-data-protection"_s),
                 u"NSFileProtectionComplete"_s);
        QCOMPARE(entitlements.value(u"keychain-access-groups"_s),
                 u"$(AppIdentifierPrefix)org.safehaven.SafeHaven"_s);
    }

    // MASVS-CODE-1: the builds refuse platforms too old for security fixes or for the
    // keystore and biometric APIs the gates use.
    void platformMinimumsAreCurrent()
    {
        const QString glue = QString::fromUtf8(readAll(u"glue.cmake"_s));
        const auto setting = [&](const QString &name) {
            const QRegularExpression pattern(name + uR"(\s+([0-9.]+))"_s);
            const auto match = pattern.match(glue);
            return match.hasMatch() ? match.captured(1).toDouble() : 0.0;
        };
        QVERIFY(setting(u"QT_ANDROID_MIN_SDK_VERSION"_s) >= 30); // Android 11
        QVERIFY(setting(u"QT_ANDROID_TARGET_SDK_VERSION"_s) >= 33);
        QVERIFY(setting(u"XCODE_ATTRIBUTE_IPHONEOS_DEPLOYMENT_TARGET"_s) >= 16.0);
    }

    void linuxDesktopEntryMatchesMetainfo()
    {
        const auto desktop = desktopEntry(u"linux/org.safehaven.SafeHaven.desktop"_s);
        QCOMPARE(desktop.value(u"Exec"_s), u"safehaven"_s);
        QCOMPARE(desktop.value(u"Icon"_s), u"org.safehaven.SafeHaven"_s);
        QVERIFY(desktop.value(u"X-Purism-FormFactor"_s).split(u';').contains(u"Mobile"_s));

        const auto metainfo = elements(u"linux/org.safehaven.SafeHaven.metainfo.xml"_s);
        QCOMPARE(withPath(metainfo, u"component/id").value(0).text, u"org.safehaven.SafeHaven"_s);
        QCOMPARE(withPath(metainfo, u"component/launchable").value(0).text,
                 u"org.safehaven.SafeHaven.desktop"_s);
        QCOMPARE(withPath(metainfo, u"component/provides/binary").value(0).text, u"safehaven"_s);
        QCOMPARE(withPath(metainfo, u"component/content_rating")
                     .value(0)
                     .attributes.value("type"_L1)
                     .toString(),
                 u"oars-1.1"_s);
    }
};

QTEST_GUILESS_MAIN(TestPackagingConfig)
#include "tst_packagingconfig.moc"
