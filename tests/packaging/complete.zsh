#!/usr/bin/env zsh
# SPDX-License-Identifier: MIT
# Prints the candidates zsh's completion system offers for a command line, one a line, by typing it with a Tab into
# an interactive zsh (zsh/zpty) whose compadd records what it is given instead of showing it.
#   complete.zsh <folder with _gong-directory> <command line>
emulate -L zsh
zmodload zsh/zpty || { print -u2 "complete.zsh: zsh/zpty is missing"; exit 2 }
local dir=$1 typed=$2 line
local -i printing=0

zpty shell zsh -f -i
# Everything the shell needs, sent as one line: no prompt, the completion system over our folder, Tab completes,
# Enter does nothing, and compadd prints its candidates between two marker lines (the second ends the shell).
zpty -w shell "PROMPT= RPROMPT=; fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D;" \
  "bindkey '^I' complete-word; bindkey '^M' undefined-key; bindkey '^J' undefined-key;" \
  "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false;" \
  "__begin() { print -r -- @@begin; }; __end() { print -r -- @@end; exit; };" \
  "compprefuncs=( __begin ); comppostfuncs=( __end );" \
  "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi;" \
  "local -a hits; builtin compadd -A hits \"\$@\"; local h; for h in \$hits; do print -r -- \"@@hit \$h\"; done; };" \
  "print -r -- @@ready"
while zpty -r shell line; do
  [[ $line == @@ready* ]] && break
done
zpty -w -n shell "$typed"$'\t'
while zpty -r shell line; do
  line=${${line%$'\n'}%$'\r'}
  case $line in
    # The shell's echo of the typed line and its escape sequences may come first on a line.
    *@@begin*) printing=1 ;;
    *@@end*) break ;;
    *@@hit\ *) (( printing )) && print -r -- ${line#*@@hit }
  esac
done
zpty -d shell
