#!/usr/bin/env bash
# Lint every bpmn/*.bpmn (and the test host application's src/host-test/resources/processes/*.bpmn) with bpmnlint, using the repository's .bpmnlintrc
# (bpmnlint:recommended + camunda-compat/camunda-platform-7-24, i.e. the
# Camunda Modeler's checks for Camunda 7.24).
#
# Usage (from anywhere):   bash .ci/lint-models.sh [file.bpmn ...]
# Without arguments it lints bpmn/*.bpmn under the repository root.
#
# Exit status: 0 when no model has an error, 1 otherwise.
#
# camunda-compat reports a missing camunda:historyTimeToLive only as "info",
# but since Camunda 7.20 the engine refuses to deploy such a process unless a
# default HTTL is configured on the engine. So this script treats that finding
# as an error too; set ALLOW_MISSING_HTTL=1 if the engine sets a default HTTL.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lintdir="$root/.ci/lint"
cd "$root"

if [ ! -d "$lintdir/node_modules/bpmnlint" ] || [ ! -d "$lintdir/node_modules/bpmnlint-plugin-camunda-compat" ]; then
  echo "lint-models: installing bpmnlint (npm ci --prefix .ci/lint)"
  npm ci --prefix .ci/lint --no-audit --no-fund --loglevel=error >/dev/null
fi

# bpmnlint resolves "plugin:camunda-compat/..." from the current directory;
# the plugin lives in .ci/lint/node_modules, so point Node at it.
export NODE_PATH="$lintdir/node_modules${NODE_PATH:+:$NODE_PATH}"
bpmnlint="$lintdir/node_modules/.bin/bpmnlint"

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  shopt -s nullglob
  files=(bpmn/*.bpmn src/host-test/resources/processes/*.bpmn)
  shopt -u nullglob
fi

if [ "${#files[@]}" -eq 0 ]; then
  echo "lint-models: no bpmn/*.bpmn files found, nothing to lint"
  exit 0
fi

failed=()
for f in "${files[@]}"; do
  rc=0
  out="$("$bpmnlint" --config "$root/.bpmnlintrc" "$f" 2>&1)" || rc=$?
  [ -n "$out" ] && printf '%s\n' "$out"
  if [ "$rc" -ne 0 ]; then
    failed+=("$f")
  elif [ "${ALLOW_MISSING_HTTL:-0}" != 1 ] && grep -q 'camunda-compat/history-time-to-live' <<<"$out"; then
    echo "  -> $f: missing camunda:historyTimeToLive on an executable process (Camunda 7.20+ refuses to deploy it)"
    failed+=("$f")
  fi
done

echo
if [ "${#failed[@]}" -gt 0 ]; then
  echo "lint-models: FAILED: ${#failed[@]} of ${#files[@]} model(s) have errors: ${failed[*]}"
  exit 1
fi
echo "lint-models: OK: ${#files[@]} model(s) passed bpmnlint"
