#!/usr/bin/env python3
"""Writes an archivo M (pedimento validation file) of N export pedimentos for the import benchmark.

    python3 tools/load/m3-file.py 10000 > /tmp/m3-10000.txt

Each pedimento is the contract's northbound tomato export (patente 3456, aduana 240, 2026-03-10) as the
platform exports it (docs/formats.md), with its own progressive number starting at START (default
100000) and the file's 801 control totals. Every pedimento passes validation against the shipped
reference data, so the benchmark measures reading, validating and storing all of them.
"""
import sys

n = int(sys.argv[1])
start = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
out = sys.stdout
records = 0
for i in range(n):
    seq = "6%06d" % ((start + i) % 1000000)
    lines = [
        f"500|1|3456|{seq}|240|",
        f"501|3456|{seq}|240|2|A1|240||AGR010215KJ3|||||||||||||Agrícola El Rosario SA de CV|||||||||||||",
        f"505|{seq}|||FCA|USD|||||12-3456789|Rio Grande Produce LLC|||||",
        f"506|{seq}|1|20260310",
        f"511|{seq}|1|JC:regime=EXD",
        f"511|{seq}|2|JC:exporter.country=MX",
        f"511|{seq}|3|JC:buyer.country=US",
        f"551|{seq}|07020003|1|04|Tomate roma (saladette) fresco, cajas de 11.34 kg|||||18000|||||||||||||||",
        f"558|{seq}|07020003|1|1|JC:lines.origin=MX",
        f"558|{seq}|07020003|1|2|JC:lines.destination=US",
        f"558|{seq}|07020003|1|3|JC:lines.quantity.unit=KGM",
        f"558|{seq}|07020003|1|4|JC:lines.netWeightKg=18000",
        f"558|{seq}|07020003|1|5|JC:lines.value=21600.0",
        f"800|{seq}|1||",
    ]
    out.write("\n".join(lines) + "\n")
    records += len(lines)
out.write(f"801|m3456001.069|{n}|{records}|\n")
