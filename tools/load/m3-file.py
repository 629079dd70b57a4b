#!/usr/bin/env python3
"""Writes an archivo M (pedimento validation file) of N export pedimentos for the import benchmark.

    python3 tools/load/m3-file.py 10000 > /tmp/m3-10000.txt

Each pedimento is the contract's northbound tomato export (patente 3456, aduana 240, 2026-03-10) as a
broker's system writes it: the fields the platform reads (docs/formats.md) plus what an ordinary
transmission also holds and the platform carries verbatim (fletes and gross weight in 501, the COVE in
505, transport 502, guide 503, container 504, seal 516, permit 553, partida identifier 554,
contributions 510/557, the e.firma in 800). Own progressive number from START (default 100000) and the
file's 801 control totals. Every pedimento passes validation against the shipped reference data, so the
benchmark measures reading, validating, carrying and storing all of them.
"""
import sys


def record(arity, values):
    """A record of `arity` fields: {1-based position: value}, the rest empty."""
    fields = [""] * arity
    for position, value in values.items():
        fields[position - 1] = str(value)
    return "|".join(fields)


n = int(sys.argv[1])
start = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
out = sys.stdout
records = 0
for i in range(n):
    seq = "6%06d" % ((start + i) % 1000000)
    lines = [
        f"500|1|3456|{seq}|240|",
        record(35, {1: 501, 2: 3456, 3: seq, 4: 240, 5: 2, 6: "A1", 7: 240, 9: "AGR010215KJ3", 12: 3500, 13: 0,
                    14: 0, 15: 0, 17: "19250.000", 18: 7, 19: 7, 20: 7, 22: "Agrícola El Rosario SA de CV",
                    23: "CARRETERA CULIACAN KM 12", 26: 80300, 27: "CULIACAN", 28: "SIN", 29: "MEX",
                    31: 0, 32: 0, 33: 0, 34: 0, 35: 0}),
        record(9, {1: 502, 2: seq, 3: "TNO020304AB5", 5: "TRANSPORTES DEL NORTE SA DE CV", 6: "MEX", 7: "ABC1234", 8: 1600}),
        record(4, {1: 503, 2: seq, 3: f"BOL-{seq}", 4: 1}),
        record(4, {1: 504, 2: seq, 3: "TRLU1234567", 4: 1}),
        record(17, {1: 505, 2: seq, 3: 20260309, 4: f"COVE26{seq}A", 5: "FCA", 6: "USD", 7: "21600.00", 8: "21600.00",
                    9: "USA", 11: "12-3456789", 12: "Rio Grande Produce LLC", 13: "1200 BORDER AVE", 15: 4,
                    16: 78040, 17: "LAREDO"}),
        f"506|{seq}|1|20260310",
        f"510|{seq}|15|0|408",
        record(4, {1: 516, 2: seq, 3: "ABC1234", 4: f"SEAL{seq}"}),
        record(26, {1: 551, 2: seq, 3: "07020003", 4: 1, 5: "04",
                    6: "Tomate roma (saladette) fresco, cajas de 11.34 kg", 7: "1.20000", 8: 370656, 9: 370656,
                    10: "21600.0", 11: 18000, 12: "01", 13: 18000, 14: "01", 15: 0, 16: 0, 17: 1, 21: "USA", 22: "USA"}),
        record(9, {1: 553, 2: seq, 3: "07020003", 4: 1, 5: "FS", 6: f"SENASICA{seq}", 7: f"CFE-{seq}",
                   8: "21600.00", 9: 18000}),
        record(8, {1: 554, 2: seq, 3: "07020003", 4: 1, 5: "TL", 6: "USA"}),
        record(7, {1: 557, 2: seq, 3: "07020003", 4: 1, 5: 15, 6: 0, 7: 408}),
        f"558|{seq}|07020003|1|1|JC:lines.origin=MX",
        f"800|{seq}|1|FIRMA{seq}|00001000000512345678",
    ]
    out.write("\n".join(lines) + "\n")
    records += len(lines)
out.write(f"801|m3456001.069|{n}|{records}|\n")
