# The packet protocol (docs/sync-protocol.md), enrolment, outbox and inbox.
target_sources(safehaven_core PRIVATE
    sync/cborfields.cpp sync/cborfields.h
    sync/enrolment.cpp sync/enrolment.h
    sync/keypairs.cpp sync/keypairs.h
    sync/packetcodec.cpp sync/packetcodec.h
    sync/packetheader.cpp sync/packetheader.h
    sync/packettype.cpp sync/packettype.h
    sync/receivecheck.cpp sync/receivecheck.h
)
