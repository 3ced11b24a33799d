#!/usr/bin/env bash
# Starts the packaged Candor the way a user's system would, with no Java on the PATH and nothing of this shell's
# environment: the image in target/dist/candor, then the .deb unpacked into a scratch root (dpkg -x). Each must
# print its help and today's queue for a sample database, and say nothing on stderr; the image and the .deb stay
# under their sizes' targets. Run by .ci/run after
# `mvn -B -Pdist package`; docs/INSTALL.md.
set -euo pipefail
dist=${1:-target/dist}
scratch=$(mktemp -d)
# The version jpackage gave the image (its launcher configuration), which `candor --version` must print.
version=$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$dist/candor/lib/app/candor.cfg")
trap 'rm -rf "$scratch"' EXIT

check() {
    local name=$1 launcher=$2 home=$scratch/home-$1
    mkdir -p "$home"
    run() { env -i HOME="$home" PATH=/nonexistent "$launcher" "$@" 2> "$home/stderr"; }
    run --help > "$home/help.txt"
    grep -q "Usage: candor" "$home/help.txt" || { echo "$name: --help printed no usage" >&2; exit 1; }
    run --version > "$home/version.txt"
    grep -q "^Candor $version" "$home/version.txt" || { echo "$name: --version printed no version $version" >&2; cat "$home/version.txt" >&2; exit 1; }
    run --db "$home/t.db" demo > /dev/null
    run --db "$home/t.db" alerts > "$home/alerts.txt"
    grep -q "^Follow-ups for " "$home/alerts.txt" || { echo "$name: alerts printed no queue" >&2; cat "$home/alerts.txt" >&2; exit 1; }
    if [ -s "$home/stderr" ]; then
        echo "$name: unexpected output on stderr:" >&2
        cat "$home/stderr" >&2
        exit 1
    fi
    echo "$name: help and alerts work ($(grep -c '^ *[0-9]*\. ' "$home/alerts.txt") follow-ups)"
}

# budget NAME BYTES LIMIT: the sizes a user downloads and installs stay within their targets (docs/PERFORMANCE.md).
budget() {
    if [ "$2" -ge "$3" ]; then
        echo "$1 is $(($2 / 1000000)) MB, over its $(($3 / 1000000)) MB target (docs/PERFORMANCE.md, \"Packaged start-up\")" >&2
        exit 1
    fi
    echo "$1: $(($2 / 1000000)) MB (target: under $(($3 / 1000000)) MB)"
}

check image "$dist/candor/bin/candor"
budget "the image" "$(du -s --apparent-size -B1 "$dist/candor" | cut -f1)" 100000000
deb=$(ls "$dist"/candor_*.deb 2> /dev/null | head -n 1 || true)
if [ -n "$deb" ]; then
    budget "the .deb" "$(stat -c %s "$deb")" 60000000
    dpkg -x "$deb" "$scratch/root"
    check deb "$scratch/root/opt/candor/bin/candor"
    entry=$scratch/root/opt/candor/lib/candor-candor.desktop
    grep -q "^Name=Candor$" "$entry" || { echo "deb: the desktop entry is not Candor's" >&2; cat "$entry" >&2; exit 1; }
    # The desktop finds the running window's entry, and so its icon, by the window's class (decision 0017).
    grep -q "^StartupWMClass=app.candor.ui.Candor$" "$entry" || {
        echo "deb: the desktop entry does not name Candor's window class" >&2
        exit 1
    }
    if grep -q "^MimeType=." "$entry"; then
        echo "deb: the desktop entry claims file types (Candor claims none)" >&2
        exit 1
    fi
else
    echo "no .deb in $dist (dpkg-deb or fakeroot missing when it was built)"
fi
