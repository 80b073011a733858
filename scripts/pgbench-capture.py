#!/usr/bin/env python3
"""Captures the SQL statements of one page view each and writes them as pgbench scripts (issue 14).

For each page: log in with the form as the given employee (GET /login for the CSRF token, POST /login), request the
page once to warm it, then request it again while PostgreSQL logs every statement (log_min_duration_statement = 0)
with its bound parameters, and read those statements from PostgreSQL's JSON log. The statements are written in the
order they started, with their parameters as literals, as one pgbench script per page: a statement the application
ran inside a transaction stays inside BEGIN ... COMMIT with the other statements of that transaction (same server
process, between its BEGIN and its COMMIT); an autocommit statement stays on its own.

Needs, once, on the PostgreSQL Laget uses (the settings take effect after a restart of the server, i.e. of an
embedded Laget):

    alter system set logging_collector = on;
    alter system set log_destination = 'stderr,jsonlog';
    alter system set log_directory = '/tmp/pgb-pglog';     -- any directory this script can read
    alter system set log_parameter_max_length = -1;

This script only turns log_min_duration_statement on (ALTER SYSTEM + pg_reload_conf) while it requests a page, and
resets it afterwards. Usage (see docs/benchmarks.md, "pgbench replay"):

    scripts/pgbench-capture.py --base-url http://localhost:18090 --pg-port 44947 --user ds-... \\
        --page case=/cases/123 --page child=/children/456 --page mine-frister=/mine-frister \\
        --page search='/children?q=nor' --out scripts/pgbench
"""

import argparse
import datetime
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

EXECUTE = re.compile(r"^duration: [0-9.]+ ms\s+(?:execute [^:]*|statement): (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')", re.S)
PLACEHOLDER = re.compile(r"\$(\d+)(?!\d)")


def psql(args, sql):
    out = subprocess.run(["psql", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user, "-d", args.pg_db,
                          "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def log_file(args):
    name = psql(args, "select pg_current_logfile('jsonlog')")
    if not name:
        sys.exit("PostgreSQL writes no JSON log: set logging_collector = on and log_destination = 'stderr,jsonlog' "
                 "(ALTER SYSTEM) and restart the server (see this script's header).")
    if not os.path.isabs(name):
        name = os.path.join(psql(args, "show data_directory"), name)
    return name


def session(args):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(args.base_url + "/login").read().decode()
    csrf = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*name="_csrf"', page)
    form = urllib.parse.urlencode({"username": args.user, "password": args.password, "_csrf": csrf.group(1)}).encode()
    answer = opener.open(args.base_url + "/login", data=form)
    if "/login" in answer.geturl():
        sys.exit(f"Login as {args.user} failed (came back to {answer.geturl()})")
    return opener, jar


def request(opener, url):
    with opener.open(url) as answer:
        body = answer.read()
        if answer.status != 200:
            sys.exit(f"{url} answered {answer.status}")
        return body


def read_from(path, offset):
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read().decode("utf-8", "replace")


def literal(sql, detail):
    values = {int(n): v for n, v in PARAM.findall(detail or "")}
    return PLACEHOLDER.sub(lambda m: values.get(int(m.group(1)), m.group(0)), sql)


def statements(lines, application):
    """The page's statements in the order they ran: (pid, sql with literal parameters)."""
    found = []
    for line in lines.splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        if entry.get("backend_type") != "client backend" or entry.get("application_name") != application:
            continue
        match = EXECUTE.match(entry.get("message", ""))
        if match:
            found.append((entry["pid"], literal(match.group(1).strip(), entry.get("detail"))))
    return found


def script(found):
    """Each transaction (BEGIN ... COMMIT on one server process) as one block, blocks in the order they began."""
    blocks, open_by_pid = [], {}
    for pid, sql in found:
        word = sql.split(None, 1)[0].upper().rstrip(";") if sql.split() else ""
        if pid in open_by_pid:
            open_by_pid[pid].append(sql)
            if word in ("COMMIT", "ROLLBACK", "END"):
                del open_by_pid[pid]
        elif word in ("BEGIN", "START"):
            block = [sql]
            blocks.append(block)
            open_by_pid[pid] = block
        else:
            blocks.append([sql])
    for block in open_by_pid.values():  # a transaction still open when the page was sent: close it
        block.append("COMMIT")
    return blocks


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", default="http://localhost:18090")
    parser.add_argument("--user", required=True, help="a data-set employee, e.g. ds-12-1")
    parser.add_argument("--password", default="datasett-demo")
    parser.add_argument("--page", action="append", required=True, help="name=/path (repeatable)")
    parser.add_argument("--pg-host", default="localhost")
    parser.add_argument("--pg-port", required=True)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--pg-db", default="postgres")
    parser.add_argument("--application", default="PostgreSQL JDBC Driver",
                        help="application_name of Laget's connections")
    parser.add_argument("--out", default="scripts/pgbench")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    opener, _ = session(args)
    path = log_file(args)
    try:
        psql(args, "alter system set log_min_duration_statement = 0")
        psql(args, "select pg_reload_conf()")
        for page in args.page:
            name, address = page.split("=", 1)
            url = args.base_url + address
            request(opener, url)  # warm: caches, prepared statements, the session's first write
            time.sleep(1.0)
            offset = os.path.getsize(path)
            request(opener, url)
            time.sleep(1.0)  # let the log collector write the last lines
            blocks = script(statements(read_from(path, offset), args.application))
            count = sum(len(b) for b in blocks)
            with open(os.path.join(args.out, name + ".sql"), "w") as out:
                out.write(f"-- pgbench replay of one view of {address} as {args.user}, captured "
                          f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC by "
                          f"scripts/pgbench-capture.py\n-- from PostgreSQL's log (log_min_duration_statement = 0): "
                          f"{count} statements, {len(blocks)} transactions or autocommit statements.\n")
                for block in blocks:
                    for sql in block:
                        sql = sql.rstrip().rstrip(";")
                        if not sql:  # the pool's connection check (JDBC isValid sends an empty query)
                            sql = "-- the pool's connection check (an empty query in the application)\nselect 1"
                        out.write(sql + ";\n")
                    out.write("\n")
            print(f"{name}: {address}: {count} statements, {len(blocks)} transactions/autocommit -> "
                  f"{os.path.join(args.out, name + '.sql')}")
    finally:
        psql(args, "alter system reset log_min_duration_statement")
        psql(args, "select pg_reload_conf()")


if __name__ == "__main__":
    main()
