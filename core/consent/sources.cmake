# Permission to share, volunteers' access and share decisions (docs/permission-to-share.md).
target_sources(safehaven_core PRIVATE
    consent/consentbook.cpp consent/consentbook.h
    consent/consentrecord.cpp consent/consentrecord.h
    consent/sharedecision.cpp consent/sharedecision.h
)
