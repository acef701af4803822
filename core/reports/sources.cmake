# Breach reports and confidentiality concerns (docs/breach-reporting.md): drafts in the vault,
# sending on the standing breach channel, the two clocks, and reports sealed on the lock screen.
target_sources(safehaven_core PRIVATE
    reports/breachclock.cpp reports/breachclock.h
    reports/reportbook.cpp reports/reportbook.h
    reports/reportfields.cpp reports/reportfields.h
    reports/lockedreports.cpp reports/lockedreports.h
)
