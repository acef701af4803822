// Bad input and tampering end to end, against the real relay and real processes
// (docs/security/tamper-and-bad-input.md):
//   - a council packet altered on the relay, one byte at a time at many places: refused with a
//     note, nothing stored, and the untouched packet and a later one still arrive;
//   - the desk refuses files a device cannot show (Word, a program, an empty file) and files
//     over the size limit, before anything is sealed, listing what it accepts;
//   - a full disk on the device during sync: "out of space", nothing lost, the packets stay on
//     the relay, and after space is freed the next sync takes each of them once.
#include "e2eworld.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <sys/statvfs.h>

using namespace safehaven::test;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestE2eBadInput : public QObject
{
    Q_OBJECT

private:
    E2eWorld m_world;
    int m_documents = 0;

    Run send(const EnrolledDevice &device, const QString &file)
    {
        return m_world.desk({QStringLiteral("send-document"), QStringLiteral("--to"), device.id,
                             QStringLiteral("--service-user"), QStringLiteral("SU-0007"),
                             QStringLiteral("--type"), QStringLiteral("communication-plan"),
                             QStringLiteral("--class"), QStringLiteral("medium"), file});
    }

    // Sends one document and returns the name of its packet on the relay.
    QString sendDocument(const EnrolledDevice &device, const QByteArray &content = {})
    {
        const QStringList before = m_world.packetsIn(device);
        const QString file =
            m_world.writeFile(QStringLiteral("doc-%1.txt").arg(++m_documents),
                              content.isEmpty() ? "Plan " + randomBytes(64).toHex() : content);
        Run sent = send(device, file);
        if (!sent.ok())
            qWarning() << sent.describe();
        for (const QString &name : m_world.packetsIn(device)) {
            if (!before.contains(name))
                return name;
        }
        return {};
    }

    QString boxFile(const EnrolledDevice &device, const QString &name)
    {
        return m_world.deviceBoxDir(device.id) + QLatin1Char('/') + name;
    }

    QJsonArray documents(const EnrolledDevice &device)
    {
        Run run =
            m_world.device(device.dataDir, {QStringLiteral("documents"), QStringLiteral("--json")});
        if (!run.ok())
            qWarning() << run.describe();
        return run.json().array();
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_world.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_world.stopRelay(); }

    void alteredPacketsOnTheRelayAreRefused()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QString name = sendDocument(carer);
        QVERIFY(!name.isEmpty());
        const QByteArray original = readAll(boxFile(carer, name));
        QVERIFY(original.size() > 400);
        // The fixed header (magic, version, type, parties, channel, sequence, packet id), the
        // sealed metadata and content, and the signature at the end.
        const QList<qsizetype> places{0,
                                      4,
                                      5,
                                      12,
                                      30,
                                      50,
                                      70,
                                      90,
                                      original.size() / 3,
                                      original.size() / 2,
                                      original.size() - 70,
                                      original.size() - 1};
        for (const qsizetype at : places) {
            QByteArray altered = original;
            altered[at] = char(altered[at] ^ 0x04);
            QVERIFY(writeAll(boxFile(carer, name), altered));
            const QJsonObject report = m_world.syncJson(carer);
            QVERIFY2(report.value(QStringLiteral("reached")).toBool(),
                     qPrintable(syncNotes(report)));
            QCOMPARE(report.value(QStringLiteral("received")).toInt(), 0);
            QCOMPARE(report.value(QStringLiteral("refused")).toInt(), 1);
            QVERIFY2(!syncNotes(report).isEmpty(), "no note for the carer");
            QCOMPARE(documents(carer).size(), 0);
            // Refused for good: taken off the relay.
            QVERIFY2(!m_world.packetsIn(carer).contains(name), qPrintable(QString::number(at)));
        }
        // The untouched packet still arrives, and so does a later one.
        QVERIFY(writeAll(boxFile(carer, name), original));
        QCOMPARE(m_world.syncJson(carer).value(QStringLiteral("received")).toInt(), 1);
        QVERIFY(!sendDocument(carer).isEmpty());
        QCOMPARE(m_world.syncJson(carer).value(QStringLiteral("received")).toInt(), 1);
        QCOMPARE(documents(carer).size(), 2);
    }

    void deskRefusesWhatADeviceCannotShow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("word document")
            << QStringLiteral("plan.docx") << QByteArray("PK\x03\x04", 4) + randomBytes(2000)
            << QStringLiteral("cannot show this kind of file");
        QTest::newRow("program") << QStringLiteral("setup.exe")
                                 << QByteArray("MZ\x90\x00\x03\x00", 6) + randomBytes(2000)
                                 << QStringLiteral("cannot show this kind of file");
        QTest::newRow("unknown binary") << QStringLiteral("data.bin") << randomBytes(2000)
                                        << QStringLiteral("cannot show this kind of file");
        QTest::newRow("web page") << QStringLiteral("page.html")
                                  << QByteArray("<html><body>plan</body></html>")
                                  << QStringLiteral("cannot show this kind of file");
        QTest::newRow("empty pdf")
            << QStringLiteral("empty.pdf") << QByteArray() << QStringLiteral("empty");
    }
    void deskRefusesWhatADeviceCannotShow()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        static EnrolledDevice carer;
        if (carer.id.isEmpty())
            carer = m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        const QStringList before = m_world.packetsIn(carer);
        Run refused = send(carer, m_world.writeFile(name, bytes));
        QVERIFY2(!refused.ok(), qPrintable(refused.describe()));
        const QString said = QString::fromUtf8(refused.err + refused.out);
        QVERIFY2(said.contains(reason), qPrintable(said));
        // What it accepts, so the officer knows what to do instead.
        QVERIFY2(said.contains(QStringLiteral("PDF")) && said.contains(QStringLiteral(".txt")),
                 qPrintable(said));
        QCOMPARE(m_world.packetsIn(carer), before);
        // Nothing is waiting in the desk's outbox for it either: the next good one is alone.
        QVERIFY(!sendDocument(carer).isEmpty());
        QCOMPARE(m_world.packetsIn(carer).size(), before.size() + 1);
        QCOMPARE(m_world.syncJson(carer).value(QStringLiteral("received")).toInt(), 1);
    }

    void deskRefusesAnOversizedFileBeforeSealing()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        // 129 MiB, sparse: over the 128 MiB limit without filling the disk.
        const QString file = m_world.writeFile(QStringLiteral("huge.pdf"), "%PDF-1.7\n");
        {
            QFile huge(file);
            QVERIFY(huge.open(QIODevice::ReadWrite));
            QVERIFY(huge.resize(129LL * 1024 * 1024));
        }
        Run refused = send(carer, file);
        QVERIFY(!refused.ok());
        const QString said = QString::fromUtf8(refused.err + refused.out);
        QVERIFY2(said.contains(QStringLiteral("128 MiB")), qPrintable(said));
        QVERIFY(m_world.packetsIn(carer).isEmpty());
        QFile::remove(file);
    }

    void fullDiskDuringSyncLosesNothing()
    {
        const EnrolledDevice carer =
            m_world.registeredDevice(QStringLiteral("carer"), QStringLiteral("Carer"));
        QVERIFY2(!carer.id.isEmpty(), qPrintable(m_world.lastError()));
        QVERIFY(!sendDocument(carer, "Held before the disk filled").isEmpty());
        QCOMPARE(m_world.syncJson(carer).value(QStringLiteral("received")).toInt(), 1);

        // The device's folder moves onto a small tmpfs of its own, at the same path (its
        // keystore names are derived from the path).
        const QString held = m_world.root() + QStringLiteral("/held-device");
        QVERIFY(QDir().rename(carer.dataDir, held));
        QVERIFY(QDir().mkpath(carer.dataDir));
        const int mounted = QProcess::execute(
            QStringLiteral("mount"),
            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
             QStringLiteral("size=16m,mode=0700"), QStringLiteral("tmpfs"), carer.dataDir});
        QVERIFY2(mounted == 0,
                 "mount -t tmpfs failed: run this test as root, or under `unshare -rm` "
                 "(a full disk cannot be tested without a small filesystem of its own)");
        auto unmount = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), carer.dataDir});
        });
        QDirIterator files(held, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString from = files.next();
            const QString to = carer.dataDir + from.mid(held.size());
            QVERIFY(QDir().mkpath(QFileInfo(to).path()));
            QVERIFY2(QFile::copy(from, to), qPrintable(to));
        }
        QCOMPARE(documents(carer).size(), 1);

        // Three large documents wait on the relay.
        QList<QString> names;
        for (int i = 0; i < 3; ++i) {
            const QString name = sendDocument(carer, randomBytes(750 * 1024).toHex());
            QVERIFY(!name.isEmpty());
            names << name;
        }

        // Fill the disk until about 400 KiB are left.
        const QString fillerPath = carer.dataDir + QStringLiteral("/filler");
        {
            struct statvfs fs
            {
            };
            QCOMPARE(statvfs(carer.dataDir.toLocal8Bit().constData(), &fs), 0);
            const qint64 freeBytes = qint64(fs.f_bavail) * qint64(fs.f_frsize);
            QVERIFY(freeBytes > 8 * 1024 * 1024);
            QVERIFY(writeAll(fillerPath, QByteArray(freeBytes - 400 * 1024, 'f')));
        }
        Run full =
            m_world.device(carer.dataDir, {QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(!full.ok(), qPrintable(full.describe()));
        const QString said = QString::fromUtf8(full.err + full.out);
        QVERIFY2(said.contains(QStringLiteral("out of space")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Nothing you already had has been lost")),
                 qPrintable(said));
        // Still on the relay, every one of them.
        for (const QString &name : std::as_const(names))
            QVERIFY2(m_world.packetsIn(carer).contains(name), qPrintable(name));
        // The store still opens with the PIN, holding what it held.
        const QJsonArray before = documents(carer);
        QCOMPARE(before.size(), 1);

        // Space freed: the next sync takes each once.
        QVERIFY(QFile::remove(fillerPath));
        const QJsonObject report = m_world.syncJson(carer);
        QCOMPARE(report.value(QStringLiteral("received")).toInt(), 3);
        QVERIFY(m_world.packetsIn(carer).isEmpty());
        const QJsonArray after = documents(carer);
        QCOMPARE(after.size(), 4);
        QSet<QString> ids;
        for (const QJsonValue &d : after)
            ids.insert(d.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), 4);
        QCOMPARE(m_world.syncJson(carer).value(QStringLiteral("received")).toInt(), 0);
        QCOMPARE(documents(carer).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestE2eBadInput)
#include "tst_e2e_badinput.moc"
