"""Writes the form posts bench/web.sh sends: for the shipped example with the most requirements, the documents
step's download of annex.docx and of the zip, as a browser posts them (the tender in the hidden field, the
antiforgery token), and the antiforgery cookie they need.

usage: web_requests.py URL EXAMPLES_DIR OUT_DIR
"""
import html
import http.cookiejar
import json
import pathlib
import re
import sys
import urllib.parse
import urllib.request

url, examples, out = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
start = opener.open(url + "/").read().decode("utf-8")
token = html.unescape(re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', start).group(1))
cookie = "; ".join(f"{c.name}={c.value}" for c in jar)


def body(tender, document):
    return urllib.parse.urlencode({
        "state": tender, "ui": "de", "from": "Documents", "document": document, "__RequestVerificationToken": token,
    }).encode("ascii")


def post(data):
    request = urllib.request.Request(url + "/?handler=Download", data=data, headers={"Cookie": cookie})
    return urllib.request.urlopen(request).read()


largest, most = None, -1
for example in sorted(examples.glob("*.json")):
    tender = example.read_text(encoding="utf-8")
    count = len(json.loads(post(body(tender, "selection.json")))["requirements"])
    if count > most:
        largest, most = example, count

tender = largest.read_text(encoding="utf-8")
(out / "annex.body").write_bytes(body(tender, "annex.docx"))
(out / "zip.body").write_bytes(body(tender, "tender-documents.zip"))
(out / "cookie.txt").write_text(cookie + "\n", encoding="ascii")
(out / "example.txt").write_text(largest.name, encoding="utf-8")
(out / "requirements.txt").write_text(str(most), encoding="ascii")
for name in ("annex.body", "zip.body"):
    size = len(post((out / name).read_bytes()))
    print(f"{name}: the server answers with {size} bytes")
