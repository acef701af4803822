#include "passphrase.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace safehaven::desk {

namespace {

// Reads one line from the terminal with echo off. The line never passes through a QString.
Result<SecureBuffer> promptOnTerminal(int tty, const char *prompt)
{
    if (::write(tty, prompt, strlen(prompt)) < 0)
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write to the terminal."));
    termios saved{};
    const bool haveTermios = tcgetattr(tty, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    SecureBuffer line(1024);
    std::size_t length = 0;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(tty, &c, 1);
        if (got <= 0 || c == '\n' || c == '\r')
            break;
        if (length < line.size())
            line.data()[length++] = static_cast<unsigned char>(c);
    }
    if (haveTermios)
        tcsetattr(tty, TCSAFLUSH, &saved);
    return SecureBuffer::copyOf(line.bytes().first(length));
}

} // namespace

Result<SecureBuffer> readPassphrase(bool confirm)
{
    if (const char *fromEnv = std::getenv(kPassphraseVariable); fromEnv && *fromEnv)
        return SecureBuffer::copyOf(
            {reinterpret_cast<const unsigned char *>(fromEnv), strlen(fromEnv)});
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (tty < 0 || !isatty(tty)) {
        if (tty >= 0)
            ::close(tty);
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("No desk passphrase: set SAFEHAVEN_DESK_PASSPHRASE or run "
                                        "from a terminal."));
    }
    auto first = promptOnTerminal(tty, "Desk passphrase: ");
    if (first && confirm) {
        auto second = promptOnTerminal(tty, "Repeat the desk passphrase: ");
        if (!second || !first->equals(second->bytes())) {
            ::close(tty);
            return makeError(ErrorCode::PinMismatch, QStringLiteral("The two passphrases differ."));
        }
    }
    ::close(tty);
    if (first && first->empty())
        return makeError(ErrorCode::WrongState, QStringLiteral("The desk passphrase is empty."));
    return first;
}

} // namespace safehaven::desk
