"""pytest configuration for tests/: makes `import harness` work from every
test directory (tests/, tests/clr/, ...) and reports which VM is tested."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import pytest  # noqa: E402

import harness  # noqa: E402


def pytest_report_header(config):
    if harness.translated():
        vm = 'translated binary %s' % harness.PARLEY_BIN
    else:
        vm = 'untranslated: %s' % ' '.join(harness.parley_command())
    return ['parley: %s (timeout %ss)' % (vm, harness.parley_timeout()),
            'compiled test programs: %s' % harness.BUILD_ROOT]


def pytest_configure(config):
    if harness.PARLEY_BIN and not os.access(harness.PARLEY_BIN, os.X_OK):
        raise pytest.UsageError(
            'PARLEY_BIN=%s is not an executable file (run `make translate`)'
            % harness.PARLEY_BIN)
