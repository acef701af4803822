# Tests for e2e.
