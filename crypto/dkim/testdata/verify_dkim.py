#!/usr/bin/python3
"""verify_dkim.py NAME=TXT... MESSAGE...

Independent check of our DKIM signatures with python3-dkim (dkimpy). TXT
records come from the command line, keyed by their DNS name
(SELECTOR._domainkey.DOMAIN), never from DNS. For each MESSAGE it prints
"first ok|FAIL" for dkim.verify (the first signature), then
"sig N a=ALGO ok|FAIL|skip" for every signature, then an empty line; "skip"
is an Ed25519 signature when PyNaCl is missing. Reasons go to stderr.
"""
import re
import sys

import dkim

try:
    import nacl  # noqa: F401  dkimpy needs it for ed25519-sha256
    HAVE_ED25519 = True
except ImportError:
    HAVE_ED25519 = False


def check(msg, dnsfunc):
    print("first", "ok" if dkim.verify(msg, dnsfunc=dnsfunc) else "FAIL")
    sigs = [v for (k, v) in dkim.DKIM(msg).headers if k.lower() == b"dkim-signature"]
    for i, sig in enumerate(sigs):
        algo = re.search(rb"a=([a-z0-9-]+)", sig).group(1).decode()
        if algo.startswith("ed25519") and not HAVE_ED25519:
            print("sig %d a=%s skip" % (i, algo))
            continue
        try:
            ok = dkim.DKIM(msg).verify(idx=i, dnsfunc=dnsfunc)
        except dkim.DKIMException as e:
            print("sig %d: %s" % (i, e), file=sys.stderr)
            ok = False
        print("sig %d a=%s %s" % (i, algo, "ok" if ok else "FAIL"))
    print()


def main():
    records = {}
    files = []
    for arg in sys.argv[1:]:
        if "=" in arg:
            name, txt = arg.split("=", 1)
            records[name.lower().rstrip(".")] = txt.encode()
        else:
            files.append(arg)

    def dnsfunc(name, timeout=5):
        return records.get(name.decode().lower().rstrip("."))

    for f in files:
        check(open(f, "rb").read(), dnsfunc)


if __name__ == "__main__":
    main()
