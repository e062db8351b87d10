#!/usr/bin/env bash
# The man page is in step with --help: every option --help lists, every
# rule id, every exit status and the version appear in it, and it renders
# without a groff warning. Output is TAP. Usage: manpage.sh BINARY MANPAGE
set -u
bin=$(realpath "$1"); page=$2
source "$(dirname "$0")/../lib/tap.sh"
[ -f "$page" ] || { echo "not ok 1 - $page exists"; echo "1..1"; exit 1; }
# The page's text with troff's escaped hyphens and backslashes plain.
text=$(sed -e 's/\\-/-/g' -e 's/\\e/\\/g' -e 's/\\fB//g; s/\\fR//g; s/\\fI//g' "$page")
help=$("$bin" --help)
options=$(sed -n '/^Options:/,/^Rules/p' <<<"$help" | grep -oE '^ +(-[a-z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*')
[ "$(wc -l <<<"$options")" -ge 20 ] && ok "--help lists $(wc -l <<<"$options") options" || bad "--help lists the options" "$options"
missing=()
for o in $options; do grep -qE -- "(^|[^a-z-])$o([^a-z-]|$)" <<<"$text" || missing+=("$o"); done
[ ${#missing[@]} -eq 0 ] && ok "every option in --help is in the man page" || bad "every option in --help is in the man page" "missing: ${missing[*]}"
short=$(sed -n '/^Options:/,/^Rules/p' <<<"$help" | grep -oE '^ +-[a-z],' | tr -d ' ,')
missing=()
for o in $short; do grep -qE -- "(^|[^a-z-])$o([^a-z-]|$)" <<<"$text" || missing+=("$o"); done
[ ${#missing[@]} -eq 0 ] && ok "every short option is in the man page" || bad "every short option is in the man page" "missing: ${missing[*]}"
rules=$(sed -n '/^Rules/,/^Actions/p' <<<"$help" | grep -oE '^  [a-z][a-z-]+' | tr -d ' ')
missing=()
for r in $rules; do grep -qE "^\.B $r\$" "$page" || missing+=("$r"); done
[ ${#missing[@]} -eq 0 ] && ok "every rule ($(wc -w <<<"$rules")) has an entry in RULES" || bad "every rule has an entry in RULES" "missing: ${missing[*]}"
codes=$(sed -n '/^Exit status:/,/^$/p' <<<"$help" | grep -oE '^  [0-9]' | tr -d ' ')
missing=()
for c in $codes; do grep -qE "^\.B $c\$" "$page" || missing+=("$c"); done
[ ${#missing[@]} -eq 0 ] && [ -n "$codes" ] && ok "every exit status is in EXIT STATUS" || bad "every exit status is in EXIT STATUS" "missing: ${missing[*]}"
version=$("$bin" --version | awk '{print $2}')
grep -q "^\.TH DB9-SANITIZE 1 .*\"db9-sanitize $version\"" "$page" && ok "the page's version is $version" || bad "the page's version is $version" "$(grep '^\.TH' "$page")"
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
  [ -z "$warnings" ] && ok "groff renders it without a warning" || bad "groff renders it without a warning" "$warnings"
else
  bad "groff renders it without a warning" "groff is not installed"
fi
echo "1..$n"
[ $failed -eq 0 ]
