# Small conveniences; CI itself runs .ci/run.
PY := .venv/bin/python
CORPUS := $(wildcard tests/corpus/dev tests/corpus/heldout)

.PHONY: test eval lint bench

test:
	$(PY) -m pytest

eval:
	.venv/bin/claimcheck-eval $(or $(CORPUS),$(error no tests/corpus/dev or tests/corpus/heldout yet))

lint:
	@if command -v ruff >/dev/null 2>&1; then ruff check src tests; else echo "ruff not installed; skipping lint"; fi

bench:
	$(PY) bench/bench.py
