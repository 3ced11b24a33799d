#!/usr/bin/env python3
"""Writes a benchmark mbox for `candor mail import` (docs/PERFORMANCE.md, "Mail import").

    python3 src/tools/genmbox.py BENCH.db 50000 big.mbox

Messages of realistic sizes (4-5 KB on average): 60% replies from prospects of BENCH.db, 20% mail from
sam@candor.example to them, 10% list mail, 5% out-of-office notes, 5% mail from strangers; 30% are multipart with a
base64 HTML part; replies carry quoted history of up to 60 lines. Deterministic (fixed seed).
"""
import base64
import random
import sqlite3
import sys
from datetime import datetime, timedelta, timezone

WORDS = ("plan call pricing contract question next week friday monday team data rollout pilot review quote budget"
         " licences training sites numbers support thanks the meeting").split()


def subject(rng):
    return " ".join(rng.choice(WORDS) for _ in range(4)).capitalize()


def body(rng, lines):
    return "\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) for _ in range(lines))


def main():
    db, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(20261202)
    emails = [r[0] for r in sqlite3.connect(db).execute("SELECT email FROM prospects WHERE email <> ''")]
    start = datetime(2025, 11, 13, tzinfo=timezone.utc)
    with open(out, "w", encoding="ascii", newline="\n") as f:
        for i in range(count):
            at = start + timedelta(minutes=7 * i)
            date = at.strftime("%a, %d %b %Y %H:%M:%S -0000")
            roll = rng.random()
            extra = []
            if roll < 0.60:
                sender, to, subj = rng.choice(emails), "sam@candor.example", "Re: " + subject(rng)
            elif roll < 0.80:
                sender, to, subj = "sam@candor.example", rng.choice(emails), subject(rng)
            elif roll < 0.90:
                sender, to, subj = "news%d@lists.example" % (i % 40), "sam@candor.example", "Re: " + subject(rng)
                extra.append("List-Id: <news%d.lists.example>" % (i % 40))
            elif roll < 0.95:
                sender, to, subj = rng.choice(emails), "sam@candor.example", "Out of office: " + subject(rng)
                extra.append("Auto-Submitted: auto-replied")
            else:
                sender, to, subj = "someone%d@stranger.example" % i, "sam@candor.example", subject(rng)
            text = body(rng, rng.randint(3, 12))
            quoted = "\n".join("> " + line for line in body(rng, rng.randint(0, 60)).splitlines())
            plain = text + ("\n\nOn " + date + ", someone wrote:\n" + quoted if quoted else "") + "\n-- \nSam\n"
            f.write("From - %s\n" % at.strftime("%a, %d %b %Y %H:%M:%S -0000"))
            f.write("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <m%d@bench.example>\n" % (sender, to, subj, date, i))
            for h in extra:
                f.write(h + "\n")
            f.write("MIME-Version: 1.0\n")
            if rng.random() < 0.30:
                html = "<html><body><p>" + text.replace("\n", "</p><p>") + "</p></body></html>"
                encoded = base64.encodebytes(html.encode("ascii")).decode("ascii")
                f.write('Content-Type: multipart/alternative; boundary="b1"\n\n--b1\n'
                        "Content-Type: text/plain; charset=UTF-8\n\n" + plain + "\n--b1\n"
                        "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                        + encoded + "\n--b1--\n\n")
            else:
                f.write("Content-Type: text/plain; charset=UTF-8\n\n" + plain.replace("\nFrom ", "\n>From ") + "\n")


if __name__ == "__main__":
    main()
