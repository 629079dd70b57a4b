#!/usr/bin/env python3
"""Generates src/main/resources/tariff/us-scopes.csv.gz: the US chapter-99 measure rows built from the
legal product lists (scopes/) and the chapter-99 rate texts of the HTSUS revisions.

Every rate is read from the chapter-99 line's own `general` text in the revision named for the period
(the script stops if the heading is missing or its text does not state the rate); the validity comes
from the date the policy applied to goods (revision_dates.csv, policy_effective_date). Rows carry the
list file, the revision and a confidence. Run from the repository root:

    python3 tools/scopes/us_scopes.py /work/shared/data/us-tariff-history
"""
import csv
import gzip
import io
import json
import re
import sys
from pathlib import Path

DATA = Path(sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/us-tariff-history')
OUT = Path('src/main/resources/tariff/us-scopes.csv.gz')
SCOPES = DATA / 'scopes'
COLUMNS = ['key', 'rule_id', 'version', 'authority', 'tax_code', 'kind', 'rate', 'amount', 'currency', 'unit',
           'minimum', 'maximum', 'tariff_prefixes', 'origins', 'claves', 'programs', 'condition', 'applies_to',
           'case_number', 'company', 'priority', 'stacking', 'heading', 'valid_from', 'valid_to', 'legal_basis',
           'source', 'confidence', 'note', 'revision', 'scope_list']
IEEPA_END = '2026-02-23'          # collection ended 12:01 a.m. EST 24 Feb 2026 (brief §4.6)
METALS_ANNEX_START = '2026-04-06'  # 232 annex restructuring (2026 rev 5), not loaded here
LICENCE = 'The Budget Lab at Yale, MIT licence'

_revisions = {}


def revision(name):
    """The chapter-99 lines of one revision, by heading."""
    if name not in _revisions:
        file = 'hts_' + (name if name.startswith('2026') else '2025_' + name) + '.json.gz'
        rows = json.load(gzip.open(DATA / 'hts' / file))
        _revisions[name] = {r['htsno']: r for r in rows if (r.get('htsno') or '').startswith('9903.')}
    return _revisions[name]


def rate_text(rev, heading):
    row = revision(rev).get(heading)
    if row is None:
        sys.exit(f'{heading} is not in HTSUS {rev}')
    return (row.get('general') or '').strip()


def rate_of(rev, heading):
    """(percent, on_content) from a text such as 'The duty provided in the applicable subheading + 25%' or
    '... + a duty of 50% upon the value of the steel content'; None for 'The duty provided ...' alone."""
    text = rate_text(rev, heading)
    m = re.search(r'(?:\+|plus)\s*(?:a duty of\s*)?([0-9.]+)%', text)
    if m is None:
        return None, False, text
    return m.group(1), 'content' in text, text


def codes(values):
    """Digits only, de-duplicated, sorted: legal lists print 8504.40.95 or 85044095."""
    out = sorted({re.sub(r'[^0-9]', '', v) for v in values if re.sub(r'[^0-9]', '', v)})
    return '|'.join(out)


def read_csv(name):
    with open(SCOPES / name, newline='') as f:
        return list(csv.DictReader(line for line in f if not line.startswith('#')))


rows = []


def row(rule, version, tax, kind, prefixes, frm, to, heading, rev, scope_list, legal, confidence, note='',
        rate='', origins='', programs='', condition='', applies_to='', priority=100, stacking='', source=''):
    rows.append({
        'key': f'{rule}@{frm}', 'rule_id': rule, 'version': str(version), 'authority': 'US', 'tax_code': tax,
        'kind': kind, 'rate': rate, 'tariff_prefixes': prefixes, 'origins': origins, 'programs': programs,
        'condition': condition, 'applies_to': applies_to, 'priority': str(priority), 'stacking': stacking,
        'heading': heading, 'valid_from': frm, 'valid_to': to or '', 'legal_basis': legal,
        'source': source, 'confidence': confidence, 'note': note, 'revision': rev, 'scope_list': scope_list})


def surcharge(rule, version, tax, prefixes, frm, to, heading, rev, scope_list, legal, confidence, note='',
              origins='', priority=50, stacking='RESIDUAL', list_file='', on_content=False):
    pct, content, text = rate_of(rev, heading)
    content = content or on_content
    if pct is None:
        sys.exit(f'{heading} in {rev} states no additional rate: {text}')
    source = f'scopes/{list_file} ({LICENCE}); rate: HTSUS {rev} {heading} "{text}"'
    row(rule, version, tax, 'PERCENT', prefixes, frm, to, heading, rev, scope_list, legal, confidence, note,
        rate=pct, origins=origins, condition='CONTENT' if content else '', priority=priority, stacking=stacking,
        source=source)


def exemption(rule, tax, applies_to, prefixes, frm, to, heading, rev, scope_list, legal, confidence, note='',
              origins='', programs='', priority=50, list_file=''):
    text = rate_text(rev, heading) if heading.startswith('9903.') and '/' not in heading else ''
    if text and rate_of(rev, heading)[0] is not None:
        sys.exit(f'{heading} in {rev} is not a no-additional-duty heading: {text}')
    source = f'scopes/{list_file} ({LICENCE})' + (f'; HTSUS {rev} {heading} "{text}"' if text else '')
    row(rule, 1, tax, 'EXEMPTION', prefixes, frm, to, heading, rev, scope_list, legal, confidence, note,
        origins=origins, programs=programs, applies_to=applies_to, priority=priority, source=source)


def notice(rule, prefixes, frm, to, note, legal, origins='', heading='', version=1):
    row(rule, version, 'NOTICE', 'NOTICE', prefixes, frm, to, heading, '', '', legal, 'MEDIUM', note, origins=origins)


def fentanyl():
    potash = codes(r['hts8'] for r in read_csv('fentanyl_carveout_products.csv') if r['category'] == 'potash_mx')
    legal = 'IEEPA; EO 14194 as amended by the EO of 6 Mar 2025 (potash); HTSUS ch. 99 subch. III U.S. note 2(c)'
    surcharge('US.IEEPA.MX.POTASH', 1, 'IEEPA', potash, '2025-03-07', IEEPA_END, '9903.01.05', 'rev_4',
              'IEEPA fentanyl carve-out: potash of Mexico (U.S. note 2(c))', legal, 'HIGH', origins='MX',
              list_file='fentanyl_carveout_products.csv')
    exemption('US.IEEPA.MX.POTASH.EXEMPT.USMCA', 'IEEPA', 'US.IEEPA.MX.POTASH', '*', '2025-03-07', IEEPA_END,
              'GN11', 'rev_4', 'USMCA-originating goods (HTSUS General Note 11)',
              'EO of 6 Mar 2025 (USMCA exception); HTSUS General Note 11', 'HIGH', origins='MX', programs='S|S+',
              list_file='fentanyl_carveout_products.csv')


def reciprocal():
    legal = 'IEEPA; EO 14257 (reciprocal tariff), as amended by EO 14266 (pause of country rates)'
    spared = '!MX|!CA|!CN|!HK|!MO'
    note = ('Baseline 10% on goods of every country except Mexico, Canada and China (own headings); '
            'country-specific rates are not loaded, so the baseline is loaded only where it was the law for all')
    surcharge('US.IEEPA.RECIPROCAL', 1, 'IEEPA', '*', '2025-04-05', '2025-04-08', '9903.01.25', 'rev_7',
              'EO 14257 baseline (9903.01.25)', legal, 'HIGH', note, origins=spared, priority=55,
              list_file='ieepa_exempt_products.csv')
    surcharge('US.IEEPA.RECIPROCAL', 2, 'IEEPA', '*', '2025-04-10', '2025-08-06', '9903.01.25', 'rev_9',
              'EO 14257 baseline (9903.01.25) during the pause of EO 14266', legal, 'HIGH', note, origins=spared,
              priority=55, list_file='ieepa_exempt_products.csv')
    notice('US.NOTICE.RECIPROCAL-COUNTRY', '*', '2025-04-09', '2025-04-09',
           'Country-specific IEEPA reciprocal rates (9903.01.43-.75) applied on 9 Apr 2025 and are not loaded: '
           'no reciprocal duty is computed for this date', legal, origins=spared, heading='9903.01.43')
    notice('US.NOTICE.RECIPROCAL-COUNTRY', '*', '2025-08-07', IEEPA_END,
           'Country-specific IEEPA reciprocal rates (9903.02.xx, from 7 Aug 2025) and country orders (Brazil, '
           'India) are not loaded: no reciprocal duty is computed for this date', legal, origins=spared,
           heading='9903.02.01', version=2)
    notice('US.NOTICE.IEEPA-CHINA', '*', '2025-02-04', IEEPA_END,
           'IEEPA duties on goods of China, Hong Kong and Macau (fentanyl 9903.01.20/.24, reciprocal 9903.01.63 and '
           'successors) are not loaded: no IEEPA duty is computed for this origin', legal, origins='CN|HK|MO',
           heading='9903.01.24')
    windows = {}
    for r in read_csv('ieepa_exempt_products.csv'):
        start = r['effective_date_start'] if r['effective_date_start'] != 'NA' else '2025-04-05'
        end = r['effective_date_end'] if r['effective_date_end'] != 'NA' else IEEPA_END
        windows.setdefault((start, end), []).append(r['hts10'])
    for (start, end), hts in sorted(windows.items()):
        exemption(f'US.IEEPA.RECIPROCAL.EXEMPT.ANNEX-II.{start}.{end}', 'IEEPA', 'US.IEEPA.RECIPROCAL', codes(hts),
                  start, end, '9903.01.32', 'rev_7', f'EO 14257 Annex II (U.S. note 2(v)(iii)), {start} to {end}',
                  'EO 14257 sec. 3(b) and Annex II, as amended (EO 14346 of 5 Sep 2025; EO of 14 Nov 2025)', 'HIGH',
                  f'Annex II exemption window {start}..{end}', origins=spared, priority=55,
                  list_file='ieepa_exempt_products.csv')


METAL_PERIODS = [  # version, from, to, revision carrying the rate text, confidence, note
    (1, '2025-03-12', '2025-06-03', 'rev_6', 'HIGH', ''),
    (2, '2025-06-04', '2026-04-05', 'rev_14', 'HIGH', 'UK goods stayed at 25% (not loaded: see notice)'),
    (3, METALS_ANNEX_START, None, '2026_rev_4', 'MEDIUM',
     'From 6 Apr 2026 the metals moved to the annex regime (9903.82, 2026 rev 5), not loaded: 50% kept'),
]
METAL_LEGAL = {'steel': 'Trade Expansion Act of 1962 s. 232; Proclamations 10896 (25%, 12 Mar 2025) and 10947 '
                        '(50%, 4 Jun 2025); HTSUS ch. 99 subch. III U.S. note 16',
               'aluminum': 'Trade Expansion Act of 1962 s. 232; Proclamations 10895 (25%, 12 Mar 2025) and 10947 '
                           '(50%, 4 Jun 2025); HTSUS ch. 99 subch. III U.S. note 19'}


def metal_rules():
    groups = {}
    for r in read_csv('s232_metal_chapter_products.csv'):
        metal, kind, src = r['metal_type'], r['kind'], r['source']
        if kind == 'mill':
            heading = '9903.81.87' if metal == 'steel' else '9903.85.02'
        elif metal == 'steel':
            heading = '9903.81.89' if 'Proc 9980' in src else '9903.81.90'
        else:
            heading = '9903.85.04' if 'Proc 9980' in src else '9903.85.07'
        start = r['effective_date'] or '2025-03-12'
        group = groups.setdefault((heading, metal, start), ([], set()))
        group[0].append(r['hts_prefix'])
        group[1].add('s232_metal_chapter_products.csv')
    for r in read_csv('s232_derivative_products.csv'):
        start = r['effective_date'] or '2025-03-12'
        group = groups.setdefault((r['ch99_code'], r['derivative_type'], start), ([], set()))
        group[0].append(r['hts_prefix'])
        group[1].add('s232_derivative_products.csv')
    for (heading, metal, start), (hts, files) in sorted(groups.items()):
        rule = f'US.S232.{heading}' + ('' if start == '2025-03-12' else f'.FROM-{start}')
        file = ' + '.join(sorted(files))
        version = 0
        for _, frm, to, rev, confidence, note in METAL_PERIODS:
            if to is not None and to < start:
                continue
            version += 1
            frm = max(frm, start)
            scope = f'Section 232 {metal} ({heading}; {file.replace(".csv", "")})'
            # Proclamation 10947 (4 Jun 2025): on every derivative the duty falls on the metal content only.
            derivative = heading not in ('9903.81.87', '9903.85.02') and frm >= '2025-06-04'
            surcharge(rule, version, 'S232', codes(hts), frm, to, heading, rev, scope, METAL_LEGAL[metal],
                      confidence, note + ('; content basis from Proclamation 10947 (the rate text is silent)'
                                          if derivative and 'content' not in rate_text(rev, heading) else ''),
                      origins='' if frm < '2025-06-04' else '!GB', priority=20,
                      stacking='EXCLUSIVE', list_file=file, on_content=derivative)
    notice('US.NOTICE.S232-UK-METALS', '72|73|76', '2025-06-04', None,
           'Steel and aluminium of the United Kingdom stayed at 25% after 4 Jun 2025 (9903.81.94-99, 9903.85.12-15); '
           'those headings are not loaded: no Section 232 is computed for UK metal', METAL_LEGAL['steel'], origins='GB')


def copper_autos():
    copper = codes(r['hts10'] for r in read_csv('s232_copper_products.csv'))
    surcharge('US.S232.COPPER', 1, 'S232', copper, '2025-08-01', None, '9903.78.01', 'rev_17',
              'Section 232 copper (U.S. note 36(b))', 'Trade Expansion Act of 1962 s. 232; Proclamation 10962 '
              '(copper, 1 Aug 2025); HTSUS ch. 99 subch. III U.S. note 36', 'HIGH', priority=20, stacking='EXCLUSIVE',
              list_file='s232_copper_products.csv')
    autos = ['870322', '870323', '870324', '870331', '870332', '870333', '870334', '870340', '870350', '870360',
             '870370', '870380', '870390', '87042101', '87043101', '87044100', '87045100']
    surcharge('US.S232.AUTOS', 1, 'S232', codes(autos), '2025-04-03', None, '9903.94.01', 'rev_6',
              'Section 232 passenger vehicles and light trucks (U.S. note 33(b))',
              'Trade Expansion Act of 1962 s. 232; Proclamation 10908 (autos, 3 Apr 2025); U.S. note 33', 'MEDIUM',
              'Scope as the prefixes of policy_params.yaml (autos_passenger, autos_light_trucks), not the note text',
              priority=10, stacking='EXCLUSIVE', list_file='../policy_params.yaml')
    parts = codes(open(SCOPES / 's232_auto_parts.txt').read().split())
    surcharge('US.S232.AUTO-PARTS', 1, 'S232', parts, '2025-05-03', None, '9903.94.05', 'rev_11',
              'Section 232 automobile parts (U.S. note 33(g))',
              'Trade Expansion Act of 1962 s. 232; Proclamation 10908 (parts, 3 May 2025); U.S. note 33(g)', 'HIGH',
              'Some listed provisions (e.g. 8471) are mainly not vehicle parts: the duty applies only to auto parts',
              priority=10, stacking='EXCLUSIVE', list_file='s232_auto_parts.txt')
    exemption('US.S232.AUTO-PARTS.EXEMPT.USMCA', 'S232', 'US.S232.AUTO-PARTS', '*', '2025-05-03', None,
              '9903.94.06', 'rev_14', 'USMCA-qualifying parts (U.S. note 33(h))',
              'Proclamation 10908 cl. (3)(b); HTSUS 9903.94.06 and U.S. note 33(h)', 'HIGH',
              'USMCA parts stay free of Section 232 until Commerce sets the non-US content process',
              origins='MX|CA', programs='S|S+', priority=10, list_file='s232_auto_parts.txt')


S301_HEADINGS = {'9903.88.01': 'Section 301 list 1', '9903.88.02': 'Section 301 list 2',
                 '9903.88.03': 'Section 301 list 3', '9903.88.15': 'Section 301 list 4A',
                 '9903.91.01': 'Section 301 four-year review, U.S. note 31(b)',
                 '9903.91.02': 'Section 301 four-year review, U.S. note 31(c)',
                 '9903.91.03': 'Section 301 four-year review, U.S. note 31(d)'}
S301_EXCLUSIONS = ['9903.88.21', '9903.88.22', '9903.88.23', '9903.88.24', '9903.88.25', '9903.88.26',
                   '9903.88.27', '9903.88.28', '9903.88.69', '9903.88.70']
S301_LEGAL = ('Trade Act of 1974 s. 301; USTR actions on China (83 FR 28710, 83 FR 40823, 83 FR 47974, 84 FR 43304; '
              'four-year review 89 FR 76581); HTSUS ch. 99 subch. III U.S. notes 20 and 31')


def footnote_runs(headings):
    """Per heading, the runs of consecutive revisions whose chapter 1-97 lines carry the same set of
    "See <heading>" footnotes: [(codes, first revision, effective date)]. The revision in force wins over
    a curated list (SOURCE.md), so these runs are the scope; the lists only cross-check them."""
    order = list(csv.DictReader(open(DATA / 'revision_dates.csv')))
    runs = {h: [] for h in headings}
    for rev in order:
        name = rev['revision']
        file = 'hts_' + (name if name.startswith('2026') else '2025_' + name) + '.json.gz'
        if not (DATA / 'hts' / file).exists():
            continue
        found = {h: set() for h in headings}
        for r in json.load(gzip.open(DATA / 'hts' / file)):
            code = (r.get('htsno') or '').replace('.', '')
            if not code or code.startswith('99'):
                continue
            for f in r.get('footnotes') or []:
                for h in re.findall(r'9903\.\d\d\.\d\d', f.get('value') or ''):
                    if h in found:
                        found[h].add(code)
        for h in headings:
            codes_now = frozenset(found[h])
            if not runs[h] or runs[h][-1][0] != codes_now:
                runs[h].append((codes_now, name, rev['effective_date']))
    return runs


def day_before(date):
    import datetime
    return (datetime.date.fromisoformat(date) - datetime.timedelta(days=1)).isoformat()


def section301():
    listed = {}
    for r in read_csv('s301_product_lists.csv'):
        listed.setdefault(r['ch99_code'], set()).add(r['hts8'])
    runs = footnote_runs(list(S301_HEADINGS) + S301_EXCLUSIONS)
    for heading, heading_runs in runs.items():
        exclusion = heading in S301_EXCLUSIONS
        version = 0
        for i, (found, rev, frm) in enumerate(heading_runs):
            to = day_before(heading_runs[i + 1][2]) if i + 1 < len(heading_runs) else None
            if not found:
                continue
            version += 1
            eights = {c[:8] for c in found}
            check = listed.get(heading, set())
            cross = (f'; cross-check with s301_product_lists.csv: {len(check - eights)} listed HTS-8 not footnoted, '
                     f'{len(eights - check)} footnoted not listed') if check else ''
            scope = (f'HTSUS {rev} footnotes "See {heading}" on chapter 1-97 lines'
                     + ('' if exclusion else f' ({S301_HEADINGS[heading]})'))
            if exclusion:
                exemption(f'US.S301.EXCLUSION.{heading}', 'S301', 'S301', codes(found), frm, to, heading, rev,
                          f'Section 301 product exclusion: {scope}', S301_LEGAL + '; USTR exclusion notices', 'MEDIUM',
                          'Validity from the revisions that footnote the lines; the exclusion text also names '
                          'products by description and its own end date', origins='CN', priority=40,
                          list_file='../hts (footnotes)')
                rows[-1]['version'] = str(version)
                rows[-1]['key'] = f'US.S301.EXCLUSION.{heading}@{frm}'
            else:
                surcharge(f'US.S301.{heading}', version, 'S301', codes(found), frm, to, heading, rev, scope, S301_LEGAL,
                          'HIGH', 'Scope from the footnotes of the revision in force' + cross, origins='CN',
                          priority=40 if heading.startswith('9903.91') else 45, stacking='CUMULATIVE',
                          list_file='../hts (footnotes)')


def section122():
    hts = codes(r['hts8'] for r in read_csv('s122_exempt_products.csv'))
    exemption('US.S122.EXEMPT.ANNEX', 'S122', 'US.S122', hts, '2026-02-24', '2026-07-24', '9903.03.03',
              '2026_rev_4', 'Section 122 exempt products (U.S. note 2(aa)(ii)-(iii))',
              'Trade Act of 1974 s. 122; Proclamation of 20 Feb 2026, Annexes; HTSUS 9903.03.03-.04', 'MEDIUM',
              'The list merges the annexes of 9903.03.03 and 9903.03.04', priority=60,
              list_file='s122_exempt_products.csv')


def main():
    fentanyl()
    reciprocal()
    metal_rules()
    copper_autos()
    section301()
    section122()
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator='\n')
    w.writeheader()
    for r in rows:
        w.writerow({c: r.get(c, '') for c in COLUMNS})
    with gzip.GzipFile(OUT, 'wb', mtime=0) as f:
        f.write(buf.getvalue().encode('utf-8'))
    keys = [r['key'] for r in rows]
    versions = [(r['rule_id'], r['version']) for r in rows]
    if len(set(keys)) != len(keys) or len(set(versions)) != len(versions):
        sys.exit('duplicate key or (rule_id, version)')
    print(f'{len(rows)} rows, {sum(r["tariff_prefixes"].count("|") + 1 for r in rows)} codes -> {OUT}')


main()
