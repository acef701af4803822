#pragma once

#include "clock.h"
#include "enrolment.h"
#include "lockmachine.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace safehaven {

// First run, before the PIN: the enrolment file the officer gave, the one-time code, a check
// of who the carer is joining, then the PIN set-up screen. Once the PIN is set and the new
// store is open, the opened enrolment is taken into it (enrolDevice) and forgotten. The opened
// Enrolment (keys, credentials) stays in C++; QML sees only names and the step.
class EnrolmentViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the app's composition root")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(QString filePath READ filePath WRITE setFilePath NOTIFY filePathChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString councilName READ councilName NOTIFY stepChanged)
    Q_PROPERTY(QString officerName READ officerName NOTIFY stepChanged)
    Q_PROPERTY(QString officerPhone READ officerPhone NOTIFY stepChanged)
    Q_PROPERTY(QString roleText READ roleText NOTIFY stepChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolledChanged)
public:
    enum class Step
    {
        ChooseFile,
        EnterCode,
        Confirm,
        SetPin,
    };
    Q_ENUM(Step)

    EnrolmentViewModel(LockMachine &lock, const Clock &clock, QObject *parent = nullptr);

    Step step() const { return m_step; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    QString errorText() const { return m_errorText; }
    QString councilName() const;
    QString officerName() const;
    QString officerPhone() const;
    QString roleText() const;
    bool enrolled() const { return m_enrolled; }

    // Step 1: reads the file (a path or a file: URL). Keeps the carer here if it cannot.
    Q_INVOKABLE bool useFile();
    // Step 2: opens the file with the officer's code. The code is cleared from `code`'s owner
    // by the screen; it is not kept here.
    Q_INVOKABLE bool openWithCode(const QString &code);
    // Step 3: "Yes, this is right" goes on to the PIN; "Not right" back to the start.
    Q_INVOKABLE void confirm();
    Q_INVOKABLE void back();
    Q_INVOKABLE void startAgain();

    // For the demo walk and tests: the file's bytes without a file on disk.
    void useFileBytes(const QByteArray &bytes, const QString &label);

signals:
    void stepChanged();
    void filePathChanged();
    void errorTextChanged();
    void enrolledChanged();

private:
    void onLockStateChanged(LockState state);
    void setStep(Step step);
    void setError(const QString &text);

    LockMachine &m_lock;
    const Clock &m_clock;
    Step m_step = Step::ChooseFile;
    QString m_filePath;
    QByteArray m_fileBytes; // sealed: useless without the code
    std::optional<sync::Enrolment> m_enrolment;
    QString m_errorText;
    bool m_enrolled = false;
};

} // namespace safehaven
