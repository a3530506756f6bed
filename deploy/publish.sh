#!/bin/sh
# Publishes a built site (docs/deploy.md); the CI workflows call it after `npm run build`, and it
# works by hand the same way.
#   deploy/publish.sh <site folder> <target> [<subfolder of the target>]
# The target (in CI: the DEPLOY_TARGET variable; PROVINCE_DEPLOY_TARGET for a province's cities):
#   user@host:/var/www/wenming/dist  rsync over SSH; DEPLOY_SSH_KEY: the deploy key's private half
#                                    (or the path of a file holding it: GitLab's File variables);
#                                    DEPLOY_SSH_KNOWN_HOSTS: the server's lines from `ssh-keyscan`;
#                                    DEPLOY_SSH_PORT: when not 22
#   s3://bucket[/prefix]             S3-compatible storage, through deploy/s3-sync.sh (aws CLI):
#                                    AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION,
#                                    S3_ENDPOINT when the storage is not AWS
#   empty                            nothing is published (the build alone is checked)
set -eu
usage='usage: deploy/publish.sh <site folder> <target> [<subfolder of the target>]'
site="${1:?$usage}"
[ $# -ge 2 ] || { echo "$usage" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
[ -f "$site/index.html" ] || { echo "publish: $site/index.html is missing: build the site first (npm run build)" >&2; exit 1; }
if [ -z "$2" ]; then
  echo "publish: no target (DEPLOY_TARGET is not set), so the site was built and checked but not published (docs/deploy.md)"
  exit 0
fi
target="${2%/}${3:+/$3}"

# Installs the Debian packages a runner image lacks (as root), or says which are missing.
need() {
  missing=''
  for pair in "$@"; do command -v "${pair%%:*}" >/dev/null 2>&1 || missing="$missing ${pair#*:}"; done
  [ -n "$missing" ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "publish: installing$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "publish: the runner lacks$missing: install it there" >&2
    exit 1
  fi
}

case "$target" in
  s3://*)
    need aws:awscli
    # S3-compatible services take any region name; the aws CLI insists on one.
    AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}"
    export AWS_DEFAULT_REGION
    "$here/s3-sync.sh" "$site" "$target"
    ;;
  *:*)
    : "${DEPLOY_SSH_KEY:?publish: DEPLOY_SSH_KEY (the deploy key private half, a secret) is not set}"
    : "${DEPLOY_SSH_KNOWN_HOSTS:?publish: DEPLOY_SSH_KNOWN_HOSTS (the server lines from ssh-keyscan) is not set}"
    need rsync:rsync ssh:openssh-client
    keys="$(mktemp -d)"
    trap 'rm -rf "$keys"' EXIT
    if [ -f "$DEPLOY_SSH_KEY" ]; then cat "$DEPLOY_SSH_KEY" >"$keys/id"; else printf '%s\n' "$DEPLOY_SSH_KEY" >"$keys/id"; fi
    printf '%s\n' "$DEPLOY_SSH_KNOWN_HOSTS" >"$keys/known_hosts"
    chmod 600 "$keys/id"
    # --delay-updates moves every changed file into place at the end, so readers meet the old site
    # or the new one; --delete-delay then removes what the site no longer has.
    rsync --recursive --links --times --compress --chmod=D755,F644 \
      --delay-updates --delete-delay --exclude=_headers --exclude='.*' \
      -e "ssh -i $keys/id -o UserKnownHostsFile=$keys/known_hosts -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes -p ${DEPLOY_SSH_PORT:-22}" \
      "$site/" "$target/"
    echo "publish: $site copied to $target"
    ;;
  *)
    echo "publish: the target $target is neither user@host:/path (rsync over SSH) nor s3://bucket[/prefix] (docs/deploy.md)" >&2
    exit 1
    ;;
esac
