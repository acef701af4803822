# Tests for relay.
