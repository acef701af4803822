#include "database.h"
#include "schema.h"
#include "securebuffer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace safehaven;

namespace {

// The shape of a store: every table's columns (name, type, not-null, default, key) and every
// index's table, uniqueness and columns. SQL text is left out on purpose: ALTER TABLE writes
// it differently from CREATE TABLE even when the result is the same.
QStringList describe(Database &db)
{
    QStringList shape;
    auto objects = db.prepare("SELECT type, name, tbl_name FROM sqlite_master "
                              "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name;");
    QStringList tables, indexes;
    while (objects->step().value()) {
        const QString type = objects->text(0);
        (type == QLatin1String("table") ? tables : indexes) << objects->text(1);
        if (type == QLatin1String("index"))
            shape << QStringLiteral("index %1 on %2").arg(objects->text(1), objects->text(2));
    }
    for (const QString &table : tables) {
        auto columns =
            db.prepare(QStringLiteral("PRAGMA table_info(%1);").arg(table).toUtf8().constData());
        while (columns->step().value())
            shape << QStringLiteral("%1.%2 %3 notnull=%4 default=%5 pk=%6")
                         .arg(table, columns->text(1), columns->text(2), columns->text(3),
                              columns->text(4), columns->text(5));
        auto list =
            db.prepare(QStringLiteral("PRAGMA index_list(%1);").arg(table).toUtf8().constData());
        while (list->step().value())
            shape
                << QStringLiteral("%1 index %2 unique=%3").arg(table, list->text(1), list->text(2));
    }
    for (const QString &index : indexes) {
        auto columns =
            db.prepare(QStringLiteral("PRAGMA index_info(%1);").arg(index).toUtf8().constData());
        while (columns->step().value())
            shape
                << QStringLiteral("%1 column %2 %3").arg(index, columns->text(0), columns->text(2));
    }
    shape << QStringLiteral("user_version %1").arg(schema::version(db).value());
    return shape;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void stepsAreInOrder()
    {
        int previous = 0;
        for (const auto &step : schema::migrationSteps()) {
            QCOMPARE(step.version, previous + 1);
            previous = step.version;
        }
        QCOMPARE(previous, schema::latestVersion());
    }

    // A store created at every older version and migrated one step at a time (closing and
    // reopening in between) ends up the same as a freshly created one.
    void migratedEqualsFresh_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 1; v < schema::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void migratedEqualsFresh()
    {
        QFETCH(int, startVersion);
        QTemporaryDir dir;
        const SecureBuffer key = SecureBuffer::random(32);
        const QString oldPath = dir.filePath(QStringLiteral("old.db"));
        {
            auto db = Database::open(oldPath, key.bytes());
            QVERIFY(schema::migrate(db.value(), startVersion).ok());
            QCOMPARE(schema::version(db.value()).value(), startVersion);
        }
        for (int v = startVersion + 1; v <= schema::latestVersion(); ++v) {
            auto db = Database::open(oldPath, key.bytes());
            QVERIFY(schema::migrate(db.value(), v).ok());
        }
        auto migrated = Database::open(oldPath, key.bytes());
        auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.db")), key.bytes());
        QVERIFY(schema::createFresh(fresh.value()).ok());
        const QStringList freshShape = describe(fresh.value());
        QVERIFY(freshShape.size() > 5);
        QCOMPARE(describe(migrated.value()), freshShape);
    }

    void newerStoreIsRefused()
    {
        QTemporaryDir dir;
        const SecureBuffer key = SecureBuffer::random(32);
        auto db = Database::open(dir.filePath(QStringLiteral("new.db")), key.bytes());
        QVERIFY(db->exec("PRAGMA user_version = 999;").ok());
        const Status migrated = schema::migrate(db.value());
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.code(), ErrorCode::StoreError);
    }

    void migratingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        const SecureBuffer key = SecureBuffer::random(32);
        auto db = Database::open(dir.filePath(QStringLiteral("a.db")), key.bytes());
        QVERIFY(schema::migrate(db.value()).ok());
        const QStringList once = describe(db.value());
        QVERIFY(schema::migrate(db.value()).ok());
        QCOMPARE(describe(db.value()), once);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
