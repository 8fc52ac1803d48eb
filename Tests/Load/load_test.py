"""A bounded load test of `paperwork serve` on loopback: USERS concurrent users for SECONDS seconds,
each browsing the rating of the example monitoring and, every few pages, generating the example
documents (DOCX) and downloading the archive, which is checked whole. Prints requests per second,
latency percentiles per kind of request, errors and archives; exits 1 on any error or broken archive.

Usage: python load_test.py PAPERWORK_BINARY [USERS] [SECONDS]
"""

import http.cookiejar
import io
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """One user: its own cookies (the CSRF token among them)."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def csrf(self):
        return next((c.value for c in self.jar if c.name == "paperwork_csrf"), "")

    def get(self, path):
        with self.opener.open(self.base + path, timeout=120) as r:
            return r.status, r.read(), r.geturl()

    def post(self, path, fields, files=None):
        if files:
            boundary = "----load-test"
            body = b""
            for name, value in fields:
                body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n".encode()
            for name, (filename, data) in files.items():
                body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
                         f"filename=\"{filename}\"\r\n\r\n").encode() + data + b"\r\n"
            body += f"--{boundary}--\r\n".encode()
            kind = f"multipart/form-data; boundary={boundary}"
        else:
            body = urllib.parse.urlencode(fields).encode()
            kind = "application/x-www-form-urlencoded"
        request = urllib.request.Request(self.base + path, data=body, headers={"Content-Type": kind})
        with self.opener.open(request, timeout=120) as r:
            return r.status, r.read(), r.geturl()


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    binary = os.path.abspath(sys.argv[1])
    users = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 60
    work = tempfile.mkdtemp(prefix="paperwork-load-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(work, "server.log"), "w")
    server = subprocess.Popen([binary, "serve", "--port", str(port), "--data", os.path.join(work, "data")],
                              stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/monitorings", timeout=2)
                break
            except Exception:
                time.sleep(0.3)
        setup = Browser(base)
        setup.get("/monitorings/new")
        with open(os.path.join(ROOT, "Examples/results/vpr-objectivity-2023.xlsx"), "rb") as f:
            results = f.read()
        _, _, rating_url = setup.post(
            "/monitorings/new", [("_csrf", setup.csrf()), ("methodology", "vpr-objectivity"), ("period", "2023")],
            {"results": ("vpr-objectivity-2023.xlsx", results)})
        rating = urllib.parse.urlparse(rating_url).path
        lock = threading.Lock()
        latencies = {"rating": [], "school": [], "generate": [], "archive": []}
        errors = []
        archives = {"complete": 0, "broken": 0}
        deadline = time.time() + seconds

        def timed(kind, call):
            start = time.time()
            result = call()
            with lock:
                latencies[kind].append(time.time() - start)
            return result

        def user(number):
            browser = Browser(base)
            page = 0
            while time.time() < deadline:
                try:
                    _, body, _ = timed("rating", lambda: browser.get(rating))
                    schools = re.findall(rb'href="(/monitorings/[^"]+/schools/[^"]+)"', body)
                    if schools:
                        timed("school", lambda: browser.get(schools[page % len(schools)].decode()))
                    page += 1
                    if page % 5 == number % 5:
                        _, _, url = timed("generate", lambda: browser.post(
                            rating + "/documents", [("_csrf", browser.csrf()), ("format", "docx")]))
                        set_path = urllib.parse.urlparse(url).path
                        while time.time() < deadline + 120:
                            _, html, _ = browser.get(set_path)
                            if "Скачать всё одним архивом".encode() in html or "не сформированы".encode() in html:
                                break
                            time.sleep(0.5)
                        _, data, _ = timed("archive", lambda: browser.get(set_path + "/archive"))
                        with zipfile.ZipFile(io.BytesIO(data)) as z:
                            names = z.namelist()
                            whole = z.testzip() is None and len([n for n in names if n.startswith("письма/")]) == 26
                        with lock:
                            archives["complete" if whole else "broken"] += 1
                except Exception as error:
                    with lock:
                        errors.append(repr(error)[:200])

        started = time.time()
        threads = [threading.Thread(target=user, args=(i,)) for i in range(users)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.time() - started
        total = sum(len(v) for v in latencies.values())
        print(f"users: {users}, duration: {elapsed:.1f} s, requests: {total}, "
              f"requests/s: {total / elapsed:.1f}")
        for kind, values in latencies.items():
            print(f"  {kind:9s} n={len(values):5d}  p50={percentile(values, 50) * 1000:7.1f} ms  "
                  f"p95={percentile(values, 95) * 1000:7.1f} ms  max={max(values, default=0) * 1000:7.1f} ms")
        print(f"archives: {archives['complete']} complete, {archives['broken']} broken; errors: {len(errors)}")
        for error in errors[:5]:
            print("  ", error)
        return 1 if errors or archives["broken"] else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    sys.exit(main())
