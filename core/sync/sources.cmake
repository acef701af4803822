# The packet protocol (docs/sync-protocol.md), enrolment, outbox and inbox.
