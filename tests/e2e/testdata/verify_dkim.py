#!/usr/bin/python3
"""verify_dkim.py MESSAGE SELECTOR=TXT...

Independent DKIM check (python3-dkim, Debian) for the end-to-end tests:
every DKIM-Signature in MESSAGE must verify against the TXT records given
on the command line (no DNS). Prints one line per signature:
"sig N d=DOMAIN s=SELECTOR a=ALGO ok|FAIL". Exit 0 iff there is at least
one signature and all verify.
"""
import re
import sys

import dkim


def main():
    msg = open(sys.argv[1], "rb").read()
    records = {}
    for arg in sys.argv[2:]:
        sel, txt = arg.split("=", 1)
        records[sel] = txt.encode()

    def dnsfunc(name, timeout=5):
        sel = name.decode().split("._domainkey.")[0]
        return records.get(sel)

    d = dkim.DKIM(msg)
    sigs = [v for (k, v) in d.headers if k.lower() == b"dkim-signature"]
    if not sigs:
        print("no DKIM-Signature")
        return 1
    bad = 0
    for i, sig in enumerate(sigs):
        tags = dict(re.findall(rb"\s*([a-z]+)=([^;]*)", sig))
        ok = dkim.DKIM(msg).verify(idx=i, dnsfunc=dnsfunc)
        bad += not ok
        print("sig %d d=%s s=%s a=%s %s" % (i, tags.get(b"d", b"").decode(), tags.get(b"s", b"").decode(),
                                          tags.get(b"a", b"").decode(), "ok" if ok else "FAIL"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
