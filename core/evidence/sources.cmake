# Placement end and evidence: the paper register, the close-down, the audit digest, "what we
# hold about you" and the carer's data-protection training (docs/placement-end-and-evidence.md).
target_sources(safehaven_core PRIVATE
    evidence/auditdigest.cpp evidence/auditdigest.h
    evidence/heldrecords.cpp evidence/heldrecords.h
    evidence/paperregister.cpp evidence/paperregister.h
    evidence/training.cpp evidence/training.h
)
