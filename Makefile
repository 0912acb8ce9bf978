# Parley build infrastructure.
#
#   make                  setup + translate + run the java-uses-csharp demo
#   make test             run the test suite on the untranslated VM (CPython 2.7)
#   make translate        build bin/parley (RPython, -Ojit); only if sources changed
#   make test-translated  run the same test suite against bin/parley
#   make jit-test         run jit_tests/ against bin/parley
#   make bench            benchmarks/bench.py: bin/parley vs java vs mono
#   make clean            remove build outputs (keeps .venv); distclean also .venv
#
# Variables: PYTEST_ARGS="-k foo -x" (extra pytest arguments),
#            BENCH_ARGS="--runs 3", CFLAGS=... (passed to RPython's C compiler;
#            gcc 12 + rpython 0.2.1 was tested to work without -fcommon).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
.NOTPARALLEL:
.DELETE_ON_ERROR:

VENV        := .venv
VPY         := $(VENV)/bin/python
STAMP       := $(VENV)/.parley-setup-stamp
PYTHON3     ?= python3
PYTEST_ARGS ?=
BENCH_ARGS  ?=
PARLEY_BIN_ABS := $(abspath bin/parley)

export PIP_DISABLE_PIP_VERSION_CHECK := 1
# the Java half of the core library must compile (parley/jvm/bootlib.py)
export PARLEY_LIB_STRICT := 1
export DEBIAN_FRONTEND := noninteractive

# Sources whose change requires a re-translation (the Java half of the core
# library is compiled and embedded into the binary too).  bin/parley is
# stamped with the time its translation started, so a source edited during
# a translation makes it stale.
PARLEY_SRCS := $(shell find parley -name '*.py' -o -name '*.java' -o -name '*.cs' 2>/dev/null) $(wildcard targetparley.py)

.PHONY: all setup deps venv translate demo test test-translated jit-test \
        bench clean distclean

all: setup translate demo

# ---------------------------------------------------------------- setup --

setup: deps venv

venv: $(STAMP)

# The Python 2.7 interpreter: pyenv's 2.7.18, else python2.7 on PATH.
$(STAMP): requirements.txt
	@py27=""; \
	if command -v pyenv >/dev/null 2>&1 && p="$$(pyenv prefix 2.7.18 2>/dev/null)" \
	   && [ -x "$$p/bin/python" ]; then py27="$$p/bin/python"; \
	elif [ -x "$${PYENV_ROOT:-$$HOME/.pyenv}/versions/2.7.18/bin/python" ]; then \
	   py27="$${PYENV_ROOT:-$$HOME/.pyenv}/versions/2.7.18/bin/python"; \
	elif command -v python2.7 >/dev/null 2>&1; then py27="$$(command -v python2.7)"; \
	else \
	   echo "error: no Python 2.7 found: need pyenv's 2.7.18 (pyenv install 2.7.18)" \
	        "or python2.7 on PATH" >&2; exit 1; \
	fi; \
	echo "setup: using Python 2.7 at $$py27"; \
	if [ ! -x $(VPY) ]; then \
	   if ! "$$py27" -m virtualenv --version >/dev/null 2>&1; then \
	      echo "setup: installing virtualenv==20.15.1 into $$py27"; \
	      "$$py27" -m pip --version >/dev/null 2>&1 || "$$py27" -m ensurepip; \
	      "$$py27" -m pip install virtualenv==20.15.1; \
	   fi; \
	   rm -rf $(VENV); \
	   "$$py27" -m virtualenv $(VENV); \
	fi
	$(VENV)/bin/pip install -r requirements.txt
	@touch $@

# Debian packages: nothing runs when every tool is already on PATH.
deps:
	@pkgs=""; \
	need() { command -v "$$1" >/dev/null 2>&1 || pkgs="$$pkgs $$2"; }; \
	need mono   mono-devel; \
	need mcs    mono-mcs; \
	need ilasm  mono-devel; \
	need jasmin jasmin-sable; \
	need java   openjdk-17-jdk-headless; \
	need javac  openjdk-17-jdk-headless; \
	need gcc    gcc; \
	pkgs="$$(echo $$pkgs | tr ' ' '\n' | sort -u | tr '\n' ' ')"; \
	if [ -n "$${pkgs// /}" ]; then \
	   sudo=""; \
	   if [ "$$(id -u)" != 0 ]; then \
	      command -v sudo >/dev/null 2>&1 || { echo "error: need root to install:$$pkgs" >&2; exit 1; }; \
	      sudo="sudo -n"; \
	   fi; \
	   echo "setup: installing Debian packages: $$pkgs"; \
	   $$sudo apt-get update; \
	   $$sudo apt-get install -y --no-install-recommends $$pkgs; \
	fi; \
	for t in mono mcs ilasm jasmin java javac gcc; do \
	   command -v $$t >/dev/null 2>&1 || { echo "error: $$t still missing after setup" >&2; exit 1; }; \
	done

# ------------------------------------------------------------ translate --

translate: setup bin/parley

bin/parley: $(PARLEY_SRCS) | $(STAMP)
	@test -f targetparley.py || { echo "error: targetparley.py does not exist" >&2; exit 1; }
	@mkdir -p build/usession bin
	@rm -f build/parley-c
	@echo "translate: rpython --batch -Ojit targetparley.py (log: build/translate.log)"
	@start=$$(date +%s); \
	if ! ( cd build && PYPY_USESSION_DIR="$(abspath build/usession)" \
	       ../$(VPY) -m rpython --batch -Ojit --output=parley-c ../targetparley.py \
	     ) > build/translate.log 2>&1 || [ ! -x build/parley-c ]; then \
	   echo "---- tail of build/translate.log ----" >&2; \
	   tail -n 60 build/translate.log >&2; \
	   echo "error: translation failed after $$(( $$(date +%s) - start )) s" \
	        "(full log: build/translate.log)" >&2; \
	   exit 1; \
	fi; \
	mv -f build/parley-c bin/parley; \
	touch -d "@$$start" bin/parley; \
	echo "translate: built bin/parley in $$(( $$(date +%s) - start )) s"

# ----------------------------------------------------------------- demo --

demo: translate
	@test -f examples/java-uses-csharp/run.sh || \
	  { echo "error: examples/java-uses-csharp/run.sh does not exist" >&2; exit 1; }
	bash examples/java-uses-csharp/run.sh $(PARLEY_BIN_ABS)

# ---------------------------------------------------------------- tests --

test: setup
	$(VPY) -m pytest tests -q $(PYTEST_ARGS)

test-translated: translate
	PARLEY_BIN=$(PARLEY_BIN_ABS) $(VPY) -m pytest tests -q $(PYTEST_ARGS)

jit-test: translate
	PARLEY_BIN=$(PARLEY_BIN_ABS) $(VPY) -m pytest jit_tests -q $(PYTEST_ARGS)

bench: translate
	$(PYTHON3) benchmarks/bench.py $(BENCH_ARGS)

# ---------------------------------------------------------------- clean --

clean:
	rm -rf build bin/parley targetparley-c .pytest_cache .hypothesis \
	       tests/.pytest_cache jit_tests/.pytest_cache
	find . -path ./.venv -prune -o -path ./.git -prune -o \
	     -type d -name __pycache__ -prune -exec rm -rf {} + -o \
	     -type f -name '*.pyc' -exec rm -f {} +
	find tests jit_tests examples benchmarks -type f \
	     \( -name '*.class' -o -name '*.exe' -o -name '*.dll' -o -name '*.jar' \
	        -o -name '*.mdb' \) -exec rm -f {} + 2>/dev/null || true

distclean: clean
	rm -rf $(VENV)
