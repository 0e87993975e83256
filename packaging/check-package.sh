#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs into a temporary root and validates the desktop file and AppStream metainfo there,
# then builds the .deb, unpacks it into another temporary root and runs the binary from it.
#   check-package.sh <build-dir> <expected-version>
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app_id=io.github.gongdirectory.GongDirectory

echo "== install into a temporary root"
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >/dev/null
for f in usr/bin/gong-directory \
         "usr/share/applications/$app_id.desktop" \
         "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         usr/share/man/man1/gong-directory.1; do
    test -s "$work/root/$f" || { echo "missing: $f"; exit 1; }
done
desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --pedantic "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "release version=\"$version\"" "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
file "$work/root/usr/share/icons/hicolor/256x256/apps/$app_id.png" | grep -q "256 x 256"
man -l "$work/root/usr/share/man/man1/gong-directory.1" >/dev/null 2>&1 || groff -man -Tutf8 -ww -z "$work/root/usr/share/man/man1/gong-directory.1"

echo "== build the .deb"
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/*.deb)
dpkg-deb --info "$deb" | tee "$work/info.txt" | grep -E "Package|Version|Depends|Section"
grep -q "Version: $version" "$work/info.txt"
grep -q "Depends:.*libqt6widgets6" "$work/info.txt"
grep -q "Depends:.*libqt6svg6" "$work/info.txt" # the icons are SVG
grep -q "Depends:.*libqt6sql6-sqlite" "$work/info.txt" # the offline copy's SQLite driver (a plugin)
grep -q "Section: utils" "$work/info.txt"

echo "== run from the unpacked .deb"
dpkg-deb -x "$deb" "$work/unpacked"
out=$("$work/unpacked/usr/bin/gong-directory" --version)
echo "$out"
test "$out" = "gong-directory $version"
# The headless export needs no display: unset DISPLAY and ask for xcb, so a QApplication would abort.
csv=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "$work/unpacked/usr/bin/gong-directory" export --demo=50 --format csv -q)
rows=$(printf '%s\n' "$csv" | grep -c . )
echo "export --demo=50 --format csv: $rows lines"
test "$rows" -eq 51
echo "packaging OK"
