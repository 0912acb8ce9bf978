"""RPython translation target for Parley: one binary holding the JVM and
the CLR interpreters.  Untranslated: `python targetparley.py ARGS...`."""
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# Untranslated runs: keep RPython's tool modules from asking Mercurial for a
# version (it warns on stderr, which the differential tests compare).
os.environ.setdefault('PYPY_USESSION_BASENAME', 'parley')

from parley.main import main


def entry_point(argv):
    return main(argv)


def target(driver, args):
    driver.exe_name = 'parley-%(backend)s'
    return entry_point, None


def jitpolicy(driver):
    from rpython.jit.codewriter.policy import JitPolicy
    return JitPolicy()


if __name__ == '__main__':
    sys.setrecursionlimit(20000)
    sys.exit(entry_point(sys.argv))
