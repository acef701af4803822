#pragma once

#include "clioptions.h"
#include "clisession.h"

namespace safehaven::cli {

// Each command returns the process exit code: 0 done, 1 refused or failed (message on stderr).
int runEnrol(CliSession &session, const CliOptions &options);
int runSync(CliSession &session, const CliOptions &options);
int runDocuments(CliSession &session, const CliOptions &options);
int runDigest(CliSession &session, const CliOptions &options);
int runChannels(CliSession &session, const CliOptions &options);
int runReportBreach(CliSession &session, const CliOptions &options);
int runReportConcern(CliSession &session, const CliOptions &options);
int runReports(CliSession &session, const CliOptions &options);
// Without unlocking (the lock screen's "Lost something?").
int runReportLost(CliSession &session, const CliOptions &options);
int runSendEvidence(CliSession &session, const CliOptions &options);
int runOutbox(CliSession &session, const CliOptions &options);
// `consent` lists the permissions held; `consent withdraw REF` records a withdrawal.
int runConsent(CliSession &session, const CliOptions &options);
// clievidence.cpp: the audit trail with its chain check (exit 1 when broken), and the
// checklist set in force with every completion.
int runAudit(CliSession &session, const CliOptions &options);
int runChecklists(CliSession &session, const CliOptions &options);
// The paper register: list, `add INITIALS WHAT WHERE [SERVICE-USER]`, `return ID`.
int runPaper(CliSession &session, const CliOptions &options);
// clipolicy.cpp: the council's rules in force and whether this version may open documents.
int runPolicy(CliSession &session, const CliOptions &options);
// clilock.cpp: `change-pin` reads the current PIN then the new one from stdin (two lines);
// `lock-status` shows the lock state and the wrong-PIN count without unlocking.
int runChangePin(CliSession &session, const CliOptions &options);
int runLockStatus(CliSession &session, const CliOptions &options);

} // namespace safehaven::cli
