#!/bin/sh
# Smoke test: starts the real pingtool under xvfb-run with a temporary demo database (loopback
# hosts only; the "down" ones are failed by a fake ping wrapper), checks that the window and the
# dashboard appear, and saves screenshots as test artifacts.
# Usage: smoke-screenshots.sh PINGTOOL MAKE_DEMO_DB ARTIFACT_DIR
# Exit 77 (skipped) when xvfb-run, xdotool or ImageMagick's import is missing.
set -u
PINGTOOL=$1
MAKE_DEMO_DB=$2
ARTIFACTS=$3

for tool in xvfb-run xdotool import; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$ARTIFACTS"
"$MAKE_DEMO_DB" "$WORK/demo.sqlite" 200 --fake-ping "$WORK/fake-ping" || exit 1
# English whatever the machine's locale: the dashboard is found by its English title.
printf '[ping]\nprogram=%s\n[alerts]\nenabled=true\n[ui]\nlanguage=en\n' "$WORK/fake-ping" \
    > "$WORK/settings.ini"

# Runs inside the virtual display: everything bounded in time.
cat > "$WORK/session.sh" <<'INNER'
#!/bin/sh
set -u
export QT_QPA_PLATFORM=xcb
"$PINGTOOL" --database "$WORK/demo.sqlite" --settings "$WORK/settings.ini" \
    > "$WORK/pingtool.log" 2>&1 &
PID=$!
find_window() {
    i=0
    while [ $i -lt 40 ]; do
        W=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1)
        if [ -n "$W" ]; then echo "$W"; return 0; fi
        sleep 0.25; i=$((i + 1))
    done
    return 1
}
STATUS=0
if W=$(find_window '^Pingtool'); then
    sleep 3
    import -window root "$ARTIFACTS/smoke-hosts-window.png" || STATUS=1
    xdotool windowfocus --sync "$W" 2>/dev/null
    xdotool key ctrl+d
    if D=$(find_window 'Down hosts'); then
        sleep 2
        import -window "$D" "$ARTIFACTS/smoke-dashboard.png" || STATUS=1
    else
        echo "FAIL: the dashboard window did not appear"; STATUS=1
    fi
    xdotool windowfocus --sync "$W" 2>/dev/null
    xdotool key ctrl+q
else
    echo "FAIL: the main window did not appear"; STATUS=1
fi
i=0
while kill -0 $PID 2>/dev/null && [ $i -lt 40 ]; do sleep 0.25; i=$((i + 1)); done
if kill -0 $PID 2>/dev/null; then
    echo "FAIL: pingtool did not quit on Ctrl+Q"; kill $PID; STATUS=1
else
    wait $PID; RC=$?
    [ $RC -eq 0 ] || { echo "FAIL: pingtool exited with $RC"; STATUS=1; }
fi
cat "$WORK/pingtool.log"
exit $STATUS
INNER
export PINGTOOL WORK ARTIFACTS
timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" sh "$WORK/session.sh"
RC=$?
ls -l "$ARTIFACTS"/smoke-*.png 2>/dev/null
exit $RC
