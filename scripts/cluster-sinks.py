#!/usr/bin/env python3
"""Local stand-ins for `./laget cluster`: an SMTP sink for the deadline reminders and an HTTP receiver for reports of
concern (laget.report.receiver=http). Nothing leaves the machine. Each e-mail and each POST is one line in a log, so
that a trial can count what was sent twice:

  DIR/mail.log     <unix time> <node address> <recipients> <subject>
  DIR/reports.log  <unix time> <Idempotency-Key> <bytes>

E-mails are also kept whole in DIR/mail/ (synthetic demo data only).

Usage: cluster-sinks.py DIR SMTP_PORT HTTP_PORT
"""
import email
import email.header
import email.policy
import os
import socketserver
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

out_dir, smtp_port, http_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(os.path.join(out_dir, "mail"), exist_ok=True)
lock = threading.Lock()
counter = [0]


def log(name, line):
    with lock:
        with open(os.path.join(out_dir, name), "a", encoding="utf-8") as f:
            f.write(line + "\n")
            f.flush()
            os.fsync(f.fileno())


class Smtp(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) for JavaMail: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 laget-cluster-sink ESMTP")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-laget-cluster-sink" if verb == "EHLO" else "250 laget-cluster-sink")
                if verb == "EHLO":
                    self.reply("250 8BITMIME")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                data = b"".join(lines)
                message = email.message_from_bytes(data, policy=email.policy.default)
                subject = str(message.get("Subject", "")).replace("\n", " ")
                with lock:
                    counter[0] += 1
                    number = counter[0]
                with open(os.path.join(out_dir, "mail", "%06d.eml" % number), "wb") as f:
                    f.write(data)
                log("mail.log", "%.3f %s %s %s" % (time.time(), self.client_address[0], ",".join(recipients), subject))
                self.reply("250 OK queued as %d" % number)
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Receiver(BaseHTTPRequestHandler):
    """A report receiver that takes every report (201) and logs its Idempotency-Key."""

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        key = self.headers.get("Idempotency-Key", "-")
        log("reports.log", "%.3f %s %d" % (time.time(), key, len(body)))
        with open(os.path.join(out_dir, "report-%s-%.6f.json" % (key, time.time())), "wb") as f:
            f.write(body)
        self.send_response(201)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class SmtpServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


smtp = SmtpServer(("127.0.0.1", smtp_port), Smtp)
http = ThreadingHTTPServer(("127.0.0.1", http_port), Receiver)
http.daemon_threads = True
threading.Thread(target=http.serve_forever, daemon=True).start()
print("cluster sinks: SMTP on 127.0.0.1:%d, report receiver on http://127.0.0.1:%d/, logs in %s"
      % (smtp_port, http_port, out_dir), flush=True)
try:
    smtp.serve_forever()
except KeyboardInterrupt:
    pass
