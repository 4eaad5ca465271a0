# Build and install poortwachter (docs/installatie.md).
#
#   make                                  release build: .build/release/poortwachter
#   sudo make install                     into /usr/local
#   make install PREFIX=/opt/pw           elsewhere; DESTDIR=<map> puts it below a staging folder
#   sudo make uninstall                   removes the files install put there (and folders left empty)
#
# The binary carries the Swift runtime and Foundation (-static-stdlib, see Package.swift); it
# needs libxml2 at run time. `make install` builds only when the binary is missing, so
# `make && sudo make install` does not build as root.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
BIN := .build/release/poortwachter

bindir := $(DESTDIR)$(PREFIX)/bin
sharedir := $(DESTDIR)$(PREFIX)/share/poortwachter
mandir := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build install uninstall deb

all: build

build:
	@echo "swift build -c release: de eerste keer duurt dat enkele minuten"
	$(SWIFT) build -c release --product poortwachter

$(BIN):
	$(MAKE) build

install: $(BIN)
	install -d "$(bindir)" "$(sharedir)/schema" "$(sharedir)/voorbeelden" "$(mandir)" \
		"$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 755 "$(BIN)" "$(bindir)/poortwachter"
	install -d "$(sharedir)/Templates"
	cp -R Templates/. "$(sharedir)/Templates/"
	chmod -R u=rwX,go=rX "$(sharedir)/Templates"
	install -m 644 schema/poortwachter-1.schema.json "$(sharedir)/schema/"
	cp -R SampleCases/. "$(sharedir)/voorbeelden/"
	chmod -R u=rwX,go=rX "$(sharedir)/voorbeelden"
	"$(BIN)" --generate-completion-script bash > "$(DESTDIR)$(BASHDIR)/poortwachter"
	"$(BIN)" --generate-completion-script zsh > "$(DESTDIR)$(ZSHDIR)/_poortwachter"
	"$(BIN)" --generate-completion-script fish > "$(DESTDIR)$(FISHDIR)/poortwachter.fish"
	chmod 644 "$(DESTDIR)$(BASHDIR)/poortwachter" "$(DESTDIR)$(ZSHDIR)/_poortwachter" \
		"$(DESTDIR)$(FISHDIR)/poortwachter.fish"
	Scripts/maak-man.sh "$(BIN)" | gzip -9n > "$(mandir)/poortwachter.1.gz"
	chmod 644 "$(mandir)/poortwachter.1.gz"

uninstall:
	rm -f "$(bindir)/poortwachter" "$(mandir)/poortwachter.1.gz" "$(DESTDIR)$(BASHDIR)/poortwachter" \
		"$(DESTDIR)$(ZSHDIR)/_poortwachter" "$(DESTDIR)$(FISHDIR)/poortwachter.fish"
	rm -f "$(sharedir)/schema/poortwachter-1.schema.json"
	cd Templates && find . -type f -exec rm -f "$(sharedir)/Templates/{}" \;
	cd SampleCases && find . -type f -exec rm -f "$(sharedir)/voorbeelden/{}" \;
	-find "$(sharedir)" -depth -type d -empty -delete

deb: $(BIN)
	Scripts/maak-deb.sh
