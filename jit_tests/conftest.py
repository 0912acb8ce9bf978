"""pytest configuration for jit_tests/: they run the translated binary
($PARLEY_BIN, set by `make jit-test`) and use tests/harness.py."""

import os
import sys

TESTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                     'tests')
if TESTS not in sys.path:
    sys.path.insert(0, TESTS)

import pytest  # noqa: E402

import harness  # noqa: E402


@pytest.fixture(autouse=True)
def _require_translated_parley():
    if not harness.translated():
        pytest.fail('jit_tests need the translated VM: run `make jit-test` '
                    '(sets PARLEY_BIN=bin/parley)', pytrace=False)
    if not os.access(harness.PARLEY_BIN, os.X_OK):
        pytest.fail('PARLEY_BIN=%s is not executable' % harness.PARLEY_BIN,
                    pytrace=False)
