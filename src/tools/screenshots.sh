#!/usr/bin/env bash
# Starts Candor in a real window under Xvfb on sample data and writes a PNG of each screen to docs/screenshots/.
# Needs (Debian): apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in Xvfb xdotool /usr/bin/import; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool" >&2; exit 1; }
done
mvn -B -q package -DskipTests
out=docs/screenshots
mkdir -p "$out"
data=$(mktemp -d)
display=:77
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$data"' EXIT
export DISPLAY=$display XDG_DATA_HOME=$data
sleep 1

shot() { sleep "${2:-1.5}"; /usr/bin/import -window root "$out/$1.png"; echo "wrote $out/$1.png"; }
key() { xdotool key "$@"; }

# First run: an empty database.
java -jar target/candor.jar --db "$data/empty.db" & app=$!
shot first-run 7
kill $app; wait $app 2>/dev/null || true

# Everything else on the sample data.
java -jar target/candor.jar --db "$data/sample.db" demo >/dev/null
java -jar target/candor.jar --db "$data/sample.db" & app=$!
sleep 7
xdotool mousemove 400 215 click 1
shot today
key ctrl+l; sleep 0.5; xdotool type --delay 40 "Hannah"; sleep 0.5; key Return; sleep 0.3
xdotool type --delay 20 "She called back: spring is quieter, talk again in March."
shot quick-log
key Escape
key ctrl+2; sleep 1; xdotool mousemove 260 200 click 1
shot prospects
key ctrl+3
shot pipeline
key ctrl+4
shot reports 2.5
key ctrl+5; sleep 1; xdotool mousemove 200 150 click 1
shot scripts
key ctrl+6
shot settings
xdotool mousemove 700 500; for _ in $(seq 1 25); do xdotool click 5; done
shot settings-mail
key F1
shot help
key Escape
key ctrl+2; sleep 1; xdotool mousemove 260 240 click 1; sleep 1; xdotool mousemove 980 317 click 1; sleep 0.5
key Return
shot deal-form
key Escape
kill $app; wait $app 2>/dev/null || true

# Today at 1024x700: the wording, its marks and Copy still in view.
kill $xvfb 2>/dev/null || true; sleep 0.5
Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
java -jar target/candor.jar --db "$data/sample.db" & app=$!
sleep 7
xdotool mousemove 350 150 click 1
shot today-1024x700

# The import card, opened on a small messy file (the native file dialog cannot be driven here).
kill $app; wait $app 2>/dev/null || true
printf 'name,email,company,deal,stage,extra\nAda Lovelace,ada@example.com,Engines,Pilot,proposal,x\n,nobody@example.com,,,,\nGrace Hopper,grace@example.com,Navy,,,\n' > "$data/contacts.csv"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$data/cp.txt" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$data/cp.txt")" app.candor.ui.ImportCardWindow "$data/import.db" "$data/contacts.csv" & app=$!
shot import 7
