#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// The enrolment file as a QR code (libqrencode, 8-bit mode, ECC level L), rendered with a
// 4-module quiet zone as a black-on-white PNG. TooLarge when the bytes do not fit a QR code.
namespace safehaven::desk {

inline constexpr int kQrModulePixels = 4;
inline constexpr int kQrQuietModules = 4;

[[nodiscard]] Status writeQrPng(const QByteArray &bytes, const QString &path);

} // namespace safehaven::desk
