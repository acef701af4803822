#pragma once

#include <QString>

#include <span>

namespace safehaven {

inline constexpr std::size_t kMinPinLength = 6;
inline constexpr std::size_t kMaxPinLength = 12;

enum class PinProblem
{
    None,
    TooShort,
    TooLong,
    NotDigits,
    AllSame,     // 111111
    StraightRun, // 123456, 654321, 890123
    TooCommon,   // on the list of the most used PINs
};

// Judges a new PIN (ASCII digits). The PIN is never copied out of the caller's buffer.
PinProblem checkNewPin(std::span<const unsigned char> pin);

// Plain words for the carer, translatable.
QString describePinProblem(PinProblem problem);

} // namespace safehaven
