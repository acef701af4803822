# Tests for council.
