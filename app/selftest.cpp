#include "selftest.h"

#include "demowalk.h"

#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTextStream>

namespace safehaven {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Every .qml file in the UI module must compile, including ones the walk does not reach.
QStringList compileEveryQmlFile(QQmlEngine &engine)
{
    QStringList failures;
    QDirIterator files(QStringLiteral(":/SafeHaven/UI"), {QStringLiteral("*.qml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        ++count;
        if (component.isError())
            failures << component.errorString();
    }
    out() << "compiled " << count << " QML files\n";
    return failures;
}

} // namespace

int runSelfTest(QGuiApplication &app)
{
    DemoWalk walk(app);
    if (!walk.start()) {
        out() << "FAIL: the main window did not load\n";
        for (const QString &warning : walk.warnings())
            out() << "  " << warning << "\n";
        return 1;
    }
    QStringList failures;
    int screens = 0;
    walk.run([&](const QString &) { ++screens; });
    failures << walk.warnings();
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    failures << compileEveryQmlFile(engine);
    for (const QString &failure : failures)
        out() << "FAIL: " << failure << "\n";
    out() << (failures.isEmpty() ? "self-test passed: " : "self-test failed: ") << screens
          << " screens walked\n";
    out().flush();
    return failures.isEmpty() ? 0 : 1;
}

int runTour(QGuiApplication &app, const QString &directory, QSize phone, QSize tablet)
{
    if (!QDir().mkpath(directory)) {
        out() << "cannot create " << directory << "\n";
        return 1;
    }
    DemoWalk walk(app, phone, tablet);
    if (!walk.start())
        return 1;
    int saved = 0;
    walk.run([&](const QString &name) {
        const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
        if (walk.window()->grabWindow().save(file))
            ++saved;
        else
            out() << "could not save " << file << "\n";
    });
    out() << "tour: " << saved << " screenshots in " << QDir(directory).absolutePath() << "\n";
    out().flush();
    return saved > 0 && walk.warnings().isEmpty() ? 0 : 1;
}

} // namespace safehaven
