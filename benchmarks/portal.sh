# Sourced by the benchmark scripts: starts the built portal on 127.0.0.1 and signs people in
# through the real sign-in form. Expects ROOT, WORK and BASE (http://127.0.0.1:PORT) to be set;
# extra environment for the portal (demo mode, database) is passed in front of the call.

# The lesson the benchmarks open: day one's first.
LESSON_PATH="/trainee/lesson.xhtml?module=values-and-principles&lesson=walking-alongside"

# start_portal PORT: starts Payara Micro with the WAR (on $JAVA_HOME's Java when set: Payara Micro 7
# needs Java 21 or later), waits until /health/ready answers. EXTRA_WAR (FILE:/CONTEXT) deploys a second WAR
# beside it, PORTAL_JAVA_OPTIONS adds JVM options (a profiler, say),
# PORTAL_START_SECONDS how long to wait (180), PAYARA_MICRO another Payara Micro jar (to compare lines).
start_portal() {
  (cd "$ROOT" && exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g ${PORTAL_JAVA_OPTIONS:-} -jar "${PAYARA_MICRO:-target/server/payara-micro.jar}" \
    --deploy target/alongside.war --contextroot / ${EXTRA_WAR:+--deploy "$EXTRA_WAR"} --port "$1" \
    --nocluster --disablephonehome --systemproperties payara-config/system.properties --addlibs target/server/postgresql.jar \
    --prebootcommandfile payara-config/pre-boot-commands.asadmin --postbootcommandfile payara-config/post-boot-commands.asadmin \
    --postdeploycommandfile payara-config/post-deploy-commands.asadmin) \
    > "$WORK/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 "${PORTAL_START_SECONDS:-180}"); do
    curl -fs "$BASE/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -50 "$WORK/portal.log"; return 1; }
    sleep 1
  done
  echo "The portal did not become ready" >&2
  return 1
}

stop_portal() {
  if [ -n "${PORTAL_PID:-}" ]; then kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; fi
}

# view_state [head|tail] < PAGE: the first (or last) form's view state on the page, for posting that form.
view_state() {
  grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | "${1:-head}" -1 | sed 's/.*value="//;s/"$//'
}

# sign_in EMAIL PASSWORD: prints the Cookie header of a fresh sign-in: the session id and its
# version cookie (sessions are on Payara's data grid, which finds a session only with both).
sign_in() {
  local jar="$WORK/cookies-$1" state
  state=$(curl -fs -c "$jar" -b "$jar" "$BASE/sign-in.xhtml" | view_state)
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$BASE/sign-in.xhtml" \
    --data-urlencode "signin=signin" --data-urlencode "signin:email=$1" --data-urlencode "signin:password=$2" \
    --data-urlencode "signin:submit=" --data-urlencode "jakarta.faces.ViewState=$state"
  session_cookies "$jar"
}

# session_cookies JAR: the session's cookies in a curl cookie jar, as one Cookie header.
session_cookies() {
  awk '$6 == "JSESSIONID" || $6 == "JSESSIONIDVERSION" { cookie[$6] = $7 }
       END { printf "JSESSIONID=%s; JSESSIONIDVERSION=%s\n", cookie["JSESSIONID"], cookie["JSESSIONIDVERSION"] }' "$1"
}

# agree_to_group_agreement EMAIL: the trainee signed in by sign_in EMAIL agrees to their group's
# agreement, which the portal asks for before the first lesson (until then lessons redirect to it).
agree_to_group_agreement() {
  local jar="$WORK/cookies-$1" state
  # The agreement's form comes after the layout's sign-out form.
  state=$(curl -fs -c "$jar" -b "$jar" "$BASE/trainee/agreement.xhtml" | view_state tail)
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$BASE/trainee/agreement.xhtml" \
    --data-urlencode "agreement=agreement" --data-urlencode "agreement:acknowledge=" --data-urlencode "jakarta.faces.ViewState=$state"
}

# The wrk script's parts that check every answer is the page asked for (a lesson, not the sign-in
# page a lost session would get): page_check_lua MARKER prints them. The script's setup adds each
# thread to threads; its done function calls not_the_page() for the count.
page_check_lua() {
  cat <<LUA
threads = {}
-- Global, not local: each thread runs in a Lua state of its own, and done reads it with thread:get.
wrong = 0
response = function(status, headers, body)
  if status ~= 200 or not string.find(body, '$1', 1, true) then wrong = wrong + 1 end
end
not_the_page = function()
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("wrong") end
  return total
end
LUA
}

# page_wrk_lua PATH MARKER SESSIONS: a wrk script asking for PATH over and over, each connection with
# one session of the file SESSIONS (a Cookie header a line; an empty line sends no cookie), THREADS
# wrk threads. Prints a RESULT line; an answer without MARKER (a sign-in page, an error) is an error.
page_wrk_lua() {
  page_check_lua "$2"
  cat <<LUA
-- Each thread takes every THREADS-th session, so no two threads share a trainee.
local created = 0
setup = function(thread)
  thread:set("offset", created)
  created = created + 1
  table.insert(threads, thread)
end
local sessions = {}
for line in io.lines("$3") do sessions[#sessions + 1] = line end
local counter = 0
request = function()
  local session = sessions[((counter * $THREADS + offset) % #sessions) + 1]
  counter = counter + 1
  local headers = {}
  if session ~= "" then headers["Cookie"] = session end
  return wrk.format("GET", "$1", headers)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.2f p99=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + not_the_page(),
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA
}

# lesson_wrk_lua: the wrk script of the lesson benchmarks (lesson-pages.sh, cluster.sh): $LESSON_PATH
# with the sessions of $WORK/sessions.
lesson_wrk_lua() {
  page_wrk_lua "$LESSON_PATH" 'id="lessonText"' "$WORK/sessions"
}
