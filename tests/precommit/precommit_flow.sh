#!/usr/bin/env bash
# Drives a real pre-commit run against merrow's .pre-commit-hooks.yaml:
# a commit with a broken diagram is refused (with the diagnostic), a clean one passes.
# Usage: precommit_flow.sh MERROW_BINARY SOURCE_DIR
# Exit: 0 pass, 1 fail, 77 skipped (pre-commit or git missing).
set -u
merrow_binary=$1
source_dir=$2
command -v pre-commit >/dev/null || { echo "SKIP: pre-commit is not installed (apt-get install pre-commit)"; exit 77; }
command -v git >/dev/null || { echo "SKIP: git is not installed"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$merrow_binary"):$PATH"
export PRE_COMMIT_HOME="$work/cache" HOME="$work/home"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org
export GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global protocol.file.allow always

# The hook repository: merrow's hook manifest at a commit pre-commit can pin.
hooks="$work/hooks"
git init -q "$hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -q -m hooks
rev=$(git -C "$hooks" rev-parse HEAD)

project="$work/project"
git init -q "$project"
cd "$project" || exit 1
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: merrow-lint
YAML
git add .pre-commit-config.yaml
git commit -q -m config --no-verify
pre-commit install >/dev/null || { echo "FAIL: pre-commit install"; exit 1; }

printf '# Docs\n\n```mermaid\nflowchart TD\n    A[Start --> B\n```\n' > broken.md
git add broken.md
if output=$(git commit -m broken 2>&1); then
  echo "FAIL: the commit with a broken diagram was accepted"; echo "$output"; exit 1
fi
# The bracket opened on line 5 is missed at the end of the block (line 6).
echo "$output" | grep -q "broken.md:6:1" || { echo "FAIL: no diagnostic naming broken.md:6"; echo "$output"; exit 1; }
echo "$output" | grep -q "5 |     A\[Start --> B" || { echo "FAIL: the opener's line 5 is not shown"; echo "$output"; exit 1; }
echo "refused as expected:"; echo "$output" | grep -m1 "broken.md"

printf '# Docs\n\n```mermaid\nflowchart TD\n    A[Start] --> B\n```\n' > broken.md
git add broken.md
if ! output=$(git commit -m fixed 2>&1); then
  echo "FAIL: the commit with a clean diagram was refused"; echo "$output"; exit 1
fi
echo "clean commit accepted"
exit 0
