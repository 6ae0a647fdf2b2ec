#!/usr/bin/env bash
# Smoke test of a built KubeReach installer: the packaged launcher answers --version and exports
# the demo diagram headless to a PNG; on Linux the .deb holds the launcher, the desktop entry and
# the icon, and stays under 60 MB.   Usage: smoke-test.sh LAUNCHER OUT_DIR
set -euo pipefail
launcher=$1
out=$2
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

echo "== smoke: $launcher --version"
version=$("$launcher" --version) || fail "the launcher did not run"
echo "$version"
grep -q '^kubereach ' <<<"$version" || fail "--version printed no 'kubereach' line"

echo "== smoke: list --demo"
lines=$("$launcher" list --demo | wc -l)
[ "$lines" -gt 10 ] || fail "list --demo printed $lines lines"

echo "== smoke: export --demo --format png (no display)"
mkdir -p "$out/smoke"
png="$out/smoke/demo.png"
env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" export --demo --format png -o "$png" || fail "export failed"
[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$png is not a PNG"
width=$(( $(od -An -tu1 -j16 -N4 "$png" | awk '{print ($1*16777216)+($2*65536)+($3*256)+$4}') ))
[ "$width" -ge 400 ] || fail "$png is only $width pixels wide"
echo "exported $png, $width px wide"

deb=$(ls "$out"/*.deb 2>/dev/null | head -n 1 || true)
if [ -n "$deb" ]; then
  echo "== smoke: inspect $deb"
  dpkg-deb -I "$deb" > "$out/smoke/deb-info.txt"
  dpkg-deb -c "$deb" > "$out/smoke/deb-contents.txt"
  grep -q 'Depends:.*libgtk-3-0' "$out/smoke/deb-info.txt" || fail ".deb does not depend on GTK"
  grep -q '/opt/kubereach/bin/kubereach$' "$out/smoke/deb-contents.txt" || fail ".deb has no launcher"
  grep -q '\.desktop$' "$out/smoke/deb-contents.txt" || fail ".deb has no desktop entry"
  grep -q '/opt/kubereach/lib/kubereach\.png$' "$out/smoke/deb-contents.txt" || fail ".deb has no icon"
  size=$(stat -c %s "$deb")
  [ "$size" -lt $((60 * 1024 * 1024)) ] || fail ".deb is $size bytes, over 60 MB"
  echo "$deb: $((size / 1024 / 1024)) MB, launcher, desktop entry and icon present"
fi
app_image=$(dirname "$(dirname "$launcher")")
# the launcher's JVM options (installers/build.sh): C1 only, and G1's 50 ms pause target
cfg=$(find "$app_image" -name kubereach.cfg 2>/dev/null | head -1)
[ -n "$cfg" ] || fail "no launcher configuration (kubereach.cfg) under $app_image"
# C1 only, and Shenandoah kept to about 1 GB where the runtime has it, G1 with a 50 ms pause target where not
gc_options="-XX:MaxGCPauseMillis=50"
tr -d '\r' < "$cfg" | grep -qx "java-options=-XX:+UseShenandoahGC" && gc_options="-XX:+UseShenandoahGC -XX:SoftMaxHeapSize=1g"
for option in -XX:TieredStopAtLevel=1 $gc_options; do
  tr -d '\r' < "$cfg" | grep -qx "java-options=$option" || fail "the launcher does not pass $option"
done
if [ "$(uname -s)" = Linux ] && [ -f installers/linux/postinst ]; then
  echo "== smoke: the postinst's class-data sharing archive, on a copy of the app image"
  copy="$out/smoke/kubereach"
  rm -rf "$copy"
  cp -a "$app_image" "$copy"
  sh installers/linux/postinst archive "$copy"
  [ -s "$copy/lib/app/kubereach.jsa" ] || fail "the training run made no archive"
  grep -q "^java-options=-XX:SharedArchiveFile=$copy/lib/app/kubereach.jsa\$" "$copy/lib/app/kubereach.cfg" \
      || fail "the launcher is not told to use the archive"
  grep -q ArchiveClassesAtExit "$copy/lib/app/kubereach.cfg" && fail "the launcher still makes an archive at every exit"
  "$copy/bin/kubereach" list --demo | cmp -s - <("$launcher" list --demo) || fail "with the archive, list --demo answers differently"
  echo "archive: $(( $(stat -c %s "$copy/lib/app/kubereach.jsa") / 1024 / 1024 )) MB"
fi
echo "== smoke test passed"
