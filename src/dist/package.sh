#!/usr/bin/env bash
# Builds Candor as a desktop app with the JDK's own tools (docs/INSTALL.md):
#  1. a runtime holding only the modules Candor needs, JavaFX among them as modules (jlink);
#  2. the application image target/dist/candor, whose bin/candor opens the window or, with arguments, runs a
#     command in the terminal (jpackage), with the JVM options of src/dist/java-options;
#  3. a class-data archive of what the window and the commands load, from a training run (-Dcandor.trainingRun=true
#     paints Today once and closes) on Xvfb where it is installed, else headless through Monocle, dumped next to the
#     jars (lib/app/candor.jsa);
#  4. on Linux, the .deb made from the image; it dumps the archive again where it installs (the archive names the
#     jars by their paths).
# Run by `mvn -B -Pdist package`, which passes: the build folder, the version, the local Maven repository (for the
# JavaFX module jars of this platform and the headless toolkit of the training run) and the JavaFX version.
set -euo pipefail
target=$1 version=$2 repository=$3 javafx_version=$4
here=$(cd "$(dirname "$0")" && pwd)
icon=$here/linux/candor.png
case "$(uname -s)-$(uname -m)" in
    Linux-aarch64) platform=linux classifier=linux-aarch64 natives="Linux/aarch64 Linux-Musl/aarch64" ;;
    Linux-*) platform=linux classifier=linux natives="Linux/x86_64 Linux-Musl/x86_64" ;;
    Darwin-arm64) platform=mac classifier=mac-aarch64 natives="Mac/aarch64" icon=$here/mac/candor.icns ;;
    Darwin-*) platform=mac classifier=mac natives="Mac/x86_64" icon=$here/mac/candor.icns ;;
    *) platform=win classifier=win natives="Windows/x86_64" icon=$here/win/candor.ico ;;
esac
sep=:
[ "$platform" = win ] && sep=';'
javafx=
for m in base graphics controls; do
    jar=$repository/org/openjfx/javafx-$m/$javafx_version/javafx-$m-$javafx_version-$classifier.jar
    [ -f "$jar" ] || { echo "package.sh: $jar is missing (mvn dependency:resolve fetches it)" >&2; exit 1; }
    javafx=${javafx:+$javafx$sep}$jar
done
dist=$target/dist
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
for tool in jlink jpackage jar; do
    command -v "${jdk_bin}$tool" > /dev/null || { echo "package.sh: ${jdk_bin}$tool is missing: a full JDK 17+ is needed" >&2; exit 1; }
done
rm -rf "$dist/runtime" "$dist/candor" "$dist/candor.app" "$dist/input" "$dist/training" "$dist"/*.deb "$dist"/*.msi \
    "$dist"/*.dmg
mkdir -p "$dist/input" "$dist/training"

# 1. The Java modules Candor and its libraries use (jdeps --print-module-deps over the class path), plus what only
# shows at run time: TLS with elliptic curves (IMAP), other languages' dates and numbers, the mail charsets.
modules=java.base,java.desktop,java.management,java.naming,java.net.http,java.security.sasl,java.sql
modules=$modules,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,javafx.controls
# Dates and numbers in the languages of most of Candor's likely users; the rest fall back to English forms.
locales=en,de,fr,es,it,nl,pt,sv,da,nb,no,fi,is,pl,cs,sk,hu,ro,el,tr,ru,uk,ja,zh,ko,he,ar,hi
"${jdk_bin}jlink" --module-path "$javafx" --add-modules "$modules" --include-locales="$locales" --strip-debug \
    --no-header-files --no-man-pages --compress=2 --exclude-resources='glob:/javafx.graphics/*.so,glob:/javafx.graphics/*.dylib,glob:/javafx.graphics/*.dll' \
    --output "$dist/runtime"
# JavaFX's native libraries where the runtime's own are, as JavaFX's jmods would put them: left inside the module,
# JavaFX copies them into ~/.openjfx/cache at every user's first start.
natives_dir=$dist/training/javafx-natives
mkdir -p "$natives_dir"
graphics_jar=$repository/org/openjfx/javafx-graphics/$javafx_version/javafx-graphics-$javafx_version-$classifier.jar
(cd "$natives_dir" && "${jdk_bin}jar" --extract --file "$graphics_jar")
libs=lib
[ "$platform" = win ] && libs=bin
find "$natives_dir" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
    -exec cp {} "$dist/runtime/$libs/" \;
# The JVM's own symbol table is for debuggers of the JVM: 4 MB nobody running Candor needs.
if [ "$platform" = linux ] && command -v objcopy > /dev/null; then
    objcopy --strip-unneeded "$dist/runtime/lib/server/libjvm.so"
fi

# 2. Candor's own jar and its libraries on the class path (JavaFX is in the runtime); SQLite's driver keeps only
# this platform's native library (it carries 25 platforms' otherwise).
cp "$target/candor-$version.jar" "$dist/input/candor-app.jar"
cp "$target/dist-lib/"*.jar "$dist/input/"
sqlite_jar=$(ls "$dist/input/"sqlite-jdbc-*.jar)
unpacked=$dist/training/sqlite
mkdir -p "$unpacked"
(cd "$unpacked" && "${jdk_bin}jar" --extract --file "$sqlite_jar")
for dir in "$unpacked"/org/sqlite/native/*/*; do
    keep=
    for n in $natives; do [ "$dir" = "$unpacked/org/sqlite/native/$n" ] && keep=1; done
    [ -n "$keep" ] || rm -rf "$dir"
done
"${jdk_bin}jar" --create --file "$sqlite_jar" --manifest "$unpacked/META-INF/MANIFEST.MF" -C "$unpacked" .

app_version=${version%-SNAPSHOT}
options=()
while IFS= read -r line; do
    case "$line" in ''|'#'*) ;; *) options+=(--java-options "$line") ;; esac
done < "$here/java-options"
common=(--name candor --app-version "$app_version" --vendor "Candor" \
        --description "Honest follow-ups for trust-based selling")
"${jdk_bin}jpackage" --type app-image "${common[@]}" --input "$dist/input" --main-jar candor-app.jar \
    --main-class app.candor.app.Main --runtime-image "$dist/runtime" --dest "$dist" "${options[@]}" \
    --icon "$icon"

# 3. The training run, in the image's own runtime with the launcher's class path: the commands on a sample
# database, then the window, headless (JavaFX's Monocle patched into javafx.graphics for this run only).
case "$platform" in
    mac) app=$dist/candor.app/Contents/app java=$dist/candor.app/Contents/runtime/Contents/Home/bin/java ;;
    win) app=$dist/candor/app java=$dist/candor/runtime/bin/java.exe ;;
    *) app=$dist/candor/lib/app java=$dist/candor/lib/runtime/bin/java ;;
esac
classpath=$(sed -n 's#^app.classpath=\$APPDIR[/\\]##p' "$app/candor.cfg" | sed "s#^#$app/#" | paste -sd "$sep" -)
monocle=$(ls "$repository"/org/testfx/openjfx-monocle/*/openjfx-monocle-*.jar | tail -n 1)
training=$dist/training
run() {
    local list=$1
    shift
    HOME=$training XDG_DATA_HOME=$training "$java" -Xshare:off -XX:DumpLoadedClassList="$training/$list.classes" \
        -cp "$classpath" "$@" > "$training/$list.out" 2>&1
}
run demo app.candor.app.Main --db "$training/t.db" demo
run alerts app.candor.app.Main --db "$training/t.db" alerts
run json app.candor.app.Main --db "$training/t.db" alerts --format json
run help app.candor.app.Main --help
# The window on a real (virtual) display where there is one: the toolkit's own classes for this system then come
# into the archive too, a sixth of the window's start-up (docs/PERFORMANCE.md). Else headless through Monocle.
xvfb=
# CANDOR_TRAINING_HEADLESS=1 trains through Monocle even where Xvfb is installed.
if [ "$platform" = linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${CANDOR_TRAINING_HEADLESS:-}" ] \
        && command -v Xvfb > /dev/null; then
    display=:$((150 + RANDOM % 100))
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
    xvfb=$!
    trap 'kill $xvfb 2> /dev/null || true' EXIT
    sleep 1
    export DISPLAY=$display
fi
window_on_display=no
if { [ -n "${DISPLAY:-}" ] && [ -z "${CANDOR_TRAINING_HEADLESS:-}" ]; } || [ "$platform" != linux ]; then
    window_on_display=yes
    run window -Dcandor.trainingRun=true app.candor.app.Main --db "$training/t.db"
else
    run window --patch-module "javafx.graphics=$monocle" -Dglass.platform=Monocle -Dmonocle.platform=Headless \
        -Dprism.order=sw -Dcandor.trainingRun=true app.candor.app.Main --db "$training/t.db"
fi
if [ -n "$xvfb" ]; then
    kill "$xvfb" 2> /dev/null || true
    unset DISPLAY
fi
# The classes, then the lambdas and method-handle forms spun at run time (a tenth of the window's start-up when
# archived). Not the headless window's: its lambdas name Monocle's classes, which the dump cannot find, and
# JDK 17's dump then crashes.
lambdas=("$training"/{demo,alerts,json,help}.classes)
[ "$window_on_display" = yes ] && lambdas+=("$training/window.classes")
{ cat "$training"/*.classes | grep -v '^@'; cat "${lambdas[@]}" | grep '^@'; } | awk '!seen[$0]++' > "$app/candor.classlist"
"$java" -Xshare:dump -XX:SharedClassListFile="$app/candor.classlist" -XX:SharedArchiveFile="$app/candor.jsa" \
    -cp "$classpath" > "$training/dump.out" 2>&1 || { cat "$training/dump.out" >&2; exit 1; }

# 4. The installer.
case "$platform" in
    linux)
        if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
            "${jdk_bin}jpackage" --type deb "${common[@]}" --app-image "$dist/candor" --dest "$dist" \
                --linux-package-name candor --linux-menu-group Office --linux-shortcut --linux-app-category misc \
                --icon "$icon" --resource-dir "$here/linux"
        else
            echo "package.sh: dpkg-deb and fakeroot are needed for the .deb; the image is in $dist/candor" >&2
        fi
        ;;
    mac) "${jdk_bin}jpackage" --type dmg "${common[@]}" --app-image "$dist/candor.app" --dest "$dist" ;;
    win) "${jdk_bin}jpackage" --type msi "${common[@]}" --app-image "$dist/candor" --dest "$dist" --win-menu \
             --win-shortcut --win-dir-chooser --win-console ;;
esac
