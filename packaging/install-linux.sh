#!/usr/bin/env bash
# Install the built program for the current user (no administrator rights needed):
#   the program in ~/.local/opt/dropin, the command ~/.local/bin/dropin, a menu entry and its icon.
# Run it from the built folder: `dist/dropin/install-linux.sh` (or from a copy of that folder on
# another computer). DROPIN_PREFIX replaces ~/.local.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${DROPIN_PREFIX:-$HOME/.local}"
app="$prefix/opt/dropin"
res="$here/_internal/resources"

if [ ! -x "$here/dropin" ] || [ ! -f "$res/linux/dropin.desktop" ]; then
  echo "install-linux.sh: run it from the built folder (make dist makes dist/dropin/)." >&2
  exit 2
fi

# Copy beside the old version first, then swap, so a failed copy leaves the installed program as it was.
mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications"
if [ "$here" != "$app" ]; then
  rm -rf "$app.new"
  cp -a "$here" "$app.new"
  rm -rf "$app.old"
  [ -e "$app" ] && mv "$app" "$app.old"
  mv "$app.new" "$app"
  rm -rf "$app.old"
fi
ln -sfn "$app/dropin" "$prefix/bin/dropin"

for png in "$res"/icons/dropin-*.png; do
  size="${png##*/dropin-}"; size="${size%.png}"
  install -D -m 644 "$png" "$prefix/share/icons/hicolor/${size}x${size}/apps/dropin.png"
done
entry="$prefix/share/applications/dropin.desktop"
sed "s|^Exec=.*|Exec=\"$app/dropin\"|" "$res/linux/dropin.desktop" > "$entry"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$entry"
fi
if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$prefix/share/applications" || true
fi

echo "dropin installed in $app"
echo "Start it from the applications menu, or type: dropin"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "(add $prefix/bin to PATH to type dropin in a terminal)" ;;
esac
