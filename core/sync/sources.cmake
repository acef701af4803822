# The packet protocol (docs/sync-protocol.md), enrolment, outbox and inbox.
target_sources(safehaven_core PRIVATE
    sync/appversion.cpp sync/appversion.h
    sync/cborfields.cpp sync/cborfields.h
    sync/deviceenrolment.cpp sync/deviceenrolment.h
    sync/documentstore.cpp sync/documentstore.h
    sync/enrolment.cpp sync/enrolment.h
    sync/inbox.cpp sync/inbox.h
    sync/keypairs.cpp sync/keypairs.h
    sync/outbox.cpp sync/outbox.h
    sync/packetcodec.cpp sync/packetcodec.h
    sync/packetheader.cpp sync/packetheader.h
    sync/packettype.cpp sync/packettype.h
    sync/receivecheck.cpp sync/receivecheck.h
    sync/syncsession.cpp sync/syncsession.h
    sync/syncstore.cpp sync/syncstore.h
)
# The running version, for the council's minimum (appversion.cpp only, so a version bump
# rebuilds one file).
set_source_files_properties(sync/appversion.cpp PROPERTIES
    COMPILE_DEFINITIONS "SAFEHAVEN_APP_VERSION=\"${PROJECT_VERSION}\"")
