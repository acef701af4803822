#pragma once

#include "appshell.h"
#include "clock.h"
#include "demoenrolment.h"
#include "ephemeralsecretstore.h"
#include "lockmachine.h"
#include "secretstorebiometricgate.h"

#include <QSize>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QGuiApplication;

namespace safehaven {

// Walks the real app through its main screens on throwaway demo data (a temporary folder, an
// in-memory keystore, a clock the walk can move). Used by --tour for screenshots and by
// --self-test to prove every page loads without a QML warning.
class DemoWalk
{
public:
    DemoWalk(QGuiApplication &app, QSize phone = {412, 892}, QSize tablet = {1280, 800});
    ~DemoWalk();

    [[nodiscard]] bool start();
    // Calls `atStep` once each screen is on show, with a file-friendly name for it.
    void run(const std::function<void(const QString &name)> &atStep);

    QQuickWindow *window() const { return m_shell ? m_shell->window() : nullptr; }
    QStringList warnings() const { return m_warnings; }

private:
    class DemoClock;
    class DemoFingerprintReader;
    void settle();
    void show(const QSize &size, const QString &section = {});
    void setDark(bool dark);
    void seedDay(const DemoCouncil &council);
    void walkCarersDay(const std::function<void(const QString &, const QString &)> &both);
    void walkReports(const std::function<void(const QString &, const QString &)> &both);
    // Placement end and evidence: the close-down, the paper register, what we hold, training.
    void walkEvidence(const DemoCouncil &council,
                      const std::function<void(const QString &, const QString &)> &both);
    // Calls a QML function of the object with that objectName (QVariant arguments).
    void invoke(const char *objectName, const char *method, const QVariantList &args = {});

    QGuiApplication &m_app;
    QSize m_phone;
    QSize m_tablet;
    QTemporaryDir m_dataDir;
    std::unique_ptr<DemoClock> m_clock;
    EphemeralSecretStore m_store;
    std::unique_ptr<DemoFingerprintReader> m_reader;
    std::unique_ptr<SecretStoreBiometricGate> m_biometrics;
    std::unique_ptr<LockMachine> m_lock;
    std::unique_ptr<AppShell> m_shell;
    QStringList m_warnings;
    std::function<void(const QString &name)> m_shot;
};

} // namespace safehaven
