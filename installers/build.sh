#!/usr/bin/env bash
# Builds the KubeReach desktop installers for this operating system into installers/target/:
#   Linux: an app image (KubeReach/), a .deb, and an .rpm when rpmbuild is present.
#   (Windows .msi and macOS .dmg: the same script on those systems; see installers/README.md.)
# The runtime is jlinked from this JDK and the JavaFX module jars of this system (-linux, -win,
# -mac) that Maven fetches; the app jar goes in without JavaFX.
# Then it smoke-tests what it built: the launcher answers --version and exports the demo
# diagram headless to a PNG; the .deb holds the launcher, the desktop entry and the icon.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/installers/target"
cd "$root"

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -n 1)
name=kubereach
os=$(uname -s)
case "$os" in
  Linux) fx_classifier=linux ;;
  Darwin) fx_classifier=$([ "$(uname -m)" = arm64 ] && echo mac-aarch64 || echo mac) ;;
  MINGW*|MSYS*|CYGWIN*) fx_classifier=win ;;
  *) echo "unsupported system: $os" >&2; exit 2 ;;
esac

# the JDK modules the app needs (jdeps over the shaded jar, rounded up for TLS, locales and prefs)
jdk_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.net,jdk.unsupported,jdk.zipfs
fx_modules=javafx.base,javafx.graphics,javafx.controls,javafx.swing

echo "== building kubereach $version"
rm -rf "$out"
mkdir -p "$out/input" "$out/javafx"
./mvnw -B -q -DskipTests package dependency:copy-dependencies \
    -DincludeGroupIds=org.openjfx -Dclassifier="$fx_classifier" -DexcludeTransitive=false -DoutputDirectory="$out/javafx"
# stored, not deflated: the installers' own compression (xz in a .deb) packs class files far
# better than a jar's deflate does
mkdir -p "$out/unpacked"
(cd "$out/unpacked" && jar xf "$root/app/target/kubereach-without-javafx.jar")
jar --create --no-compress --file "$out/input/kubereach.jar" --manifest "$out/unpacked/META-INF/MANIFEST.MF" \
    -C "$out/unpacked" .
rm -rf "$out/unpacked"

echo "== jlink runtime"
# with the JDK's class-data sharing archive (lib/server/classes.jsa), which the JVM maps at start
# instead of loading and verifying the JDK classes one by one; making it needs the image's
# own bin/java, so the native commands stay (they are small)
jlink --module-path "$out/javafx" --add-modules "$jdk_modules,$fx_modules" \
    --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
    --generate-cds-archive --compress=0 --output "$out/runtime"

echo "== class-data sharing archive of the start's JDK and JavaFX classes"
# jlink's archive holds the JDK classes every program loads; this one (in its place, so the JVM
# maps it without an option) also holds the JDK and JavaFX classes the desktop app loads until its
# window is interactive (installers/cds-classes.txt): they are mapped, not loaded and verified one
# by one. Only runtime classes: the archive does not depend on where the app is installed.
# (the JVM's own folder is lib/server, bin/server on Windows)
jsa=$({ ls "$out"/runtime/lib/server/classes.jsa "$out"/runtime/bin/server/classes.jsa 2>/dev/null || true; } | head -n 1)
[ -n "$jsa" ] || { echo "jlink made no classes.jsa in $out/runtime" >&2; exit 1; }
cat "$out/runtime/lib/classlist" installers/cds-classes.txt > "$out/cds-classes.txt"
rm -f "$jsa"
"$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/cds-classes.txt" \
    -XX:SharedArchiveFile="$jsa" > "$out/cds-dump.log" 2>&1 \
    || { cat "$out/cds-dump.log" >&2; exit 1; }

# The launcher's JVM options (app/.../launch/LauncherOptions.java: the same lists, LauncherOptionsTest).
# C1 only: a desktop start and a one-shot command finish sooner without the C2 compiler's warm-up
# competing for the cores (docs/benchmarks.md, the 2,000-pod desktop benchmark). Shenandoah collects
# alongside the window's thread where G1 stops it for 100-250 ms to copy a large cluster's model
# ("Quiet-machine pass, session 5"), kept to about 1 GB where it can; a runtime built without it
# (Oracle's builds) gets G1 with a 50 ms pause target.
shenandoah=(--java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:+UseShenandoahGC" --java-options "-XX:SoftMaxHeapSize=1g")
without_shenandoah=(--java-options "-XX:TieredStopAtLevel=1" --java-options "-XX:MaxGCPauseMillis=50")
if "$out/runtime/bin/java" -XX:+UseShenandoahGC -version >/dev/null 2>&1; then
  jvm_options=("${shenandoah[@]}")
else
  jvm_options=("${without_shenandoah[@]}")
fi

common=(--name "$name" --app-version "$version" --vendor "KubeReach"
        --description "Who can reach whom in a Kubernetes cluster: the network as a diagram, coloured by its NetworkPolicies."
        --input "$out/input" --main-jar kubereach.jar --main-class io.kubereach.launch.Main
        --runtime-image "$out/runtime" --dest "$out"
        "${jvm_options[@]}")

echo "== app image"
case "$os" in
  Linux)
    jpackage --type app-image "${common[@]}" --icon resources/icons/kubereach.png
    launcher="$out/$name/bin/$name"
    linux=(--linux-shortcut --linux-menu-group "Development;Network;" --linux-app-category devel
           --linux-package-deps "libgtk-3-0, libgl1, libxtst6" --icon resources/icons/kubereach.png
           --resource-dir installers/linux)
    echo "== .deb"
    jpackage --type deb --name "$name" --app-version "$version" --app-image "$out/$name" --dest "$out" "${linux[@]}" \
        --description "Who can reach whom in a Kubernetes cluster." --vendor "KubeReach"
    if command -v rpmbuild >/dev/null 2>&1; then
      echo "== .rpm"
      jpackage --type rpm --name "$name" --app-version "$version" --app-image "$out/$name" --dest "$out" "${linux[@]}" \
          --description "Who can reach whom in a Kubernetes cluster." --vendor "KubeReach"
    else
      echo "== .rpm skipped: rpmbuild is not installed"
    fi
    ;;
  Darwin)
    jpackage --type app-image "${common[@]}" --icon resources/icons/kubereach.icns
    launcher="$out/$name.app/Contents/MacOS/$name"
    jpackage --type dmg --name "$name" --app-version "$version" --app-image "$out/$name.app" --dest "$out" \
        --icon resources/icons/kubereach.icns
    ;;
  MINGW*|MSYS*|CYGWIN*)
    jpackage --type app-image "${common[@]}" --icon resources/icons/kubereach.ico --win-console
    launcher="$out/$name/$name.exe"
    jpackage --type msi --name "$name" --app-version "$version" --app-image "$out/$name" --dest "$out" \
        --win-menu --win-menu-group KubeReach --win-shortcut --win-dir-chooser --icon resources/icons/kubereach.ico
    ;;
  *) echo "unsupported system: $os" >&2; exit 2 ;;
esac

bash installers/smoke-test.sh "$launcher" "$out"
