#include "qrcode.h"

#include <QFile>
#include <QImage>
#include <QSaveFile>

#include <memory>

#include <qrencode.h>

namespace safehaven::desk {

Status writeQrPng(const QByteArray &bytes, const QString &path)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.data()),
                          0, QR_ECLEVEL_L),
        &QRcode_free);
    if (!code)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("The enrolment file is too large for a QR code."));
    const int modules = code->width + 2 * kQrQuietModules;
    const int side = modules * kQrModulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if ((code->data[y * code->width + x] & 1) == 0)
                continue;
            const int left = (x + kQrQuietModules) * kQrModulePixels;
            const int top = (y + kQrQuietModules) * kQrModulePixels;
            for (int dy = 0; dy < kQrModulePixels; ++dy) {
                uchar *line = image.scanLine(top + dy);
                for (int dx = 0; dx < kQrModulePixels; ++dx)
                    line[left + dx] = 0;
            }
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write the QR code image."));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

} // namespace safehaven::desk
