#!/usr/bin/env bash
# The UI check of CI: Pathway's packaged jar on an in-memory H2 database with the demo users, then, in headless
# Chromium over the real Tasklist, src/test/ui/activity-e2e.mjs (an activity recorded by its role holder) and
# src/test/ui/stored-text-inert.mjs (stored script payloads render as text in Tasklist and Cockpit) and
# src/test/ui/document-e2e.mjs (a document reviewed and approved for issue in Tasklist) and
# src/test/ui/evidence-tab-e2e.mjs (a file attached as evidence in Pathway's "Documents" tab) and src/test/ui/cockpit-e2e.mjs
# (a process owner in Cockpit's Pathway pages: overview, heatmap, a report downloaded; UI_CHECK_REPORT names the
# report, default reports/status.pdf, e.g. register.csv) and
# src/test/ui/reminders-e2e.mjs (Tasklist sorted by due date; the project leader picked from the project team) and
# src/test/ui/audit-e2e.mjs (business case approval, internal audit with findings, corrective action, intervals,
# management review) and src/test/ui/notifications-e2e.mjs ("My notifications" in Tasklist's header: e-mail switched
# off and back on, a calendar link created and revoked). Screenshots
# in target/ui-screenshots. Run after ./mvnw verify (it needs app/target/pathway-*.jar).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port="${UI_CHECK_PORT:-18080}"
jar=$(ls app/target/pathway-*.jar | grep -v original | head -n 1)
bash .ci/install-chromium.sh
npm ci --prefix src/test/ui --no-audit --no-fund --loglevel=error >/dev/null

log=target/ui-check-app.log
java -jar "$jar" --server.port="$port" --spring.datasource.url="jdbc:h2:mem:ui-check;DB_CLOSE_DELAY=-1" \
  --pathway.notifications.base-url="http://127.0.0.1:$port" --logging.level.root=WARN >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fs -u demo:demo "http://127.0.0.1:$port/engine-rest/engine" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "ui-check: Pathway did not start, see $log"; tail -n 30 "$log"; exit 1; fi
  sleep 2
done
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots node src/test/ui/activity-e2e.mjs
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots node src/test/ui/stored-text-inert.mjs
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots node src/test/ui/document-e2e.mjs
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots node src/test/ui/evidence-tab-e2e.mjs
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots REPORT="${UI_CHECK_REPORT:-reports/status.pdf}" node src/test/ui/cockpit-e2e.mjs
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots node src/test/ui/reminders-e2e.mjs
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots node src/test/ui/audit-e2e.mjs
BASE_URL="http://127.0.0.1:$port" OUT=target/ui-screenshots node src/test/ui/notifications-e2e.mjs
