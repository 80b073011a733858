#!/usr/bin/env python3
"""The load and the checks of scripts/cluster-trial.sh (docs/benchmarks.md, "Two nodes, one killed").

Logged-in workers (one session each, made before the kill and kept to the end) run through HAProxy:
  reads   GET /mine-frister, GET /children?q=..., GET the receipt of the worker's own last registration (written on one node,
          read on whichever node HAProxy picks);
  writes  POST /children (a child with a unique family name: the marker) and POST /reports (a report of concern with
          the marker in its text). A write counts as committed when it is answered with its redirect (302).
A seeder inserts deadlines due today for the demo employees (through psql) all the time, so that the reminder jobs
plan and send e-mails before, during and after the kill. Reports go to Laget's own intake (the demo's receiver). At --kill-at seconds one node is killed with SIGKILL; at
--restart-at it is started again (./laget cluster-node N).

Afterwards, with the outboxes drained: every write answered 302 is in the database; no write is there twice; every
report is received by the intake once; every reminder e-mail marked SENT arrived once; no session
was lost (a redirect to /login); and every failed request was in flight on the killed node when it died. The figures
are printed and written as JSON.
"""
import argparse
import http.client
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter, defaultdict

p = argparse.ArgumentParser()
p.add_argument("--port", type=int, required=True)
p.add_argument("--cluster-dir", required=True)
p.add_argument("--db-port", type=int, required=True)
p.add_argument("--node-port", type=int, required=True, help="node 1's port; node 2 is the next")
p.add_argument("--duration", type=float, default=120)
p.add_argument("--kill-at", type=float, default=50)
p.add_argument("--kill-node", type=int, default=1)
p.add_argument("--kill-holding", default="", help="a ShedLock name: from --kill-at, wait (up to 60 s) until the node "
               "to kill holds this lock, then kill it")
p.add_argument("--restart-at", type=float, default=80, help="0: do not restart the killed node")
p.add_argument("--workers", type=int, default=8)
p.add_argument("--drain", type=float, default=120, help="seconds to wait for the outboxes after the load")
p.add_argument("--out", required=True)
a = p.parse_args()

RUN = "Kt" + "".join(random.choice("bcdfghjklmnprstv") for _ in range(6))  # marker prefix of this run (letters only)
USERS = ["ansatt", "laerer", "helsesykepleier", "ppt", "barnevern", "nav", "leder"]
PSQL = ["psql", "-X", "-q", "-h", "127.0.0.1", "-p", str(a.db_port), "-U", "postgres", "-d", "postgres",
        "-At", "-F", "|", "-v", "ON_ERROR_STOP=1"]


def psql(sql):
    return subprocess.run(PSQL + ["-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def rows(sql):
    out = psql(sql)
    return [line.split("|") for line in out.splitlines()] if out else []


t0 = time.time()
kill_time = [None]
held = [None]  # the lock --kill-holding names, as it was just after the kill
gone_time = [None]  # when the killed node's port stopped accepting connections
restart_ready = [None]
stop = threading.Event()
records = []  # (start, end, worker, kind, status, node, ok, marker, note)
records_lock = threading.Lock()


class Session:
    """One employee's browser: one SESSION cookie, one keep-alive connection to HAProxy."""

    def __init__(self, user):
        self.user = user
        self.cookie = None
        self.conn = None
        self.csrf = None

    def request(self, method, path, form=None):
        body = urllib.parse.urlencode(form, doseq=True) if form is not None else None
        headers = {"Cookie": "SESSION=" + self.cookie} if self.cookie else {}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=60)
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
        except Exception:
            # never sent again: a request that failed is counted as failed (a browser might retry a GET itself)
            self.conn.close()
            self.conn = None
            raise
        for name, value in response.getheaders():
            if name.lower() == "set-cookie" and value.startswith("SESSION="):
                self.cookie = value.split(";", 1)[0].split("=", 1)[1]
        return response.status, response.getheader("Location", ""), response.getheader("X-Laget-Node", "-"), data

    def csrf_from(self, html):
        m = re.search(rb'name="_csrf" value="([^"]+)"', html)
        if m:
            self.csrf = m.group(1).decode()

    def login(self):
        status, _, _, html = self.request("GET", "/login")
        self.csrf_from(html)
        status, location, node, _ = self.request("POST", "/login",
                                                 {"username": self.user, "password": "demo", "_csrf": self.csrf})
        if status != 302 or "/login" in location:
            raise RuntimeError("login failed for %s: %s %s" % (self.user, status, location))
        status, _, _, html = self.request("GET", "/children/new")
        self.csrf_from(html)
        return node


def record(start, worker, kind, status, node, ok, marker="", note=""):
    with records_lock:
        records.append((start - t0, time.time() - t0, worker, kind, status, node, ok, marker, note))


def child_form(s, marker):
    return {"_csrf": s.csrf, "identityNumber": "", "givenName": "Trial", "familyName": marker,
            "birthDate": "2018-05-02", "address": "", "servingFrom": time.strftime("%Y-%m-%d"),
            "reason": "Lasttest", "noNumberReason": "NEWLY_ARRIVED", "noNumberExplanation": "Nylig flyttet hit",
            "confirmBirthDate": ""}


def report_form(s, marker, number):
    return {"_csrf": s.csrf, "reporterName": "Lærer Testesen", "reporterRole": "Kontaktlærer",
            "reporterPhone": "69 17 00 00", "reporterEmail": "laerer@demo.laget.no", "reporterUnit": "Gimle skole",
            "children[0].identityNumber": number, "children[0].givenName": "Emma",
            "children[0].familyName": "Fiktivsen", "children[0].address": "Demoveien 1, 1771 Halden",
            "children[0].told": "false", "children[0].notToldReason": "Faren kan bli voldelig",
            "guardians[0].name": "Maria Fiktivsen", "guardians[0].told": "true",
            "grounds": "NEGLECT_OR_MISTREATMENT", "concern": "Lasttest " + marker + ": barnet kommer ofte sulten.",
            "history": "Bekymret siden høstferien.", "interpreterNeeded": "false",
            "bestInterest.childHeard": "YES", "bestInterest.childViews": "Barnet sier at det vil ha hjelp.",
            "bestInterest.howHeard": "Samtale på skolen.", "bestInterest.notHeardReason": "",
            "bestInterest.weighing": "Barnets ønske er vektlagt.", "bestInterest.alternatives": "Å vente en måned.",
            "bestInterest.conclusion": "Vi går videre."}


sessions_info = {}  # worker -> {"user", "login_node", "lost": [...], "before": n, "after": n}
emma_number = psql("select identity_number from child where given_name = 'Emma' and family_name = 'Fiktivsen' limit 1")


def worker(i):
    s = Session(USERS[i % len(USERS)])
    info = {"user": s.user, "login_node": s.login(), "lost": [], "ok_before_kill": 0, "ok_after_kill": 0}
    sessions_info[i] = info
    rnd = random.Random(i)
    n = 0
    last_receipt = None
    while not stop.is_set():
        n += 1
        r = rnd.random()
        if r < 0.55:
            kind = "read"
            path = rnd.choice(["/mine-frister", "/children?q=Fiktivsen"] + ([last_receipt] if last_receipt else []))
            method, form, expect = "GET", None, 200
        elif r < 0.9:
            kind, marker = "child", "%s%dx%d" % (RUN, i, n)
            method, path, form, expect = "POST", "/children", child_form(s, marker), 302
        else:
            kind, marker = "report", "%s%dr%d" % (RUN, i, n)
            method, path, form, expect = "POST", "/reports", report_form(s, marker, emma_number), 302
        if kind == "read":
            marker = ""
        start = time.time()
        try:
            status, location, node, body = s.request(method, path, form)
        except Exception as e:  # noqa: BLE001 - every failure is a figure
            record(start, i, kind, -1, "-", False, marker, type(e).__name__)
            continue
        ok = status == expect
        note = ""
        if status == 302 and "/login" in location:
            ok, note = False, "SESSION_LOST"
            info["lost"].append(round(start - t0, 2))
        elif kind == "child" and ok and "/children/registrations/" not in location:
            ok, note = False, "unexpected redirect " + location
        elif kind == "report" and ok and "/reports/mine" not in location:
            ok, note = False, "unexpected redirect " + location
        elif not ok:
            note = body[:200].decode("utf-8", "replace").replace("\n", " ")
        if ok and kind == "child":
            last_receipt = urllib.parse.urlparse(location).path
        if ok:
            if kill_time[0] is None:
                info["ok_before_kill"] += 1
            else:
                info["ok_after_kill"] += 1
        record(start, i, kind, status, node, ok, marker, note)


def seeder(employees):
    """Deadlines due today, for the demo employees, all the time: the reminder jobs have work across the kill."""
    n = 0
    while not stop.is_set():
        values = []
        for _ in range(2):
            n += 1
            values.append("('CLUSTER_TRIAL', 'trial-%s', %d, %s, current_date, '/mine-frister', now())"
                          % (RUN, n, random.choice(employees)))
        try:
            psql("insert into deadline (kind, source_type, source_id, employee_id, due_on, link, created_at) values "
                 + ", ".join(values))
        except subprocess.CalledProcessError as e:
            print("seeder:", e.stderr.strip(), file=sys.stderr)
        stop.wait(1.0)
    return n


def node_pid(n):
    with open(os.path.join(a.cluster_dir, "node%d.pid" % n)) as f:
        return int(f.read().strip())


def killer():
    if stop.wait(a.kill_at):
        return
    pid = node_pid(a.kill_node)
    port = a.node_port + a.kill_node - 1
    if a.kill_holding:
        # locked_by is the holder's pid@host (SchedulerLockConfig)
        until = time.time() + 60
        while time.time() < until and psql(
                "select count(*) from shedlock where name = '%s' and lock_until > timezone('utc', now()) "
                "and locked_by like '%d@%%'" % (a.kill_holding, pid)) != "1":
            time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    kill_time[0] = time.time() - t0
    # the kernel tears a big JVM down in a while: the node is gone when its port refuses connections
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        except OSError:
            break
        time.sleep(0.005)
    gone_time[0] = time.time() - t0
    print("trial: node %d (pid %d) killed with SIGKILL at %.2f s, its port closed at %.2f s"
          % (a.kill_node, pid, kill_time[0], gone_time[0]), flush=True)
    if a.kill_holding:
        held[0] = psql("select locked_by || ' until ' || lock_until || ' UTC' from shedlock where name = '%s'"
                       % a.kill_holding)
        print("trial: lock %s at the kill: %s" % (a.kill_holding, held[0]), flush=True)
    if a.restart_at <= 0 or stop.wait(a.restart_at - a.kill_at):
        return
    print("trial: starting node %d again at %.1f s" % (a.kill_node, time.time() - t0), flush=True)
    laget = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "laget")
    result = subprocess.run([laget, "cluster-node", str(a.kill_node)], capture_output=True, text=True)
    if result.returncode == 0:
        restart_ready[0] = time.time() - t0
        print("trial: node %d ready again at %.1f s" % (a.kill_node, restart_ready[0]), flush=True)
    else:
        print("trial: node did not start again:", result.stdout, result.stderr, file=sys.stderr, flush=True)


employees = [r[0] for r in rows("select id from employee where active and email like '%@demo.laget.no' "
                                "and username in ('ansatt','laerer','helsesykepleier','ppt','barnevern','nav','leder')")]
threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(a.workers)]
for t in threads:
    t.start()
seed_thread = threading.Thread(target=seeder, args=(employees,), daemon=True)
seed_thread.start()
kill_thread = threading.Thread(target=killer, daemon=True)
kill_thread.start()
time.sleep(a.duration)
stop.set()
for t in threads:
    t.join(90)
kill_thread.join(600)
load_end = time.time() - t0
print("trial: load stopped at %.1f s; waiting for the outboxes" % load_end, flush=True)

# ---- drain: reports delivered, reminders planned and sent. Rows the killed node had claimed (SENDING) wait for their
# lease (ReminderSender.LEASE, 10 minutes) and are then sent by the other node: counted, not waited for. PENDING rows
# left after the drain are reminders that nobody sends (for example a lock the killed node still holds): a failure.
deadline = time.time() + a.drain
while time.time() < deadline:
    waiting_reports = int(psql("select count(*) from report where state in ('SAVED', 'RETRYING')"))
    pending_mail = int(psql("select count(*) from deadline_mail where status = 'PENDING'"))
    unplanned = int(psql("""select count(*) from deadline d where d.kind = 'CLUSTER_TRIAL'
                             and not exists (select 1 from deadline_reminder r where r.deadline_id = d.id)"""))
    # rows a live node is sending now (claimed after the kill) are waited for; the killed node's are not
    sending_live = int(psql("select count(*) from deadline_mail where status = 'SENDING' and claimed_at > to_timestamp(%f)"
                            % (t0 + (gone_time[0] or 0))))
    if waiting_reports == 0 and pending_mail == 0 and unplanned == 0 and sending_live == 0:
        break
    time.sleep(2)
drained_after = time.time() - t0 - load_end

# ---- figures
with records_lock:
    recs = list(records)
kt = kill_time[0]
by_kind = Counter((r[3], r[6]) for r in recs)
errors = [r for r in recs if not r[6]]
# in flight on the killed node: sent before its port closed, failed after the SIGKILL
gt = gone_time[0]
in_flight = [r for r in errors if kt is not None and r[0] <= gt + 0.05 and r[1] >= kt - 0.05]
other_errors = [r for r in errors if r not in in_flight]
lat = defaultdict(list)
for r in recs:
    if r[6]:
        lat[r[3]].append(r[1] - r[0])


def pct(values, q):
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))] * 1000)


ok_children = {r[7] for r in recs if r[3] == "child" and r[6]}
tried_children = {r[7] for r in recs if r[3] == "child"}
in_db_children = Counter(row[0] for row in rows("select family_name from child where family_name like '%s%%'" % RUN))
lost_children = sorted(ok_children - set(in_db_children))
twice_children = sorted(m for m, c in in_db_children.items() if c > 1)
unanswered_but_committed = sorted((set(in_db_children) & tried_children) - ok_children)

ok_reports = {r[7] for r in recs if r[3] == "report" and r[6]}
report_rows = rows("select id, substring(concern from '%s[0-9]+r[0-9]+') from report where concern like '%%%s%%'"
                   % (RUN, RUN))
in_db_reports = Counter(row[1] for row in report_rows)
report_ids = {row[0] for row in report_rows}
lost_reports = sorted(ok_reports - set(in_db_reports))
report_states = dict(rows("select state, count(*) from report where concern like '%%%s%%' group by 1" % RUN))
# Laget's own intake is the receiver (the demo's): one inbox row per report, the unique key refuses a second copy,
# and the node logs each refused copy (a delivery that was tried twice)
inbox = Counter(row[0] for row in rows("select i.report_id from report_inbox i join report r on r.id = i.report_id "
                                       "where r.concern like '%%%s%%'" % RUN))
not_received = sorted(i for i in report_ids if inbox[i] == 0)
received_twice = sorted(i for i, c in inbox.items() if c > 1)
refused_copies = []
for name in sorted(os.listdir(a.cluster_dir)):
    if re.fullmatch(r"node\d\.log", name):
        with open(os.path.join(a.cluster_dir, name), encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.search(r"Report (\d+) was already received; the copy is refused", line)
                if m and m.group(1) in report_ids:
                    refused_copies.append(m.group(1))

# the rows first, then the e-mails: one marked SENT is in the log already (the sink logs before it answers)
sent_by_recipient = Counter({row[0].lower(): int(row[1]) for row in rows(
    "select e.email, count(*) from deadline_mail m join employee e on e.id = m.employee_id "
    "where m.status = 'SENT' group by 1")})
mail_by_recipient = Counter()
with open(os.path.join(a.cluster_dir, "sinks", "mail.log")) if os.path.exists(
        os.path.join(a.cluster_dir, "sinks", "mail.log")) else open(os.devnull) as f:
    for line in f:
        parts = line.rstrip("\n").split(" ", 3)
        if len(parts) == 4 and parts[3] == "Du har en frist i Laget":
            for rcpt in parts[2].split(","):
                mail_by_recipient[rcpt.lower()] += 1
mail_status = dict(rows("select status, count(*) from deadline_mail group by 1"))
mails_received = sum(mail_by_recipient.values())
mails_marked_sent = sum(sent_by_recipient.values())
recipients_more_than_sent = {k: (mail_by_recipient[k], sent_by_recipient[k]) for k in mail_by_recipient
                             if mail_by_recipient[k] > sent_by_recipient[k]}
sending_left = int(mail_status.get("SENDING", 0))
pending_left = int(mail_status.get("PENDING", 0))
trial_deadlines = int(psql("select count(*) from deadline where kind = 'CLUSTER_TRIAL'"))
trial_mails = dict(rows("""select m.status, count(*) from deadline_mail m join deadline_reminder r on r.id = m.reminder_id
                           join deadline d on d.id = r.deadline_id where d.kind = 'CLUSTER_TRIAL' group by 1"""))

sessions_lost = {i: s["lost"] for i, s in sessions_info.items() if s["lost"]}
sessions_from_killed = [i for i, s in sessions_info.items() if s["login_node"] == "node%d" % a.kill_node]
served_after_restart = sum(1 for r in recs if restart_ready[0] is not None and r[0] > restart_ready[0]
                           and r[5] == "node%d" % a.kill_node)
served_after_restart_total = sum(1 for r in recs if restart_ready[0] is not None and r[0] > restart_ready[0])

summary = {
    "run": RUN,
    "duration_s": a.duration, "workers": a.workers, "kill_at_s": kt, "port_closed_at_s": gt,
    "killed_node": a.kill_node, "lock_held_at_kill": held[0],
    "restart_ready_at_s": restart_ready[0], "outboxes_drained_after_s": round(drained_after, 1),
    "requests": len(recs), "requests_per_s": round(len(recs) / a.duration, 1),
    "requests_per_s_before_kill": round(sum(1 for r in recs if kt and r[1] < kt) / kt, 1) if kt else None,
    "requests_per_s_one_node": round(sum(1 for r in recs if gt and r[0] > gt and (restart_ready[0] is None or r[1] < restart_ready[0]))
                                     / ((restart_ready[0] or a.duration) - gt), 1) if gt else None,
    "by_kind": {"%s_%s" % (k, "ok" if ok else "failed"): c for (k, ok), c in sorted(by_kind.items())},
    "latency_ms": {k: {"p50": pct(v, 0.5), "p95": pct(v, 0.95), "p99": pct(v, 0.99), "max": pct(v, 1.0)}
                   for k, v in lat.items()},
    "errors": len(errors),
    "errors_in_flight_on_killed_node": len(in_flight),
    "errors_otherwise": len(other_errors),
    "error_list": [{"in_flight": r in in_flight, "start": round(r[0], 3), "end": round(r[1], 3), "kind": r[3], "status": r[4], "node": r[5],
                    "marker": r[7], "note": r[8][:80]} for r in errors][:40],
    "children": {"answered_302": len(ok_children), "in_database": len(in_db_children),
                 "answered_but_missing": lost_children, "in_database_twice": twice_children,
                 "committed_but_not_answered": unanswered_but_committed},
    "reports": {"answered_302": len(ok_reports), "in_database": len(in_db_reports),
                "answered_but_missing": lost_reports, "states": report_states,
                "received_by_intake": sum(inbox.values()), "not_received": not_received,
                "received_twice": received_twice, "second_copies_refused": refused_copies},
    "reminders": {"trial_deadlines": trial_deadlines, "trial_mail_rows": trial_mails, "all_mail_rows": mail_status,
                  "emails_received": mails_received, "rows_marked_sent": mails_marked_sent,
                  "recipients_with_more_emails_than_sent_rows": recipients_more_than_sent,
                  "rows_left_pending": pending_left, "rows_left_sending": sending_left},
    "sessions": {"workers": len(sessions_info), "logged_in_on_killed_node": len(sessions_from_killed),
                 "kept_working_after_kill": sum(1 for s in sessions_info.values() if s["ok_after_kill"] > 0),
                 "lost": sessions_lost},
    "rejoin": {"requests_after_restart": served_after_restart_total,
               "served_by_restarted_node": served_after_restart},
}
with open(a.out, "w") as f:
    json.dump(summary, f, indent=2, ensure_ascii=False)
with open(a.out.replace(".json", "-requests.tsv"), "w") as f:
    f.write("start\tend\tworker\tkind\tstatus\tnode\tok\tmarker\tnote\n")
    for r in recs:
        f.write("%.3f\t%.3f\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n" % r)
print(json.dumps(summary, indent=2, ensure_ascii=False))

verdict = (not lost_children and not twice_children and not lost_reports and not received_twice
           and not not_received and not recipients_more_than_sent and not pending_left and not sessions_lost
           and not other_errors)
print("trial: %s" % ("PASSED" if verdict else "FAILED (see above)"))
sys.exit(0 if verdict else 1)
