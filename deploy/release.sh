#!/bin/sh
# Puts a build live on an nginx server (deploy/README.md, steps 5 and 6):
#
#   sh deploy/release.sh dist                                   → /var/www/kepu-xinjiang/releases/<date-time>/
#   sh deploy/release.sh dist /var/www/kepu-xinjiang 20260715-1  (site folder and release name chosen)
#   sh deploy/release.sh --no-reload …                          switch only; the next nginx reload puts it live
#
# It copies the build to <site>/releases/<name>/ (with the previous release's own hashed files), writes
# that folder's own path into its _deploy/root.conf, points <site>/current at it and reloads nginx (after
# `nginx -t`; if either fails, current points back).
#
# Why root.conf: nginx reads the security headers (with the build's script hashes) from
# current/_deploy/ when it loads its config, but a `root` that is the `current` link is followed on
# every request. A reload is graceful, so for a moment the old workers still answer: they would send the
# new build's pages under the old build's policy, which blocks the new inline scripts, and a service
# worker installing in that moment would keep a page that never starts. With the root pinned by the
# config, each generation of workers serves one build whole: its files and its headers.
#
# NGINX names the nginx command (default `nginx`; e.g. `nginx -p /srv/nginx -c /srv/nginx/nginx.conf`), read
# as shell words: quote a path with spaces in it (`nginx -p '/srv/my site'`).
set -eu

reload=1
if [ "${1:-}" = "--no-reload" ]; then
  reload=0
  shift
fi
build=${1:?usage: sh deploy/release.sh [--no-reload] <build folder> [<site folder>] [<release name>]}
site=${2:-/var/www/kepu-xinjiang}
name=${3:-$(date +%Y%m%d-%H%M%S)}
nginx=${NGINX:-nginx}

if [ ! -f "$build/index.html" ] || [ ! -f "$build/_deploy/security-headers.conf" ]; then
  echo "release: $build is not a build of the site (no index.html or _deploy/security-headers.conf): run npm run build" >&2
  exit 1
fi
mkdir -p "$site/releases"
site=$(cd "$site" && pwd -P)
release="$site/releases/$name"
case "$release" in
  *[[:space:]\;\'\"{}\$]*)
    echo "release: $release: nginx needs a path without spaces, quotes, braces, \$ or ;" >&2
    exit 1
    ;;
esac
if [ -e "$release" ]; then
  echo "release: $release already exists; a release folder is never changed, choose another name" >&2
  exit 1
fi

previous=$(readlink "$site/current" 2>/dev/null || true)
case "$previous" in /* | '') ;; *) previous="$site/$previous" ;; esac

# Copied under another name first: a copy cut short (disk full, Ctrl-C) is never taken for a release, and is
# cleared here the next time, whatever its name was.
rm -rf "$site"/releases/*.partial
cp -R "$build" "$release.partial"
# A page of the previous release still open on a phone (its reader has not tapped 有新版本 yet) loads its
# chunks as it goes: a language, the roster reader. Its own hashed files come along (the names in its build
# manifest: one release back, not every release before), as the object-storage upload keeps old files.
if [ -n "$previous" ] && [ -f "$previous/.vite/manifest.json" ]; then
  grep -o '"assets/[^"]*"' "$previous/.vite/manifest.json" | tr -d '"' | sort -u | while IFS= read -r file; do
    if [ ! -e "$release.partial/$file" ] && [ -f "$previous/$file" ]; then cp -p "$previous/$file" "$release.partial/$file"; fi
  done
fi
printf '# Written by deploy/release.sh: this release serves its own files, whatever "current" points at.\nroot %s;\n' "$release" \
  >"$release.partial/_deploy/root.conf"
mv "$release.partial" "$release"
# A new link renamed over the old one: "current" is never missing, not even for a moment. GNU mv says "do not
# follow the old link into its directory" with -T, BSD/macOS mv (a release tried on a Mac) with -h.
point_current_at() {
  ln -sfn "$1" "$site/current.next"
  if mv --version >/dev/null 2>&1; then mv -T "$site/current.next" "$site/current"; else mv -fh "$site/current.next" "$site/current"; fi
}
point_current_at "$release"

# If nginx refuses the config or cannot reload, "current" goes back: otherwise the next reload by anything
# else (a certificate renewal, a reboot) would put this release live unchecked.
undo() {
  if [ -n "$previous" ]; then point_current_at "$previous"; else rm -f "$site/current"; fi
  echo "release: $1; nothing changed for visitors, current points at ${previous:-nothing} again; $release is kept" >&2
  exit 1
}
if [ "$reload" = 1 ]; then
  eval "$nginx -t -q" || undo "nginx -t failed"
  eval "$nginx -s reload" || undo "nginx -s reload failed (is nginx running?)"
  echo "release: $release is live"
else
  echo "release: current points at $release; it goes live at the next nginx reload"
fi
