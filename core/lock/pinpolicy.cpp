#include "pinpolicy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace safehaven {

namespace {

// The six-digit PINs people choose most often that are not already all-same or straight runs
// (from published analyses of leaked PIN sets): dates, keyboard patterns, repeats of a pair.
constexpr const char *kCommonPins[] = {
    "121212",    "112233", "123123",    "101010",   "159753",   "131313",     "696969",
    "102030",    "007007", "123321",    "654123",   "147258",   "147852",     "258369",
    "741852",    "963852", "159357",    "789456",   "456123",   "000007",     "200000",
    "520520",    "123654", "112358",    "121314",   "100200",   "202020",     "111222",
    "232323",    "252525", "000001",    "999000",   "123789",   "198400",     "010101",
    "212121",    "777888", "456789123", "12341234", "11223344", "1234567890", "0987654321",
    "123456789",
};

bool allSame(std::span<const unsigned char> pin)
{
    return std::all_of(pin.begin(), pin.end(), [&](unsigned char c) { return c == pin[0]; });
}

// Each digit one more (or one less) than the previous, wrapping 9 -> 0.
bool straightRun(std::span<const unsigned char> pin)
{
    for (int direction : {1, 9}) {
        bool run = true;
        for (std::size_t i = 1; i < pin.size() && run; ++i)
            run = (pin[i] - '0') == ((pin[i - 1] - '0') + direction) % 10;
        if (run)
            return true;
    }
    return false;
}

bool tooCommon(std::span<const unsigned char> pin)
{
    return std::any_of(std::begin(kCommonPins), std::end(kCommonPins), [&](const char *common) {
        return std::strlen(common) == pin.size() &&
               std::memcmp(common, pin.data(), pin.size()) == 0;
    });
}

} // namespace

PinProblem checkNewPin(std::span<const unsigned char> pin)
{
    if (!std::all_of(pin.begin(), pin.end(), [](unsigned char c) { return c >= '0' && c <= '9'; }))
        return PinProblem::NotDigits;
    if (pin.size() < kMinPinLength)
        return PinProblem::TooShort;
    if (pin.size() > kMaxPinLength)
        return PinProblem::TooLong;
    if (allSame(pin))
        return PinProblem::AllSame;
    if (straightRun(pin))
        return PinProblem::StraightRun;
    if (tooCommon(pin))
        return PinProblem::TooCommon;
    return PinProblem::None;
}

QString describePinProblem(PinProblem problem)
{
    switch (problem) {
    case PinProblem::None:
        return {};
    case PinProblem::TooShort:
        return QCoreApplication::translate("PinPolicy", "Use at least %1 numbers.")
            .arg(kMinPinLength);
    case PinProblem::TooLong:
        return QCoreApplication::translate("PinPolicy", "Use no more than %1 numbers.")
            .arg(kMaxPinLength);
    case PinProblem::NotDigits:
        return QCoreApplication::translate("PinPolicy", "Use numbers only.");
    case PinProblem::AllSame:
        return QCoreApplication::translate("PinPolicy",
                                           "Don't use the same number over and over. Try a mix.");
    case PinProblem::StraightRun:
        return QCoreApplication::translate(
            "PinPolicy", "Numbers in order, like 123456, are easy to guess. Try a mix.");
    case PinProblem::TooCommon:
        return QCoreApplication::translate(
            "PinPolicy", "That PIN is one of the most common. Choose one that is harder to guess.");
    }
    return {};
}

} // namespace safehaven
