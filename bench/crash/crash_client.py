#!/usr/bin/env python3
"""HTTP side of the crash test (bench/crash/run.sh): write load, and verification after a restart.

Standard library only. Two subcommands:

  load    N worker threads register enforcement cases and record payments on them until the API goes away
          (run.sh kills it with kill -9). Every write the API acknowledged (2xx) is appended to the ack log;
          the one request per worker that was in flight when the API died goes to the in-flight log.
  verify  Reads the ack log and checks that every acknowledged case can be read back (GET /api/cases/{id})
          and that every acknowledged payment is on the case's timeline; in-flight writes are only counted.

Each prints one JSON line of counts on stdout for run.sh; details go to stderr.
"""

import argparse
import datetime as dt
import http.client
import json
import os
import random
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

# --------------------------------------------------------------------------------------------------------------
# Realistic test data. The API validates ID numbers (GB 11643) and credit codes (GB 32100) by their check
# characters, and case numbers by shape and year, so the generators below compute them properly.
# --------------------------------------------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "文博", "子涵", "雨萱", "国庆", "建国",
         "玉兰", "春梅", "德明", "志刚", "海涛", "红梅", "立新", "永强", "宏伟", "俊杰", "婷婷", "思远", "凤英"]
CITIES = ["南京", "苏州", "无锡", "常州", "扬州", "镇江", "南通", "徐州", "淮安", "盐城", "泰州", "宿迁", "连云港"]
BRANDS = ["金陵", "恒通", "华信", "瑞丰", "鼎盛", "宏达", "新亚", "天和", "永兴", "国泰", "汇丰源", "苏宁达", "中昊",
          "长江", "紫金", "秦淮", "东方", "锦程", "佳禾", "博远"]
TRADES = ["建设工程", "商贸", "物流", "食品", "纺织", "机械制造", "电子科技", "房地产开发", "餐饮管理", "建材",
          "医药", "装饰工程", "农业发展", "汽车销售", "信息技术"]
# Nanjing districts (GB/T 2260), used for ID numbers and credit codes.
REGIONS = ["320102", "320104", "320105", "320106", "320111", "320113", "320114", "320115", "320116", "320117"]
BASIS_KINDS = ["民初", "民终", "民特", "商初"]
COURT_CODE = "苏0102"                     # the enforcing court: 南京市玄武区人民法院
COURT_NAME = "南京市玄武区人民法院"
PAYMENT_SOURCES = ["Voluntary", "Deduction", "AuctionProceeds"]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def person_name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def company_name(rng):
    return f"{rng.choice(CITIES)}{rng.choice(BRANDS)}{rng.choice(TRADES)}有限公司"


def resident_id(rng):
    """A GB 11643 number: region, birth date, sequence, check character."""
    birth = dt.date(1955, 1, 1) + dt.timedelta(days=rng.randrange(0, 45 * 365))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{rng.randrange(1, 1000):03d}"
    total = sum(int(d) * w for d, w in zip(body, ID_WEIGHTS))
    return body + "10X98765432"[total % 11]


def credit_code(rng):
    """A GB 32100 code: 91 (enterprise), region, GB 11714 organisation code with its own check, check character."""
    org = "".join(rng.choice("0123456789") for _ in range(8))
    check = 11 - sum(int(c) * w for c, w in zip(org, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    org += {10: "X", 11: "0"}.get(check, str(check))
    body = "91" + rng.choice(REGIONS) + org
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(body, CREDIT_WEIGHTS))
    return body + CREDIT_ALPHABET[(31 - total % 31) % 31]


def mobile(rng):
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def court_today():
    """The court's today: Asia/Shanghai is UTC+8 all year (no daylight saving)."""
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=8)).date()


def case_body(rng, sequence):
    """A RegisterCase body filed this year (the number must carry the filing year) and not in the future."""
    today = court_today()
    earliest = max(dt.date(today.year, 1, 1), today - dt.timedelta(days=150))
    filed = earliest + dt.timedelta(days=rng.randrange(0, (today - earliest).days + 1))
    effective = filed - dt.timedelta(days=rng.randrange(15, 60))
    if rng.random() < 0.6:
        applicant = {"kind": "Enterprise", "name": company_name(rng), "creditCode": credit_code(rng)}
    else:
        applicant = {"kind": "NaturalPerson", "name": person_name(rng), "idNumber": resident_id(rng), "phone": mobile(rng)}
    if rng.random() < 0.5:
        respondent = {"kind": "Enterprise", "name": company_name(rng), "creditCode": credit_code(rng)}
    else:
        respondent = {"kind": "NaturalPerson", "name": person_name(rng), "idNumber": resident_id(rng), "phone": mobile(rng)}
    return {
        "caseNumber": f"（{filed.year}）{COURT_CODE}执{sequence}号",
        "filedOn": filed.isoformat(),
        "nonLitigation": False,
        "basis": {
            "issuer": COURT_NAME,
            "documentNumber": f"（{effective.year}）{COURT_CODE}{rng.choice(BASIS_KINDS)}{rng.randrange(1, 9000)}号",
            "effectiveOn": effective.isoformat(),
        },
        "claimedAmount": float(Decimal(rng.randrange(500_000, 500_000_000)) / 100),
        "applicants": [applicant],
        "respondents": [respondent],
        "summary": "崩溃测试 crash test",
    }


# --------------------------------------------------------------------------------------------------------------
# HTTP client: one keep-alive connection per thread, a bearer token shared by all threads and all runs.
# --------------------------------------------------------------------------------------------------------------

class ApiGone(Exception):
    """The connection failed: the API process is gone (killed) or not listening."""


class Api:
    def __init__(self, base, token_file, user, password):
        host, port = base.replace("http://", "").rstrip("/").split(":")
        self.host, self.port = host, int(port)
        self.token_file, self.user, self.password = token_file, user, password
        self.local = threading.local()
        self.token_lock = threading.Lock()
        self.tokens = None
        if os.path.exists(token_file):
            with open(token_file) as f:
                self.tokens = json.load(f)          # reuse the token of an earlier run (it survives restarts)
        if self.tokens is None:
            self.login()

    def _connection(self):
        if getattr(self.local, "conn", None) is None:
            self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
        return self.local.conn

    def raw(self, method, path, body=None, token=None):
        """One request; returns (status, parsed JSON or text). Connection failures raise ApiGone."""
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
        conn = self._connection()
        try:
            conn.request(method, path, body=data, headers=headers)
            resp = conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as error:
            conn.close()
            self.local.conn = None
            raise ApiGone(f"{method} {path}: {error!r}") from error
        try:
            payload = json.loads(text) if text else None
        except ValueError:
            payload = text
        return resp.status, payload

    def _save(self, tokens):
        self.tokens = {"accessToken": tokens["accessToken"], "refreshToken": tokens["refreshToken"]}
        tmp = self.token_file + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.tokens, f)
        os.replace(tmp, self.token_file)

    def login(self):
        for attempt in range(10):
            status, payload = self.raw("POST", "/api/auth/login", {"userName": self.user, "password": self.password})
            if status == 200:
                self._save(payload)
                return
            if status == 429:                        # Auth:LoginsPerMinute: wait for the window to pass
                time.sleep(7)
                continue
            raise SystemExit(f"login as {self.user} failed: {status} {payload}")
        raise SystemExit("login rate-limited for too long")

    def _renew(self, stale):
        """After a 401: refresh the token (or log in again); only one thread renews, the others reuse its result."""
        with self.token_lock:
            if self.tokens and self.tokens["accessToken"] != stale:
                return                               # another thread already renewed it
            print("token refused (401): refreshing", file=sys.stderr)
            status, payload = self.raw("POST", "/api/auth/refresh", {"refreshToken": self.tokens["refreshToken"]})
            if status == 200:
                self._save(payload)
            else:
                self.login()

    def call(self, method, path, body=None):
        """An authenticated request, renewing the token once on 401."""
        token = self.tokens["accessToken"]
        status, payload = self.raw(method, path, body, token)
        if status == 401:
            self._renew(token)
            status, payload = self.raw(method, path, body, self.tokens["accessToken"])
        return status, payload


# --------------------------------------------------------------------------------------------------------------
# load
# --------------------------------------------------------------------------------------------------------------

class Log:
    """Append-only JSON-lines file shared by the workers; flushed per line (only the API is killed, not us)."""

    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8")
        self.lock = threading.Lock()

    def write(self, record):
        line = json.dumps(record, ensure_ascii=False)
        with self.lock:
            self.file.write(line + "\n")
            self.file.flush()


def load(args):
    api = Api(args.base, args.token_file, args.user, args.password)
    acked, inflight = Log(args.ack_log), Log(args.inflight_log)
    stats_lock = threading.Lock()
    stats = {"cases": 0, "payments": 0, "status": {}, "errors5xx": [], "other": [], "inflight": 0}

    def count(status, what, payload):
        with stats_lock:
            stats["status"][str(status)] = stats["status"].get(str(status), 0) + 1
            if status >= 500 and len(stats["errors5xx"]) < 10:
                stats["errors5xx"].append({"request": what, "status": status, "body": payload})
            elif not 200 <= status < 300 and len(stats["other"]) < 10:
                stats["other"].append({"request": what, "status": status, "body": payload})

    # Cases acknowledged in earlier cycles: now and then a payment goes on one of them, so that rows written
    # before an earlier crash are updated again, and workers sometimes race on the same case (409 is expected).
    older = [(r["id"], r["number"], r["filedOn"]) for r in read_log(args.ack_log, None) if r["kind"] == "case"]

    def send(record, method, path, body):
        """Sends one write; logs it as acknowledged (2xx) or in flight (the API died). None once the API is gone."""
        try:
            status, payload = api.call(method, path, body)
        except ApiGone as gone:
            inflight.write({**record, "error": str(gone)})
            with stats_lock:
                stats["inflight"] += 1
            return None
        count(status, f"{method} {path}", payload)
        if 200 <= status < 300:
            return payload
        return {}                                     # refused (4xx/5xx): not acknowledged, carry on

    def worker(w):
        rng = random.Random(f"{args.cycle}-{w}-{time.time_ns()}")
        mine = []            # [case id, number, filed on, payments recorded]: this worker's cases of this cycle
        n = 0
        while True:
            if not mine or rng.random() < 0.5:
                # Register a case. Sequence numbers are unique per cycle and worker, so even a registration that
                # committed without its answer (killed mid-request) never collides with a later one.
                n += 1
                body = case_body(rng, args.cycle * 10_000_000 + w * 1_000_000 + n)
                record = {"cycle": args.cycle, "worker": w, "kind": "case", "number": body["caseNumber"]}
                payload = send(record, "POST", "/api/cases", body)
                if payload is None:
                    return
                if payload:
                    acked.write({**record, "id": payload["id"], "number": payload["caseNumber"], "filedOn": body["filedOn"]})
                    mine.append([payload["id"], payload["caseNumber"], body["filedOn"], 0])
                    with stats_lock:
                        stats["cases"] += 1
                continue

            # Record a payment: mostly on one of this worker's cases (recent ones more often), sometimes on a case
            # of an earlier cycle, which another worker may be paying into at the same moment.
            if older and rng.random() < 0.15:
                case_id, number, filed_on = rng.choice(older)
                tag = f"x{rng.randrange(10**9)}"
            else:
                case = mine[-1 - min(int(rng.expovariate(0.5)), len(mine) - 1)]
                case[3] += 1
                case_id, number, filed_on, tag = case[0], case[1], case[2], f"p{case[3]}"
            today, filed = court_today(), dt.date.fromisoformat(filed_on)
            paid = filed + dt.timedelta(days=rng.randrange(0, (today - filed).days + 1))
            amount = f"{rng.randrange(100, 5_000_000) / 100:.2f}"
            note = f"crash c{args.cycle} w{w} {number} {tag}"     # unique; stored in CasePayments.Note
            body = {"amount": float(amount), "paidOn": paid.isoformat(), "source": rng.choice(PAYMENT_SOURCES),
                    "note": note}
            record = {"cycle": args.cycle, "worker": w, "kind": "payment", "caseId": case_id,
                      "amount": amount, "paidOn": body["paidOn"], "note": note}
            payload = send(record, "POST", f"/api/cases/{case_id}/payments", body)
            if payload is None:
                return
            if payload:
                acked.write({**record, "version": payload["version"]})
                with stats_lock:
                    stats["payments"] += 1

    threads = [threading.Thread(target=worker, args=(w,), daemon=True) for w in range(1, args.workers + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(stats, ensure_ascii=False))


# --------------------------------------------------------------------------------------------------------------
# verify
# --------------------------------------------------------------------------------------------------------------

def read_log(path, cycles):
    records = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if cycles is None or record["cycle"] in cycles:
                    records.append(record)
    return records


def timeline_payments(timeline):
    """(amount, paidOn) of each live payment line, e.g. '执行到位 Payment ¥1,234.56 (Deduction); …'."""
    found = []
    for entry in timeline:
        if entry["kind"] == "Payment" and not entry["voided"]:
            amount = entry["summary"].split("Payment ¥", 1)[1].split(" ", 1)[0].replace(",", "")
            found.append((Decimal(amount), entry["occurredOn"]))
    return found


def verify(args):
    api = Api(args.base, args.token_file, args.user, args.password)
    cycles = None if args.cycles == "all" else {int(c) for c in args.cycles.split(",")}
    acked = read_log(args.ack_log, cycles)
    inflight = read_log(args.inflight_log, cycles)

    cases = {r["id"]: r for r in acked if r["kind"] == "case"}
    payments = {}
    for r in acked:
        if r["kind"] == "payment":
            payments.setdefault(r["caseId"], []).append(r)
    # Each problem is (the write it shows lost, or None for an inconsistency, message).
    problems = []

    def check_case(case_id):
        found = []
        expected = payments.get(case_id, [])
        status, detail = api.call("GET", f"/api/cases/{case_id}")
        if status != 200:                             # the case is gone, and its payments with it
            found.append((f"case {case_id}", f"case {case_id} ({cases.get(case_id, {}).get('number')}): GET answered {status}"))
            return found + [(f"payment {p['note']}", f"payment {p['note']}: its case is gone") for p in expected]
        if case_id in cases and detail["caseNumber"] != cases[case_id]["number"]:
            found.append((None, f"case {case_id}: number {detail['caseNumber']} != acknowledged {cases[case_id]['number']}"))
        if expected:
            status, timeline = api.call("GET", f"/api/cases/{case_id}/timeline")
            if status != 200:
                return found + [(None, f"case {case_id}: GET timeline answered {status}")]
            present = timeline_payments(timeline)
            for p in expected:                        # every acknowledged payment, matched one for one
                key = (Decimal(p["amount"]), p["paidOn"])
                if key in present:
                    present.remove(key)
                else:
                    found.append((f"payment {p['note']}", f"payment {p['note']} ({p['amount']} on {p['paidOn']}) missing from case {case_id}"))
            total = sum(Decimal(p["amount"]) for p in expected)
            if Decimal(str(detail["recoveredAmount"])) < total:
                found.append((None, f"case {case_id}: recoveredAmount {detail['recoveredAmount']} < acknowledged payments {total}"))
        return found

    # Acknowledged payments may sit on cases of earlier cycles: check every case named by either.
    to_check = sorted(set(cases) | set(payments))
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        for found in pool.map(check_case, to_check):
            problems.extend(found)

    # Writes in flight at the kill may or may not have committed; either is correct. Count them for the report.
    committed = 0
    for r in inflight:
        if r["kind"] == "case":
            status, page = api.call("GET", "/api/cases?number=" + urlquote(r["number"]))
            committed += status == 200 and page["total"] > 0
        else:
            status, timeline = api.call("GET", f"/api/cases/{r['caseId']}/timeline")
            committed += status == 200 and (Decimal(r["amount"]), r["paidOn"]) in timeline_payments(timeline)

    # The same facts straight from the database file: each acknowledged case's row, each payment by its note.
    if args.db:
        problems.extend(check_database(args.db, cases, payments))

    for _, message in problems[:50]:
        print("PROBLEM: " + message, file=sys.stderr)
    n_payments = sum(len(v) for v in payments.values())
    lost = {write for write, _ in problems if write is not None}
    print(json.dumps({"cases": len(cases), "payments": n_payments, "acked": len(cases) + n_payments,
                      "lost": len(lost), "problems": len(problems), "inflight": len(inflight),
                      "inflightCommitted": committed}))
    return 1 if problems else 0


def check_database(path, cases, payments):
    try:
        import sqlite3
    except ImportError:
        print("python3 has no sqlite3 module: database-level check skipped", file=sys.stderr)
        return []
    db = sqlite3.connect(path, timeout=10)
    try:
        case_ids = {row[0].lower() for row in db.execute('SELECT "Id" FROM "Cases"')}
        notes = {row[0] for row in db.execute('SELECT "Note" FROM "CasePayments" WHERE "Note" LIKE \'crash %\'')}
    finally:
        db.close()
    problems = [(f"case {i}", f"case {i} ({r['number']}): no row in Cases") for i, r in cases.items()
                if i.lower() not in case_ids]
    problems += [(f"payment {p['note']}", f"payment {p['note']}: no row in CasePayments")
                 for ps in payments.values() for p in ps if p["note"] not in notes]
    return problems


def urlquote(text):
    from urllib.parse import quote
    return quote(text, safe="")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["load", "verify"])
    parser.add_argument("--base", required=True, help="http://127.0.0.1:PORT")
    parser.add_argument("--token-file", required=True)
    parser.add_argument("--ack-log", required=True)
    parser.add_argument("--inflight-log", required=True)
    parser.add_argument("--user", default="coordinator")      # Coordinator: may register and work all cases
    parser.add_argument("--password", default="coordinator-demo-2026")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--cycle", type=int, default=1, help="load: the cycle number, part of case numbers")
    parser.add_argument("--cycles", default="all", help="verify: 'all' or a comma-separated list of cycles")
    parser.add_argument("--db", help="verify: also look the writes up in this SQLite file")
    args = parser.parse_args()
    if args.command == "load":
        load(args)
        return 0
    return verify(args)


if __name__ == "__main__":
    sys.exit(main())
