"""wrk's --latency output on stdin, as "p50 | p99 | req/s" (milliseconds), with the count of failed responses if any."""
import re
import sys

text = sys.stdin.read()


def ms(label):
    match = re.search(r"^\s*" + re.escape(label) + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not match:
        return float("nan")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
if "--requests" in sys.argv:
    print(re.search(r"^\s*(\d+) requests in", text, re.M).group(1))
    sys.exit(0)
if "--rate" in sys.argv:
    print(rps.group(1))
    sys.exit(0)
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
line = "%.1f | %.1f | %.0f" % (ms("50%"), ms("99%"), float(rps.group(1)) if rps else 0)
if errors:
    line += " (%s failed)" % errors.group(1)
print(line)
