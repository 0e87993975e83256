#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The .deb and its -dbgsym, built from this build tree with CPack, as Debian's own tools see them: the control
# fields (one Description, dependencies, recommendations), lintian with no error or warning (and no info or pedantic
# tag that is not listed below with its reason), the debug symbols matching the stripped binary, and — installed
# into an empty root by apt's resolver — dependencies that cover every shared object the running app maps: the
# window under Xvfb (xcb), the headless export, and a saved connection read from a real keychain.
#   check-deb.sh <source-dir> <build-dir> <expected-version> <expected Debian version>
set -euo pipefail
source=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
version=$3
debian_version=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
arch=$(dpkg --print-architecture)
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $* (${SECONDS} s)"; }

# Tags below warning that lintian may report, each with the reason it stays. Any other tag fails the test.
allowed_tags=(
    # lintian's spell check reads every string in the binary; it finds "Lik" in the compressed resource data (the
    # embedded catalogs and icons), which is no text of ours.
    spelling-error-in-binary
)

step "build the .deb and its -dbgsym (CPack)"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack.log") ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$work/deb/gong-directory_${debian_version}_${arch}.deb
dbgsym=$work/deb/gong-directory-dbgsym_${debian_version}_${arch}.ddeb
test -f "$deb" || fail "no $deb: $(ls "$work/deb")"
test -f "$dbgsym" || fail "no $dbgsym: $(ls "$work/deb")"

step "control fields"
dpkg-deb --info "$deb" | tee "$work/info.txt"
field() { dpkg-deb -f "$deb" "$1"; }
test "$(field Version)" = "$debian_version" || fail "Version is not $debian_version"
test "$(field Section)" = utils || fail "Section is not utils"
# One Description: the summary, then lines indented by one space, under 80 columns, no stray list separators.
description=$(dpkg-deb -f "$deb" Description)
test "$(head -1 <<<"$description")" = "Browse, search and export the people in a Gong account" || fail "summary: $description"
tail -n +2 <<<"$description" | while IFS= read -r line; do
    [[ $line == " "* ]] || fail "Description line not indented: '$line'"
    [[ $line != *";"* ]] || fail "Description line with a ';': '$line'"
    test "${#line}" -lt 80 || fail "Description line of ${#line} columns: '$line'"
done
test "$(tail -n +2 <<<"$description" | wc -l)" -ge 4 || fail "the long description is missing"
depends=$(field Depends)
for dep in libsecret-1-0 libqt6svg6 libqt6sql6-sqlite libxcursor1 libqt6widgets6 libqt6keychain1 libqt6httpserver6 libc6; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done
test "$(field Recommends)" = "qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc" ||
    fail "Recommends: $(field Recommends)"
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is not 'Name <address>': $(field Maintainer)"
! grep -qiE '\.invalid|example\.invalid' "$work/info.txt" || fail "a placeholder address in the control fields"

step "contents"
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
for f in /usr/bin/gong-directory /usr/share/doc/gong-directory/copyright /usr/share/doc/gong-directory/changelog.gz \
    /usr/share/doc/gong-directory/changelog.Debian.gz \
    /usr/share/man/man1/gong-directory.1.gz /usr/share/bash-completion/completions/gong-directory \
    /usr/share/zsh/vendor-completions/_gong-directory /usr/share/metainfo/io.github.gongdirectory.GongDirectory.metainfo.xml; do
    grep -qx "$f" "$work/contents" || fail "the .deb lacks $f"
done

step "debug symbols: -dbgsym holds them, the binary is stripped and points at them"
dpkg-deb -x "$deb" "$work/unpacked"
dpkg-deb -x "$dbgsym" "$work/dbgsym"
binary=$work/unpacked/usr/bin/gong-directory
test "$(dpkg-deb -f "$dbgsym" Package)" = gong-directory-dbgsym || fail "the dbgsym package is misnamed"
test "$(dpkg-deb -f "$dbgsym" Depends)" = "gong-directory (= $debian_version)" || fail "dbgsym Depends: $(dpkg-deb -f "$dbgsym" Depends)"
build_id=$(readelf -nW "$binary" 2>/dev/null | sed -n 's/.*Build ID: //p')
debug=$work/dbgsym/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug
test -s "$debug" || fail "no debug file for build id $build_id"
readelf -SW "$debug" 2>/dev/null | grep -q '\.debug_info' || fail "the debug file has no .debug_info"
test "$(readlink "$work/dbgsym/usr/share/doc/gong-directory-dbgsym")" = gong-directory ||
    fail "the dbgsym's documentation is not a link to gong-directory's"
! readelf -SW "$binary" | grep -q '\.debug_info' || fail "the packaged binary still has debug info"
readelf -SW "$binary" | grep -q '\.gnu_debuglink' || fail "the packaged binary has no debug link"
! readelf -SW "$binary" | grep -q '\.comment' || fail "the packaged binary has a .comment section"

step "lintian"
# lintian checks the hardening (fortify, stack protector, RELRO, bindnow), the copyright and changelog, the man page.
lintian --display-info --pedantic --display-experimental --tag-display-limit 0 "$deb" "$dbgsym" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
grep -E '^[EW]: ' "$work/lintian.txt" && fail "lintian reports errors or warnings"
while read -r tag; do
    [[ " ${allowed_tags[*]} " == *" $tag "* ]] || fail "lintian tag '$tag' is not among the accepted ones"
done < <(sed -nE 's/^[IPX]: [^ ]+: ([^ ]+).*/\1/p' "$work/lintian.txt" | sort -u)

step "dependencies installed into an empty root (apt's resolver, simulated)"
test -n "$(find /var/lib/apt/lists -name '*Packages*' -print -quit 2>/dev/null)" ||
    fail "apt has no package lists: run 'apt-get update' (scripts/install-deps does)"
: >"$work/status"
apt-get -s -q -o Dir::State::status="$work/status" -o Debug::NoLocking=1 --no-install-recommends \
    install "$deb" >"$work/apt.txt" 2>&1 || { cat "$work/apt.txt"; fail "apt cannot install the .deb into an empty root"; }
sed -nE 's/^Inst ([^ ]+) .*/\1/p' "$work/apt.txt" | sed 's/:.*//' | sort -u >"$work/closure"
grep -qx gong-directory "$work/closure" || fail "apt would not install gong-directory: $(cat "$work/apt.txt")"
echo "$(wc -l <"$work/closure") packages would be installed"

step "every shared object the running app maps comes with those packages"
# The dynamic loader names each object it initialises (LD_DEBUG=files), dlopen()ed plugins and libraries included.
# Only the app is logged, not the X server or the keyring it runs beside.
mkdir -p "$work/home"
# app <name> <arguments…>: the app, with the loader's log in $work/ld-<name>.* (a script: the wrappers run sh).
cat >"$work/app" <<EOF
#!/bin/sh
name=\$1
shift
exec env LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld-\$name" HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \\
    QT_LOGGING_RULES= "$binary" "\$@"
EOF
chmod +x "$work/app"
# 1. The window on the X server the tests use (xcb), with the demo company, until its first rows are painted.
xvfb-run -a -s "-screen 0 1280x800x24" env GONGDIR_BENCH_EXIT_AFTER_PAINT=rows "$work/app" window --demo=200 \
    >"$work/out-window" 2>"$work/err-window" || true
grep -q "gongdir-bench rows" "$work/out-window" || fail "the window did not paint its rows: $(cat "$work/err-window")"
# 2. The headless export.
env -u DISPLAY -u WAYLAND_DISPLAY "$work/app" export export --demo=50 -q -o "$work/people.csv" ||
    fail "the export failed"
# 3. A saved connection whose secrets are read from a real Secret Service (QtKeychain opens libsecret then).
mkdir -p "$work/home/.config/GongDirectory"
printf '[connections]\np1\\name=Acme\np1\\baseUrl=https://us-1.api.gong.io\np1\\authMethod=accessKey\np1\\rememberSecrets=true\n' \
    >"$work/home/.config/GongDirectory/gong-directory.conf"
"$source/tests/keychain/run-with-keyring.sh" "$work/app" keychain export --profile Acme -q 2>"$work/err-keychain" || true
grep -q "None are saved in the system keychain" "$work/err-keychain" ||
    fail "the keychain was not asked: $(cat "$work/err-keychain")"

# The app's own logs: processes it starts (the X11 autolaunch of a session bus: dbus-launch, dbus-daemon) log too.
grep -l -F "needed by $binary [0]" "$work"/ld-* | xargs cat | sed -nE 's/.*calling init: (.*)$/\1/p' |
    sort -u >"$work/objects"
for plugin in platforms/libqxcb.so iconengines/libqsvgicon.so libsecret-1.so.0 tls/libqopensslbackend.so; do
    grep -q "$plugin" "$work/objects" || fail "the loader's log lacks $plugin: the run did not exercise it"
done
# Which package owns each: dpkg knows a file by the path it was packaged under (/lib or /usr/lib, before or after
# symbolic links), so every spelling is asked, all at once.
while read -r object; do
    real=$(readlink -f "$object")
    printf '%s\n' "$object" "${object#/usr}" "$real" "${real#/usr}"
done <"$work/objects" | sort -u >"$work/spellings"
xargs dpkg -S <"$work/spellings" 2>/dev/null | sed -E 's/^([^:]+)(:[^:]+)?: (.*)$/\3 \1/' | sort -u >"$work/owners" || true
uncovered=
while read -r object; do
    [[ $object == "$work"/* ]] && continue # our own binary
    real=$(readlink -f "$object")
    owner=
    for spelling in "$object" "${object#/usr}" "$real" "${real#/usr}"; do
        owner=$(awk -v p="$spelling" '$1 == p { print $2; exit }' "$work/owners")
        test -n "$owner" && break
    done
    test -n "$owner" || fail "no package owns $object"
    grep -qx "$owner" "$work/closure" || [[ $(dpkg-query -W -f '${Essential}' "$owner") == yes ]] ||
        uncovered+="$owner ($object) "
done <"$work/objects"
test -z "$uncovered" || fail "mapped at run time but not pulled in by the dependencies: $uncovered"
echo "$(wc -l <"$work/objects") shared objects mapped, each from a package the .deb pulls in"

step "run from the unpacked .deb"
out=$("$binary" --version)
test "$out" = "gong-directory $version" || fail "--version says '$out'"
test "$(grep -c . "$work/people.csv")" -eq 51 || fail "export --demo=50 wrote $(grep -c . "$work/people.csv") lines"
echo "deb OK (${SECONDS} s)"
