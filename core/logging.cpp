#include "logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "safehaven.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "safehaven.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLock, "safehaven.lock", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "safehaven.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRelay, "safehaven.relay", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDesk, "safehaven.desk", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReports, "safehaven.reports", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsent, "safehaven.consent", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvidence, "safehaven.evidence", QtInfoMsg)
