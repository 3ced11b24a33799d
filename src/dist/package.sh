#!/usr/bin/env bash
# Builds Candor as a desktop app with the JDK's own tools (docs/INSTALL.md):
#  1. a runtime holding only the modules Candor needs, JavaFX among them as modules, without the parts of them no
#     path of Candor reaches (jlink; checked against the jars and by src/dist/RuntimeCheck.java);
#  2. the application image target/dist/candor, whose bin/candor opens the window or, with arguments, runs a
#     command in the terminal (jpackage; on Linux bin/candor is then a shell script), with the JVM options of
#     src/dist/java-options;
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
# The window's own icon (src/main/resources) is the menu entry's.
icon=$here/../main/resources/app/candor/ui/candor.png
case "$(uname -s)-$(uname -m)" in
    Linux-aarch64) platform=linux classifier=linux-aarch64 natives="Linux/aarch64" ;;
    Linux-*) platform=linux classifier=linux natives="Linux/x86_64" ;;
    Darwin-arm64) platform=mac classifier=mac-aarch64 natives="Mac/aarch64" icon=$here/mac/candor.icns ;;
    Darwin-*) platform=mac classifier=mac natives="Mac/x86_64" icon=$here/mac/candor.icns ;;
    *) platform=win classifier=win natives="Windows/x86_64" icon=$here/win/candor.ico ;;
esac
# SQLite's library for the C library this JDK (and so the image) is built against.
if [ "$platform" = linux ] && ls /lib/ld-musl-* > /dev/null 2>&1; then
    natives=${natives/Linux/Linux-Musl}
fi
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
# java.net.http is left out: only jsoup's URL fetching uses it, and Candor hands jsoup text, never an address.
modules=java.base,java.desktop,java.management,java.naming,java.security.sasl,java.sql
modules=$modules,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets,javafx.controls
# Dates and numbers in the languages of most of Candor's likely users; the rest fall back to English forms.
locales=en,de,fr,es,it,nl,pt,sv,da,nb,no,fi,is,pl,cs,sk,hu,ro,el,tr,ru,uk,ja,zh,ko,he,ar,hi
# What no path of Candor's reaches, left out of modules it needs for a part (decision 0016; checked below):
# JavaFX's own native libraries (copied next to the runtime's below); from java.desktop, which JavaFX requires
# and Candor uses only to write PNG files (ImageIO): Swing, sound and printing (Candor draws with JavaFX and prints
# nothing); from java.xml, which logback and the SQL module require for parsing: XSLT and XPath; from the locale
# data: the names of languages and time zones in other languages (Candor shows neither; Java falls back to English).
# leave_out MODULE TREE...: patterns for jlink that leave out the files under each TREE (a folder of MODULE) but the
# first of each package (jlink refuses a module missing a package its descriptor names; that file is never read)
# and those named in $keep (java.beans' introspection reads one annotation of Swing's).
keep=javax/swing/SwingContainer.class
jdk_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v "${jdk_bin}jlink")")")")}
leave_out() {
    local module=$1
    shift
    "${jdk_bin}jmod" list "$jdk_home/jmods/$module.jmod" | sed -n 's#^classes/##p' | sort \
        | awk -v module="$module" -v trees="$*" -v keep="$keep" '
            BEGIN { n = split(trees, tree, " "); split(keep, k, " "); for (i in k) kept_file[k[i]] = 1 }
            {
                for (i = 1; i <= n; i++) {
                    if (index($0, tree[i] "/") != 1) continue
                    pkg = $0; sub(/\/[^\/]*$/, "", pkg)
                    if ($0 in kept_file) next
                    if (pkg in kept) print "glob:/" module "/" $0; else kept[pkg] = 1
                    next
                }
            }'
}
{
    echo glob:/javafx.graphics/*.so
    echo glob:/javafx.graphics/*.dylib
    echo glob:/javafx.graphics/*.dll
    leave_out java.desktop javax/swing sun/swing com/sun/java/swing javax/sound com/sun/media/sound javax/print sun/print
    leave_out java.xml com/sun/org/apache/xalan com/sun/org/apache/bcel com/sun/org/apache/xpath
    for bundle in LocaleNames TimeZoneNames; do
        echo "glob:/jdk.localedata/sun/util/resources/cldr/ext/${bundle}_*"
        echo "glob:/jdk.localedata/sun/util/resources/ext/${bundle}_*"
    done
    # On Linux, AWT runs headless (app.Main; encoding images needs no display): its X11 toolkit, the rendering
    # pipelines only an AWT window uses and its fonts (Candor writes no text into images) are left out too, with
    # their native libraries (below).
    [ "$platform" != linux ] || leave_out java.desktop sun/awt/X11 sun/java2d/opengl sun/java2d/xr sun/java2d/x11 sun/font
} | paste -sd, - | sed 's/^/--exclude-resources=/' > "$dist/training/excluded"
"${jdk_bin}jlink" --module-path "$javafx" --add-modules "$modules" --include-locales="$locales" --strip-debug \
    --no-header-files --no-man-pages --compress=2 "@$dist/training/excluded" --output "$dist/runtime"
if [ "$platform" = linux ]; then
    rm -f "$dist/runtime/lib/"{libawt_xawt,libjsound,libsplashscreen,libjawt,libfontmanager}.so
fi
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

# 2. Candor's own jar and its libraries on the class path (JavaFX is in the runtime).
cp "$target/candor-$version.jar" "$dist/input/candor-app.jar"
cp "$target/dist-lib/"*.jar "$dist/input/"
# trim JAR STEP: unpacks JAR into $unpacked, runs STEP there, packs it again.
trim() {
    local jar=$1 unpacked=$dist/training/trim
    shift
    rm -rf "$unpacked" && mkdir -p "$unpacked"
    (cd "$unpacked" && "${jdk_bin}jar" --extract --file "$jar")
    "$@"
    "${jdk_bin}jar" --create --file "$jar" --manifest "$unpacked/META-INF/MANIFEST.MF" -C "$unpacked" .
}
# SQLite's native library for this platform goes next to the jars, where the launcher's options point the driver
# (below); the driver's jar keeps none of the 25 it carries. Found by the driver at once: it no longer works out the
# platform on every start (it starts `uname -o` and reads /proc/self/map_files, 30 ms) nor copies the library out.
sqlite_natives() {
    find "$unpacked/org/sqlite/native/$natives" -maxdepth 1 -type f -exec cp {} "$dist/input/" \;
    rm -rf "$unpacked/org/sqlite/native"
}
trim "$(ls "$dist/input/"sqlite-jdbc-*.jar)" sqlite_natives
sqlite_library=$(cd "$dist/input" && ls ./*sqlitejdbc.* | sed 's#^\./##')
sqlite_options=("-Dorg.sqlite.lib.path=\$APPDIR" "-Dorg.sqlite.lib.name=$sqlite_library" "-Dorg.sqlite.tmpdir=\$APPDIR")
# AtlantaFX carries seven themes, each as CSS and as binary CSS; Candor loads Primer's binary ones (ui.common.Theme).
primer_only() {
    find "$unpacked/atlantafx/base/theme" -type f \( -name '*.css' -o -name '*.bss' \) ! -name 'primer-*.bss' -delete
}
trim "$(ls "$dist/input/"atlantafx-base-*.jar)" primer_only
# Every jar without its classes' local-variable tables, for debuggers stepping through a library (the JDK's are
# stripped by jlink above): smaller jars and class-data archive, the line numbers stay; and picocli's Java 5 class
# files lifted to Java 8, which the archive can hold (src/dist/RewriteJars.java).
"${jdk_bin}java" -cp "$(ls "$target/dist-tools/"asm-*.jar)" "$here/RewriteJars.java" "$dist/input/"*.jar

# What was left out of the runtime is not reached: every class the jars and JavaFX refer to in java.desktop and
# java.xml is in the runtime, but those of JavaFX's printing (Candor prints nothing); then the runtime's own java
# does what Candor needs of those modules (src/dist/RuntimeCheck.java: images, locale data, XML, charsets, TLS).
java_version=$("${jdk_bin}java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
"${jdk_bin}jimage" list "$dist/runtime/lib/modules" | sed -n 's#^ *\(.*\)\.class$#\1#p' | tr / . | sort -u \
    > "$dist/training/present"
IFS=$sep read -ra javafx_jars <<< "$javafx"
"${jdk_bin}jdeps" -verbose:class --multi-release "$java_version" --ignore-missing-deps --module-path "$javafx" \
    -cp "$dist/input/*" "$dist/input/"*.jar "${javafx_jars[@]}" \
    | awk '/^[ \t]/ && $2 == "->" && ($NF == "java.desktop" || $NF == "java.xml") && $1 !~ /^com\.sun\.prism\.j2d\./ { print $3 " (from " $1 ")" }' \
    | sort -u > "$dist/training/referred"
missing=$(awk 'NR == FNR { present[$1] = 1; next } !($1 in present)' "$dist/training/present" "$dist/training/referred")
if [ -n "$missing" ]; then
    echo "package.sh: classes left out of the runtime are referred to (adjust leave_out):" >&2
    echo "$missing" >&2
    exit 1
fi
mkdir -p "$dist/training/check"
"${jdk_bin}javac" -d "$dist/training/check" "$here/RuntimeCheck.java"
"$dist/runtime/bin/java" -Djava.awt.headless=true -cp "$dist/training/check" RuntimeCheck

app_version=${version%-SNAPSHOT}
options=()
while IFS= read -r line; do
    case "$line" in ''|'#'*) ;; *) options+=(--java-options "$line") ;; esac
done < "$here/java-options"
for option in "${sqlite_options[@]}"; do
    options+=(--java-options "$option")
done
common=(--name candor --app-version "$app_version" --vendor "Candor" \
        --description "Honest follow-ups for trust-based selling")
"${jdk_bin}jpackage" --type app-image "${common[@]}" --input "$dist/input" --main-jar candor-app.jar \
    --main-class app.candor.app.Main --runtime-image "$dist/runtime" --dest "$dist" "${options[@]}" \
    --icon "$icon"

# On Linux, jpackage's launcher asks rpm and then dpkg which package owns it, at every start and before Java starts
# (0.07 s here with 700 packages, more on a desktop with thousands; then `dpkg -L` once installed): bin/candor is
# instead a shell script that starts the runtime's java with the launcher's options and class path (lib/app/candor.cfg)
# and the properties jpackage's launcher sets.
if [ "$platform" = linux ]; then
    cfg=$dist/candor/lib/app/candor.cfg
    launcher=$dist/candor/bin/candor
    {
        echo '#!/bin/sh'
        echo "# Starts Candor $app_version: the window, or with arguments a command in the terminal (candor --help)."
        echo '# Written by src/dist/package.sh from lib/app/candor.cfg.'
        echo '# Shell built-ins only, but for readlink where there is one (a link to this script).'
        echo 'self=$0'
        echo '! command -v readlink > /dev/null 2>&1 || self=$(readlink -f "$0")'
        echo 'app=$(cd "${self%/*}/../lib/app" && pwd -P) || exit 1'
        printf 'exec "$app/../runtime/bin/java"'
        sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/${app}/g; s/^/ "/; s/$/"/' | tr -d '\n'
        printf ' "-Djpackage.app-path=$self" -cp "%s"' \
            "$(sed -n 's/^app.classpath=//p' "$cfg" | sed 's/\$APPDIR/${app}/g' | paste -sd: -)"
        printf ' %s "$@"\n' "$(sed -n 's/^app.mainclass=//p' "$cfg")"
    } > "$launcher.sh"
    chmod 755 "$launcher.sh"
    mv "$launcher.sh" "$launcher"
fi

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
        "${sqlite_options[@]//\$APPDIR/$app}" -cp "$classpath" "$@" > "$training/$list.out" 2>&1
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
    if ! run window -Dcandor.trainingRun=true app.candor.app.Main --db "$training/t.db"; then
        # A display that cannot be used (gone, or Xvfb without GTK 3): trained headless, as without a display.
        [ "$platform" = linux ] || { cat "$training/window.out" >&2; exit 1; }
        echo "package.sh: the window did not open on display $DISPLAY (no server there, or GTK 3 missing); training it headless" >&2
        window_on_display=no
    fi
fi
if [ "$window_on_display" = no ]; then
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
