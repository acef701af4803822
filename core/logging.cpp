#include "logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "safehaven.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "safehaven.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLock, "safehaven.lock", QtInfoMsg)
