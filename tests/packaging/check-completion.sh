#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The shell completion and the man page against the binary itself: every command `gong-directory --help` lists and
# every option `--help` and `help <command>` print must be completed by bash and by zsh, and described in the man
# page under that command; the --columns keys are exactly `export --columns help`'s, the --format values are all
# accepted. bash runs the real completion function; zsh its real completion system (complete.zsh). A command or
# option added to the binary fails here until the completion scripts and the man page know it.
#   check-completion.sh <source-dir> <binary> <man page (.1)>
set -euo pipefail
source=$1
binary=$2
manpage=$3
bash_completion=$source/packaging/completion/gong-directory.bash
zsh_dir=$source/packaging/completion
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config LC_ALL=C.UTF-8
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# bash's candidates for a command line given as words (the last one is being completed).
bash_complete() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _gong_directory
             printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_completion" gong-directory "$@"
}
# zsh's candidates for a typed line.
zsh_complete() {
    timeout 60 zsh "$here/complete.zsh" "$zsh_dir" "gong-directory $*"
}
# The options in the "Options:" part of a help text, one a line: "-o", "--output", …
options_of() {
    awk '/^Options:/ { on = 1; next } on && /^[^ ]/ { on = 0 } on && /^  -/ { sub(/   .*/, ""); print }' |
        grep -oE -- '--?[A-Za-z0-9?][-A-Za-z0-9.]*' | sort -u
}
# Whether every line of file $2 is a line of file $1.
check_covers() { # <what> <offered> <wanted>
    local missing
    missing=$(comm -13 <(sort -u "$2") <(sort -u "$3"))
    test -z "$missing" || fail "$1 lacks: $(echo $missing)"
}

echo "== what the binary offers"
"$binary" --help >"$work/help.txt"
awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' "$work/help.txt" >"$work/commands"
test -s "$work/commands" || fail "--help lists no commands"
grep -qx export "$work/commands" || fail "--help does not list export"
options_of <"$work/help.txt" >"$work/options-window"
grep -qx -- --demo "$work/options-window" || fail "cannot read the window's options from --help"
while read -r command; do
    "$binary" help "$command" >"$work/help-$command.txt"
    options_of <"$work/help-$command.txt" >"$work/options-$command"
    test -s "$work/options-$command" || fail "help $command prints no options"
done <"$work/commands"
echo "commands: $(echo $(cat "$work/commands"))"

echo "== bash completes every command and option"
bash_complete "" >"$work/bash-commands"
check_covers "bash's commands" "$work/bash-commands" "$work/commands"
bash_complete help "" >"$work/bash-help-commands"
check_covers "bash's 'help <command>'" "$work/bash-help-commands" "$work/commands"
bash_complete - >"$work/bash-window"
check_covers "bash's window options" "$work/bash-window" "$work/options-window"
while read -r command; do
    bash_complete "$command" - >"$work/bash-$command"
    check_covers "bash's options of $command" "$work/bash-$command" "$work/options-$command"
done <"$work/commands"

echo "== zsh completes every command and option"
zsh_complete "" >"$work/zsh-commands"
check_covers "zsh's commands" "$work/zsh-commands" "$work/commands"
zsh_complete "help " >"$work/zsh-help-commands"
check_covers "zsh's 'help <command>'" "$work/zsh-help-commands" "$work/commands"
zsh_complete "-" >"$work/zsh-window"
check_covers "zsh's window options" "$work/zsh-window" "$work/options-window"
while read -r command; do
    zsh_complete "$command -" >"$work/zsh-$command"
    check_covers "zsh's options of $command" "$work/zsh-$command" "$work/options-$command"
done <"$work/commands"

echo "== the man page describes every command and option"
# Rendered as plain ASCII, so that \- is a plain hyphen; a section per .SH, a part per command (.SS).
MANWIDTH=120 man -l "$manpage" 2>/dev/null | col -bx >"$work/man.txt"
section() { # <.SH title>: its text
    awk -v title="$1" '/^[A-Z]/ { on = ($0 == title); next } on { print }' "$work/man.txt"
}
subsection() { # <.SS title under COMMANDS>
    section COMMANDS | awk -v title="$1" '/^   [^ ]/ { on = ($0 == "   " title); next } on { print }'
}
mentions() { # <text file> <word>: the word on its own, not as part of another
    grep -qE -- "(^|[^-A-Za-z0-9])$2([^-A-Za-z0-9]|$)" "$1"
}
described() { # <text file>: the options with a paragraph of their own (.TP items: "       -o, --output FILE")
    grep -E '^ {7}-' "$1" | sed -E 's/ [A-Z][A-Z]*$//' | grep -oE -- '--?[A-Za-z0-9?][-A-Za-z0-9.]*' | sort -u
}
section OPTIONS >"$work/man-window"
described "$work/man-window" >"$work/man-options-window"
check_covers "the man page's OPTIONS" "$work/man-options-window" "$work/options-window"
while read -r command; do
    subsection "$command" >"$work/man-$command"
    test -s "$work/man-$command" || fail "the man page has no part for '$command' under COMMANDS"
    described "$work/man-$command" >"$work/man-options-$command"
    check_covers "the man page's '$command'" "$work/man-options-$command" "$work/options-$command"
    grep -qE "^\.B gong-directory $command\b" "$manpage" || fail "the man page's SYNOPSIS lacks $command"
done <"$work/commands"

echo "== values: --format, --columns"
formats=$(bash_complete export --format "")
test -n "$formats" || fail "bash completes no --format values"
test "$(zsh_complete "export --format=" | sort)" = "$(echo "$formats" | sort)" || fail "bash and zsh differ on --format"
for format in $formats; do
    "$binary" export --demo=3 -q --format "$format" >/dev/null || fail "export refuses --format $format"
    mentions "$work/man-export" "$format" || fail "the man page does not name the format $format"
done
"$binary" export --columns help | awk 'NR > 1 { print $1 }' | sort >"$work/columns"
test "$(wc -l <"$work/columns")" -gt 20 || fail "cannot read export --columns help"
bash_complete export --columns "" | grep -vx help | sort >"$work/bash-columns"
cmp -s "$work/columns" "$work/bash-columns" || fail "bash's column keys differ: $(diff "$work/columns" "$work/bash-columns" | grep '^[<>]' | tr '\n' ' ')"
zsh_complete "export --columns " | grep -vx help | sort >"$work/zsh-columns"
cmp -s "$work/columns" "$work/zsh-columns" || fail "zsh's column keys differ: $(diff "$work/columns" "$work/zsh-columns" | grep '^[<>]' | tr '\n' ' ')"
# A comma list: the last key is completed, what comes before is kept, keys already there are not offered again.
test "$(bash_complete export --columns fullName,emailA)" = "fullName,emailAddress
fullName,emailAliases" || fail "bash does not complete a comma list"
! bash_complete export --columns fullName,title, | grep -q ',title,title$' || fail "bash offers a key twice"
test "$(zsh_complete "export --columns fullName,emailA" | sort | tr '\n' ' ')" = "emailAddress emailAliases " ||
    fail "zsh does not complete a comma list"
! zsh_complete "export --columns fullName,title," | grep -qx title || fail "zsh offers a key twice"
test "$(bash_complete export --output "$source/packaging/completion/gong")" = \
    "$source/packaging/completion/gong-directory.bash" || fail "bash does not complete --output with files"

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "completion and man page OK"
