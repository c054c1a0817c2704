# Sourced by the benchmark scripts: starts the built portal on 127.0.0.1 and signs people in
# through the real sign-in form. Expects ROOT, WORK and BASE (http://127.0.0.1:PORT) to be set;
# extra environment for the portal (demo mode, database) is passed in front of the call.

# start_portal PORT: starts Payara Micro with the WAR (on $JAVA_HOME's Java when set: Payara Micro 7
# needs Java 21 or later), waits until /health/ready answers.
start_portal() {
  (cd "$ROOT" && exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -jar target/server/payara-micro.jar --deploy target/alongside.war --contextroot / --port "$1" \
    --nocluster --disablephonehome --systemproperties payara-config/system.properties --addlibs target/server/postgresql.jar \
    --prebootcommandfile payara-config/pre-boot-commands.asadmin --postbootcommandfile payara-config/post-boot-commands.asadmin) \
    > "$WORK/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 180); do
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

# sign_in EMAIL PASSWORD: prints the session id of a fresh sign-in.
sign_in() {
  local jar="$WORK/cookies-$1" state
  state=$(curl -fs -c "$jar" -b "$jar" "$BASE/sign-in.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$BASE/sign-in.xhtml" \
    --data-urlencode "signin=signin" --data-urlencode "signin:email=$1" --data-urlencode "signin:password=$2" \
    --data-urlencode "signin:submit=" --data-urlencode "jakarta.faces.ViewState=$state"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

# agree_to_group_agreement EMAIL: the trainee signed in by sign_in EMAIL agrees to their group's
# agreement, which the portal asks for before the first lesson (until then lessons redirect to it).
agree_to_group_agreement() {
  local jar="$WORK/cookies-$1" state
  state=$(curl -fs -c "$jar" -b "$jar" "$BASE/trainee/agreement.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | tail -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" "$BASE/trainee/agreement.xhtml" \
    --data-urlencode "agreement=agreement" --data-urlencode "agreement:acknowledge=" --data-urlencode "jakarta.faces.ViewState=$state"
}
