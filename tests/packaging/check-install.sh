#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The installed tree, as the .deb lays it out: every file in its place, the desktop file, AppStream metadata, man
# page and copyright file valid, no placeholder address, and the binary built with Debian's hardening flags.
#   check-install.sh <source-dir> <build-dir> <expected-version> <expected Debian version>
set -euo pipefail
source=$1
build=$2
version=$3
debian_version=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app_id=io.github.gongdirectory.GongDirectory
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

echo "== install into a temporary root"
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >/dev/null
root=$work/root
doc=$root/usr/share/doc/gong-directory
for f in usr/bin/gong-directory \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    usr/share/man/man1/gong-directory.1.gz \
    usr/share/doc/gong-directory/copyright \
    usr/share/doc/gong-directory/changelog.gz \
    usr/share/doc/gong-directory/changelog.Debian.gz \
    usr/share/bash-completion/completions/gong-directory \
    usr/share/zsh/vendor-completions/_gong-directory; do
    test -s "$root/$f" || fail "missing: /$f"
done
out=$("$root/usr/bin/gong-directory" --version)
test "$out" = "gong-directory $version" || fail "--version says '$out'"

echo "== desktop file, icon"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
file "$root/usr/share/icons/hicolor/256x256/apps/$app_id.png" | grep -q "256 x 256" || fail "the PNG icon is not 256x256"

echo "== man page and changelog: gzipped without a timestamp, readable"
for gz in "$root/usr/share/man/man1/gong-directory.1.gz" "$doc/changelog.gz" "$doc/changelog.Debian.gz"; do
    gzip -t "$gz"
    # Bytes 4-7 of a gzip header are the modification time: 0 when made with -n (reproducible).
    test "$(od -An -tu4 -j4 -N4 "$gz" | tr -d ' ')" = 0 || fail "$gz carries a timestamp"
done
cmp <(gzip -dc "$doc/changelog.gz") "$source/CHANGELOG.md" || fail "changelog.gz is not CHANGELOG.md"
grep -q "^## Unreleased\|^## $version " "$source/CHANGELOG.md" || fail "CHANGELOG.md has no section for $version"
# The Debian changelog: an entry for this package version, in dpkg's format.
gzip -dc "$doc/changelog.Debian.gz" >"$work/changelog.Debian"
test "$(dpkg-parsechangelog -l "$work/changelog.Debian" -S Version)" = "$debian_version" ||
    fail "changelog.Debian.gz is not for $debian_version"
dpkg-parsechangelog -l "$work/changelog.Debian" -S Maintainer | grep -qE '^[^<]+ <[^@>]+@[^>]+>$' ||
    fail "changelog.Debian.gz has no maintainer address"
warnings=$(gzip -dc "$root/usr/share/man/man1/gong-directory.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)
test -z "$warnings" || fail "groff warns about the man page: $warnings"
gzip -dc "$root/usr/share/man/man1/gong-directory.1.gz" | grep -q "gong-directory $version" ||
    fail "the man page does not name version $version"

echo "== copyright: Debian's machine-readable format, the licence of LICENSE"
copyright=$doc/copyright
head -1 "$copyright" | grep -qx "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ||
    fail "copyright is not DEP-5"
grep -qx "License: Expat" "$copyright" || fail "copyright names no Expat (MIT) licence"
# The licence text, unindented, is LICENSE's from the permission notice on.
tac "$copyright" | sed '/^License: Expat$/q' | tac | tail -n +2 | sed 's/^ //; s/^\.$//' >"$work/terms"
sed -n '/^Permission/,$p' "$source/LICENSE" >"$work/license-terms"
cmp "$work/terms" "$work/license-terms" || fail "the copyright file's licence text differs from LICENSE"
grep -q "^Copyright: $(sed -n 's/^Copyright (c) //p' "$source/LICENSE")$" "$copyright" ||
    fail "copyright and LICENSE name different holders"
# Every source file says MIT.
missing=$(find "$source" \( -path "$source/build*" -o -path "$source/.git" \) -prune -o -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name CMakeLists.txt -o -name '*.cmake' -o -name '*.sh' -o -name '*.zsh' \
    -o -path "$source/scripts/*" -o -path "$source/packaging/completion/*" \) -print | while read -r f; do
    head -3 "$f" | grep -q "SPDX-License-Identifier: MIT" || echo "${f#"$source"/}"
done)
test -z "$missing" || fail "files without an MIT SPDX line: $missing"

echo "== AppStream: valid, no placeholder, captions <= 50 characters"
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
check_metainfo() { # <metainfo>
    ! grep -nE '\.invalid|example\.invalid|@[^ ]*\.invalid' "$1" || fail "placeholder address in $1"
    local caption
    while IFS= read -r caption; do
        test "${#caption}" -le 50 || fail "caption longer than 50 characters: $caption"
    done < <(grep -o '<caption>[^<]*</caption>' "$1" | sed 's/<[^>]*>//g')
    grep -q "<release version=\"$version\"" "$1" || fail "no release $version in $1"
    # No network here: the URLs cannot be fetched, everything else is checked.
    appstreamcli validate --pedantic --no-net "$1"
}
check_metainfo "$metainfo"
# This build sets no homepage, bug tracker or contact: none is written, and appstream-util's checks that do not
# ask for them pass.
for tag in '<url ' '<update_contact>' '<screenshots>'; do
    ! grep -q "$tag" "$metainfo" || fail "$tag written although not configured"
done
appstream-util validate-relax --nonet "$metainfo"
# With them set (as a distributor would), each appears once and appstream-util's strict validation passes.
cmake -DSOURCE_DIR="$source" -DOUTPUT_DIR="$work/configured" -DVERSION="$version" -DRELEASE_DATE=2026-11-29 \
    -DHOMEPAGE=https://gong-directory.example.org "-DBUGTRACKER=https://gong-directory.example.org/issues?a=1&b=2" \
    -DCONTACT=maintainers@gong-directory.example.org \
    -DSCREENSHOTS=https://gong-directory.example.org/docs/screenshots -P "$source/packaging/package-files.cmake"
configured=$work/configured/$app_id.metainfo.xml
check_metainfo "$configured"
grep -q '<url type="homepage">https://gong-directory.example.org</url>' "$configured" || fail "no homepage"
grep -q '<url type="bugtracker">https://gong-directory.example.org/issues?a=1&amp;b=2</url>' "$configured" ||
    fail "no (escaped) bug tracker"
grep -q '<update_contact>maintainers@gong-directory.example.org</update_contact>' "$configured" || fail "no contact"
test "$(grep -c '<screenshot[ >]' "$configured")" = 3 || fail "not three screenshots"
appstream-util validate-strict --nonet "$configured"
grep -q '^Upstream-Contact: maintainers@gong-directory.example.org$' "$work/configured/copyright" ||
    fail "no Upstream-Contact in the copyright file"
grep -q 'REPORTING BUGS' "$work/configured/gong-directory.1" || fail "no REPORTING BUGS in the man page"
warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$work/configured/gong-directory.1" 2>&1)
test -z "$warnings" || fail "groff warns about the configured man page: $warnings"

echo "== the binary: Debian's hardening flags, no .comment section"
binary=$root/usr/bin/gong-directory
readelf -lW "$binary" | grep -q GNU_RELRO || fail "no RELRO"
readelf -dW "$binary" | grep -qE 'BIND_NOW|FLAGS.*NOW' || fail "not linked with -z now"
readelf -hW "$binary" | grep -q 'DYN (Position-Independent Executable' || fail "not a PIE"
# Read whole first: `grep -q` stops at the first match and nm, still writing, dies of SIGPIPE, which pipefail
# counts as a failure once the symbol list outgrows the pipe's buffer.
symbols=$(nm -D "$binary")
grep -q '__stack_chk_fail' <<<"$symbols" || fail "no stack protector"
grep -qE '__[a-z_]+_chk(@|$)' <<<"$symbols" || fail "no fortified functions (_FORTIFY_SOURCE)"
! readelf -SW "$binary" | grep -q '\.comment' || fail "the installed binary has a .comment section"
echo "install OK"
