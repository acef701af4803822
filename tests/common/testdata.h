#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <span>

namespace safehaven::test {

inline std::span<const unsigned char> pin(const char *digits)
{
    return {reinterpret_cast<const unsigned char *>(digits), std::strlen(digits)};
}

// Files under dir (hidden ones included) holding any needle, as UTF-8 or UTF-16: the two ways
// text could leak. Entries are "path: needle".
inline QStringList filesContainingAny(const QString &dir, const QByteArrayList &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            const QString text = QString::fromUtf8(needle);
            const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            if (bytes.contains(needle) || bytes.contains(utf16))
                hits << file.fileName() + QStringLiteral(": ") + text;
        }
    }
    return hits;
}

inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    return filesContainingAny(dir, {needle});
}

} // namespace safehaven::test
