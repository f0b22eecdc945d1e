# Dossier — research knowledge base for news reports.
#
# Targets:
#   make build        debug build of everything
#   make test         run the test suite (swift test)
#   make demo         fresh database in demo/, ingest SampleData/, show what was claimed about Xiaomi
#   make install      release build, installed as $(PREFIX)/bin/dossier (PREFIX=/usr/local)
#   make eval         score extraction on ../shared/eval/polnear (dev split; SPLIT=train for train)
#   make bench        release build, then time ingest, queries and export on a generated corpus (one table)
#   make bench-quick  the same at small sizes, in under a minute
#   make clean        remove build outputs and the demo database

PREFIX ?= /usr/local
SWIFT ?= swift
DEMO_DB := demo/dossier.db
SPLIT ?= dev

.PHONY: build test demo install eval bench bench-quick clean

build:
	$(SWIFT) build

test:
	$(SWIFT) test

demo: build
	@rm -rf demo && mkdir -p demo
	@echo '$$ dossier ingest SampleData/'
	@.build/debug/dossier ingest --db $(DEMO_DB) SampleData/
	@echo
	@echo '$$ dossier claims --entity Xiaomi'
	@.build/debug/dossier claims --db $(DEMO_DB) --entity Xiaomi
	@echo
	@echo '$$ dossier xref Xiaomi'
	@.build/debug/dossier xref --db $(DEMO_DB) Xiaomi

install:
	$(SWIFT) build -c release --product dossier
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/dossier $(DESTDIR)$(PREFIX)/bin/dossier

eval:
	$(SWIFT) build -c release --product dossier
	bash scripts/eval-polnear.sh .build/release/dossier $(SPLIT)

bench:
	$(SWIFT) build -c release --product dossier-bench
	.build/release/dossier-bench run

bench-quick:
	$(SWIFT) build -c release --product dossier-bench
	.build/release/dossier-bench run --quick

clean:
	rm -rf .build demo
