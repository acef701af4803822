#pragma once

#include <QString>

namespace safehaven {

// The words a carer sees for a document's kind and sensitivity (docs/carers-day.md).
QString documentKindLabel(const QString &kind);
// "high": special category data (health, finances, ...); "medium": personal data.
QString sensitivityLabel(const QString &sensitivity);
// "pdf", "image", "text" or "other", from the document's MIME type.
QString documentFormat(const QString &mime);

} // namespace safehaven
