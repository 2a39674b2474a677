#!/usr/bin/env bash
# Builds a Debian package (or an app image with TYPE=app-image) of UDI Trust with the JDK's jpackage.
# Usage: installers/linux/build-package.sh        -> target/installer/uditrust_<version>_amd64.deb
# Needs: JDK 17 (jpackage) and, for .deb, fakeroot and dpkg-deb (Debian packages fakeroot, dpkg-dev).
set -euo pipefail
top="$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)"
cd "$top"
./mvnw -q -B -DskipTests -DskipFuzz package
version="$(./mvnw -q -B help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')"
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input
cp target/uditrust.jar target/jpackage-input/
cp -r target/lib target/jpackage-input/lib
jpackage --type "${TYPE:-deb}" --name uditrust --app-version "$version" \
  --vendor "UDI Trust" --description "Medical-device identity and UDI compliance" \
  --input target/jpackage-input --main-jar uditrust.jar --main-class org.uditrust.Main \
  --linux-shortcut --linux-menu-group "Office;MedicalSoftware" \
  --dest target/installer
ls -l target/installer
