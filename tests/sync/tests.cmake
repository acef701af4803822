# Tests for sync.
