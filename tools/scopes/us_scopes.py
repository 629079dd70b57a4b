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
METALS_ANNEX_START = '2026-04-06'  # 232 annex restructuring (2026 rev 5)
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
    source = (f'scopes/{list_file} ({LICENCE}); rate: HTSUS {rev} {heading} "{text}"' if list_file
              else f'rate and scope: HTSUS {rev} {heading} "{text}"')
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
    note = ('Baseline 10% on goods of every country except Mexico and Canada (fentanyl orders) and China '
            '(rows US.IEEPA.RECIPROCAL.CN)')
    surcharge('US.IEEPA.RECIPROCAL', 1, 'IEEPA', '*', '2025-04-05', '2025-04-08', '9903.01.25', 'rev_7',
              'EO 14257 baseline (9903.01.25)', legal, 'HIGH', note, origins=spared, priority=55,
              list_file='ieepa_exempt_products.csv')
    surcharge('US.IEEPA.RECIPROCAL', 2, 'IEEPA', '*', '2025-04-10', '2025-08-06', '9903.01.25', 'rev_9',
              'EO 14257 baseline (9903.01.25) during the pause of EO 14266', legal, 'HIGH', note, origins=spared,
              priority=55, list_file='ieepa_exempt_products.csv')
    surcharge('US.IEEPA.RECIPROCAL', 3, 'IEEPA', '*', '2025-04-09', '2025-04-09', '9903.01.25', 'rev_8',
              'EO 14257 baseline (9903.01.25) for countries without an Annex I rate', legal, 'HIGH',
              'Countries of Annex I pay their own heading (9903.01.43-.76) on this day', origins=spared, priority=55)
    surcharge('US.IEEPA.RECIPROCAL', 4, 'IEEPA', '*', '2025-08-07', IEEPA_END, '9903.01.25', 'rev_18',
              'EO 14257 baseline (9903.01.25) for countries without a heading of EO 14326', legal + '; EO 14326',
              'HIGH', 'Countries with a 9903.02.xx heading pay their own rate', origins=spared, priority=55)
    windows = {}
    for r in read_csv('ieepa_exempt_products.csv'):
        start = r['effective_date_start'] if r['effective_date_start'] != 'NA' else '2025-04-05'
        end = r['effective_date_end'] if r['effective_date_end'] != 'NA' else IEEPA_END
        windows.setdefault((start, end), []).append(r['hts10'])
    for (start, end), hts in sorted(windows.items()):
        exemption(f'US.IEEPA.RECIPROCAL.EXEMPT.ANNEX-II.{start}.{end}', 'IEEPA', 'US.IEEPA.RECIPROCAL', codes(hts),
                  start, end, '9903.01.32', 'rev_7', f'EO 14257 Annex II (U.S. note 2(v)(iii)), {start} to {end}',
                  'EO 14257 sec. 3(b) and Annex II, as amended (EO 14346 of 5 Sep 2025; EO of 14 Nov 2025)', 'HIGH',
                  f'Annex II exemption window {start}..{end}; covers every reciprocal rate (baseline, China, '
                  'country headings of 9903.01.43-.76 and 9903.02.xx)', priority=55,
                  list_file='ieepa_exempt_products.csv')
    return windows

EU27 = 'AT|BE|BG|HR|CY|CZ|DK|EE|FI|FR|DE|GR|HU|IE|IT|LV|LT|LU|MT|NL|PL|PT|RO|SK|SI|ES|SE'
COUNTRIES = {  # the names the chapter-99 headings use -> ISO 3166 alpha-2
    'afghanistan': 'AF', 'algeria': 'DZ', 'angola': 'AO', 'bangladesh': 'BD', 'bolivia': 'BO',
    'bosnia and herzegovina': 'BA', 'botswana': 'BW', 'brazil': 'BR', 'brunei': 'BN', 'cambodia': 'KH',
    'cameroon': 'CM', 'chad': 'TD', 'costa rica': 'CR', "cote d'ivoire": 'CI',
    'democratic republic of the congo': 'CD', 'ecuador': 'EC', 'equatorial guinea': 'GQ', 'european union': EU27,
    'falkland islands': 'FK', 'fiji': 'FJ', 'ghana': 'GH', 'guyana': 'GY', 'iceland': 'IS', 'india': 'IN',
    'indonesia': 'ID', 'iraq': 'IQ', 'israel': 'IL', 'japan': 'JP', 'jordan': 'JO', 'kazakhstan': 'KZ', 'laos': 'LA',
    'lesotho': 'LS', 'libya': 'LY', 'liechtenstein': 'LI', 'madagascar': 'MG', 'malawi': 'MW', 'malaysia': 'MY',
    'mauritius': 'MU', 'moldova': 'MD', 'mozambique': 'MZ', 'myanmar (burma)': 'MM', 'namibia': 'NA', 'nauru': 'NR',
    'new zealand': 'NZ', 'nicaragua': 'NI', 'nigeria': 'NG', 'north macedonia': 'MK', 'norway': 'NO',
    'pakistan': 'PK', 'papua new guinea': 'PG', 'philippines': 'PH', 'serbia': 'RS', 'south africa': 'ZA',
    'south korea': 'KR', 'sri lanka': 'LK', 'switzerland': 'CH', 'syria': 'SY', 'taiwan': 'TW', 'thailand': 'TH',
    'trinidad and tobago': 'TT', 'tunisia': 'TN', 'turkey': 'TR', 'uganda': 'UG', 'united kingdom': 'GB',
    'vanuatu': 'VU', 'venezuela': 'VE', 'vietnam': 'VN', 'zambia': 'ZM', 'zimbabwe': 'ZW'}
RECIPROCAL_LEGAL = 'IEEPA; EO 14257 (reciprocal tariff), Annex I, as amended by EO 14266 and EO 14326 (31 Jul 2025)'
ORDER = list(csv.DictReader(open(DATA / 'revision_dates.csv')))


def policy_date(rev):
    r = next(r for r in ORDER if r['revision'] == rev)
    return r['policy_effective_date'] if r['policy_effective_date'] != 'NA' else r['effective_date']


def origins_of(description):
    """The ISO codes of 'articles the product of X, Y, or Z, as provided ...'; None for other texts."""
    m = re.search(r'product of (.+?)(?:,? as provided|, with an ad valorem)', description)
    if m is None or m.group(1) == 'any country':
        return None
    out = []
    for name in re.split(r', | or ', m.group(1)):
        name = name.strip().removeprefix('or ').removeprefix('the ').lower()
        name = re.sub(r'[`’\u2019]', "'", name).replace('ô', 'o')
        if name not in COUNTRIES:
            sys.exit(f'unknown country in a chapter-99 heading: {name!r} ({description[:80]})')
        out.append(COUNTRIES[name])
    return '|'.join(sorted(set('|'.join(out).split('|'))))


def china():
    legal = ('IEEPA; EO 14195 (China fentanyl), as amended by EO 14228 (20%, 4 Mar 2025) and the EO of 4 Nov 2025 '
             '(10% from 10 Nov 2025); HTSUS ch. 99 subch. III U.S. notes 2(s) and 2(u)')
    note = ('Stacks on Section 232 and on the reciprocal duty (EO 14289 exempts only the Canada/Mexico orders); '
            'donations, informational materials and accompanied baggage (9903.01.21-.23) are not computed')
    for version, (frm, to, heading, rev) in enumerate([
            ('2025-02-04', '2025-03-03', '9903.01.20', 'rev_1'),
            ('2025-03-04', '2025-11-09', '9903.01.24', 'rev_3'),
            ('2025-11-10', IEEPA_END, '9903.01.24', 'rev_27')], start=1):
        surcharge('US.IEEPA.CN.FENTANYL', version, 'IEEPA', '*', frm, to, heading, rev,
                  f'EO 14195: every product of China and Hong Kong ({heading})', legal, 'HIGH', note,
                  origins='CN|HK', priority=50, stacking='CUMULATIVE')
    legal = ('IEEPA; EO 14257 (reciprocal), EO 14259 (84%, 9 Apr 2025), EO 14266 (125%, 10 Apr 2025), '
             'EO 14298 (10%, 14 May 2025, Geneva) and the EO of 4 Nov 2025 (suspension to 10 Nov 2026)')
    for version, (frm, to, heading, rev, what) in enumerate([
            ('2025-04-05', '2025-04-08', '9903.01.25', 'rev_7', 'baseline before the country rates'),
            ('2025-04-09', '2025-04-09', '9903.01.63', 'rev_8', 'China rate of Annex I as raised by EO 14259'),
            ('2025-04-10', '2025-05-13', '9903.01.63', 'rev_9', 'China rate as raised by EO 14266'),
            ('2025-05-14', IEEPA_END, '9903.01.25', 'rev_12', 'baseline while 9903.01.63 is suspended')], start=1):
        surcharge('US.IEEPA.RECIPROCAL.CN', version, 'IEEPA', '*', frm, to, heading, rev,
                  f'EO 14257 reciprocal on products of China, Hong Kong and Macau: {what} ({heading})', legal, 'HIGH',
                  'Not charged on the value subject to Section 232 (9903.01.33)', origins='CN|HK|MO', priority=55)


def country_rates():
    """Annex I rates of 9 Apr 2025 (9903.01.43-.76, one day before the pause) and the EO 14326 rates from
    7 Aug 2025 (9903.02.02-.91), each heading followed through the revisions until IEEPA ended."""
    for n in range(43, 77):
        heading = f'9903.01.{n}'
        if heading == '9903.01.63':
            continue  # China: US.IEEPA.RECIPROCAL.CN
        origins = origins_of(revision('rev_8')[heading]['description'])
        surcharge(f'US.IEEPA.RECIPROCAL.{heading}', 1, 'IEEPA', '*', '2025-04-09', '2025-04-09', heading, 'rev_8',
                  f'EO 14257 Annex I rate ({heading})', RECIPROCAL_LEGAL, 'HIGH',
                  'Paused from 10 Apr 2025 by EO 14266', origins=origins, priority=55)
    revs = [r['revision'] for r in ORDER]
    revs = revs[revs.index('rev_18'):revs.index('2026_rev_4')]
    states = {}
    for rev in revs:
        lines = revision(rev)
        for n in range(2, 92):
            heading = f'9903.02.{n:02d}'
            row_ = lines.get(heading)
            state = None
            if row_ is not None and 'terminated' not in row_['description']:
                general = (row_.get('general') or '').strip()
                origins = origins_of(row_['description'])
                if origins and re.fullmatch(r'[0-9.]+%', general):
                    state = ('FLOOR', general[:-1], origins)
                elif origins and rate_of(rev, heading)[0] is not None:
                    state = ('', rate_of(rev, heading)[0], origins)
            states.setdefault(heading, []).append((rev, state))
    for heading, history in sorted(states.items()):
        version = 0
        for i, (rev, state) in enumerate(history):
            if state is None or (i > 0 and history[i - 1][1] == state):
                continue
            j = i
            while j + 1 < len(history) and history[j + 1][1] == state:
                j += 1
            to = day_before(policy_date(history[j + 1][0])) if j + 1 < len(history) else IEEPA_END
            version += 1
            floor, rate, origins = state
            rule = f'US.IEEPA.RECIPROCAL.{heading}'
            text = rate_text(rev, heading)
            if floor:
                row(rule, version, 'IEEPA', 'PERCENT', '*', policy_date(rev), to, heading, rev,
                    f'EO 14326 "all-in" rate ({heading}): {rate}% less the column 1 duty, never below zero',
                    RECIPROCAL_LEGAL + '; framework agreement implemented in U.S. note 2(v)', 'HIGH',
                    f'The paired heading of column-1 rates of {rate}% or more adds no duty', rate=rate,
                    origins=origins, condition='FLOOR', priority=55, stacking='RESIDUAL',
                    source=f'rate and scope: HTSUS {rev} {heading} "{text}"')
            else:
                surcharge(rule, version, 'IEEPA', '*', policy_date(rev), to, heading, rev,
                          f'EO 14326 country rate ({heading})', RECIPROCAL_LEGAL, 'HIGH',
                          'Validity from the policy date of the revision that carries the text', origins=origins,
                          priority=55)
    groups = {'eu': EU27, 'swiss': 'CH|LI', 'korea': 'KR'}
    floors = {'eu': 'US.IEEPA.RECIPROCAL', 'swiss': 'US.IEEPA.RECIPROCAL', 'korea': 'US.IEEPA.RECIPROCAL'}
    lists = {}
    for r in read_csv('floor_exempt_products.csv'):
        lists.setdefault((r['country_group'], r['category'], r['ch99_code'], r['effective_date_start']),
                         []).append(r['hts8'])
    for (group, category, heading, start), hts in sorted(lists.items()):
        exemption(f'US.IEEPA.RECIPROCAL.EXEMPT.{heading}', 'IEEPA', floors[group], codes(hts), start, IEEPA_END,
                  heading, 'rev_24' if group == 'eu' else ('rev_32' if group == 'korea' else '2026_basic'),
                  f'Framework-agreement exemption {heading} ({category}, {group})',
                  RECIPROCAL_LEGAL + '; U.S. note 2(v) subdivisions of the framework agreements', 'MEDIUM',
                  'Dated from the revision that published the list (the legal retroactive window is not modelled)',
                  origins=groups[group], priority=55, list_file='floor_exempt_products.csv')


def end_of(heading, start_rev):
    """IEEPA_END, or the day before the first later revision that drops or terminates the heading."""
    revs = [r['revision'] for r in ORDER]
    for rev in revs[revs.index(start_rev) + 1:revs.index('2026_rev_4')]:
        line = revision(rev).get(heading)
        if line is None or 'terminated' in line['description']:
            return day_before(policy_date(rev))
    return IEEPA_END


def country_orders(annex_ii):
    legal = 'IEEPA; EO 14323 (Brazil, 30 Jul 2025), as amended by the EO of 20 Nov 2025; U.S. note 2(x)'
    surcharge('US.IEEPA.BR-ORDER', 1, 'IEEPA', '*', '2025-08-06', end_of('9903.01.77', 'rev_18'), '9903.01.77',
              'rev_18', 'EO 14323: products of Brazil (9903.01.77)', legal, 'HIGH',
              'Entered after 12:01 a.m. EDT 6 Aug 2025 (heading text); adds to the reciprocal rate', origins='BR',
              priority=57)
    windows = {}
    for r in read_csv('country_eo_exempt_products.csv'):
        if r['ch99_code'] == '9903.01.77':
            windows.setdefault((r['effective_date_start'], r['effective_date_end'] or IEEPA_END), []).append(r['hts10'])
    for (start, end), hts in sorted(windows.items()):
        exemption(f'US.IEEPA.BR-ORDER.EXEMPT.{start}', 'IEEPA', 'US.IEEPA.BR-ORDER', codes(hts), start, end,
                  '9903.01.81', 'rev_18', f'EO 14323 Annex I exemptions (U.S. note 2(x)(iii)), from {start}', legal,
                  'HIGH', origins='BR', priority=57, list_file='country_eo_exempt_products.csv')
    legal = 'IEEPA; EO 14329 (India, 6 Aug 2025); U.S. note 2(z)'
    start = '2025-08-27'
    surcharge('US.IEEPA.IN-ORDER', 1, 'IEEPA', '*', start, end_of('9903.01.84', 'rev_20'), '9903.01.84', 'rev_20',
              'EO 14329: products of India (9903.01.84)', legal, 'HIGH',
              'Adds to the reciprocal rate of India (9903.02.26)', origins='IN', priority=57)
    for (frm, to), hts in sorted(annex_ii.items()):
        if to < start:
            continue
        exemption(f'US.IEEPA.IN-ORDER.EXEMPT.ANNEX-II.{max(frm, start)}.{to}', 'IEEPA', 'US.IEEPA.IN-ORDER',
                  codes(hts), max(frm, start), to, '9903.01.86', 'rev_20',
                  'Annex II products (U.S. note 2(v)(iii)) exempt from the India order (note 2(z)(ii))', legal, 'HIGH',
                  origins='IN', priority=57, list_file='ieepa_exempt_products.csv')


def params_prefixes(name):
    """The prefixes of one section_232_headings entry of policy_params.yaml (no YAML parser needed)."""
    text = open(DATA / 'policy_params.yaml').read()
    block = re.search(r'\n  ' + name + r':\n((?:    .*\n)+)', text).group(1)
    return re.findall(r"'([0-9]+)'", re.search(r'prefixes: \[([^\]]*)\]', block, re.S).group(1))


def section232_more():
    legal = ('Trade Expansion Act of 1962 s. 232; Proclamation of 17 Oct 2025 (medium- and heavy-duty vehicles, '
             'parts and buses, 1 Nov 2025); HTSUS ch. 99 subch. III U.S. note 38')
    parts = codes(open(SCOPES / 's232_mhd_parts.txt').read().split())
    surcharge('US.S232.MHD-PARTS', 1, 'S232', parts, policy_date('rev_26'), None, '9903.74.08', 'rev_26',
              'Section 232 medium- and heavy-duty vehicle parts (U.S. note 38(i)-(j))', legal, 'HIGH',
              'The list merges subdivisions (i) and (j) (9903.74.08 and .09, both + 25%); a part also on the '
              'automobile-parts list pays 9903.94.05 at the same rate', priority=12, stacking='EXCLUSIVE',
              list_file='s232_mhd_parts.txt')
    exemption('US.S232.MHD-PARTS.EXEMPT.USMCA', 'S232', 'US.S232.MHD-PARTS', '*', policy_date('rev_26'), None,
              'U.S. note 38', 'rev_26', 'USMCA-qualifying medium- and heavy-duty vehicle parts', legal, 'MEDIUM',
              'USMCA parts stay free until Commerce sets the non-US content process; the shipped data does not '
              'say which note 38 subdivision (9903.74.10/.11) carries the exception', origins='MX|CA',
              programs='S|S+', priority=12, list_file='s232_mhd_parts.txt')
    trucks = codes(params_prefixes('mhd_vehicles'))
    surcharge('US.S232.MHD-VEHICLES', 1, 'S232', trucks, policy_date('rev_26'), None, '9903.74.01', 'rev_26',
              'Section 232 medium- and heavy-duty vehicles (U.S. note 38(b))', legal, 'MEDIUM',
              'Scope as the prefixes of policy_params.yaml (mhd_vehicles), not the note text; USMCA vehicles pay '
              '25% on the non-US content only (9903.74.03), which is not computed: see the notice',
              priority=10, stacking='EXCLUSIVE', list_file='../policy_params.yaml')
    notice('US.NOTICE.S232-MHD-USMCA', trucks, policy_date('rev_26'), None,
           'Section 232 medium- and heavy-duty vehicles on a USMCA claim pay 25% on the value of the non-US content '
           '(9903.74.03); the non-US content is not declared, so the engine charges the full value', legal,
           origins='MX|CA', heading='9903.74.03')
    rows[-1]['programs'] = 'S|S+'
    surcharge('US.S232.BUSES', 1, 'S232', codes(params_prefixes('buses')), policy_date('rev_26'), None,
              '9903.74.02', 'rev_26', 'Section 232 buses, heading 8702 (U.S. note 38(c))', legal, 'HIGH',
              priority=10, stacking='EXCLUSIVE', list_file='../policy_params.yaml')
    wood = ('Trade Expansion Act of 1962 s. 232; Proclamation 10976 (timber, lumber and wood products, 14 Oct 2025); '
            'HTSUS ch. 99 subch. III U.S. note 37')
    floors = 'GB|JP|KR|' + EU27
    for rule, key, heading, what in [('US.S232.SOFTWOOD', 'softwood', '9903.76.01', 'softwood timber and lumber (b)'),
                                     ('US.S232.UPHOLSTERED', 'wood_furniture', '9903.76.02',
                                      'upholstered wooden furniture (d)'),
                                     ('US.S232.CABINETS', 'kitchen_cabinets', '9903.76.03',
                                      'kitchen cabinets and vanities (f)')]:
        surcharge(rule, 1, 'S232', codes(params_prefixes(key)), policy_date('rev_25'), None, heading, 'rev_25',
                  f'Section 232 {what} (U.S. note 37)', wood, 'MEDIUM',
                  f'Scope as the prefixes of policy_params.yaml ({key}); goods of the United Kingdom, Japan, the EU '
                  'and South Korea have their own headings (9903.76.20-.23), not loaded: see the notice',
                  origins='|'.join('!' + c for c in floors.split('|')) if key != 'softwood' else '',
                  priority=15, stacking='EXCLUSIVE', list_file='../policy_params.yaml')
    notice('US.NOTICE.S232-WOOD-AGREEMENTS', codes(params_prefixes('wood_furniture') + params_prefixes('kitchen_cabinets')),
           policy_date('rev_25'), None,
           'Wooden furniture and cabinets of the United Kingdom (10%), Japan, the EU and South Korea (15% all-in, '
           '9903.76.20-.23) follow their agreements; their dates and scopes are not in the shipped lists, so no '
           'Section 232 wood duty is computed for these origins', wood, origins=floors, heading='9903.76.20')
    semi = codes(r['hts10'] for r in read_csv('s232_semi_products.csv'))
    surcharge('US.S232.SEMICONDUCTORS', 1, 'S232', semi, policy_date('2026_rev_1'), None, '9903.79.01', '2026_rev_1',
              'Section 232 semiconductor articles (U.S. note 39(a)-(b))',
              'Trade Expansion Act of 1962 s. 232; Proclamation of 14 Jan 2026 (semiconductors); U.S. note 39',
              'MEDIUM', 'End-use exemptions (9903.79.03-.09: data centres, repairs, R&D, start-ups, consumer, '
              'industrial and public-sector uses) depend on the declared use, which the request does not carry',
              priority=18, stacking='EXCLUSIVE', list_file='s232_semi_products.csv')


def section201():
    solar = codes(r['hts10'] for r in read_csv('s201_solar_products.csv'))
    text = rate_text('rev_24', '9903.45.25')
    notice('US.NOTICE.S201-SOLAR', solar, '2025-01-01', None,
           f'Section 201 safeguard on solar cells and modules (9903.45.21-.29): the heading text of the revisions '
           f'reads "{text}", the first-year rate of Proclamation 9693, not the stepped-down rate in force, and cells '
           'enter under a 12.5 GW tariff-rate quota (9903.45.21) whose fill is not known here: no Section 201 duty '
           'is computed', 'Trade Act of 1974 s. 201; Proclamations 9693 and 10339; U.S. note 18', heading='9903.45.25')


ANNEX_LEGAL = ('Trade Expansion Act of 1962 s. 232; Proclamation of 2 Apr 2026 (metals annexes, 6 Apr 2026) and '
               'Proclamation 11032 (8 Jun 2026); HTSUS ch. 99 subch. III U.S. note 16(c)-(k)')
ANNEX_NOTE = ('Annex tier read from s232_annex_products.csv, its heading from the note-16 subdivisions the heading '
              'text names (tier rates cross-checked with policy_params.yaml); no duty when the article holds no '
              'metal (9903.82.01) or, outside ch. 72-76, metal under 15% of its weight (9903.82.03): neither is '
              'declared, so the full value is charged; Russian metal (9903.82.14-.17) is not loaded')
FRAMEWORK_1C = 'AR|EC|SV|GT|JP|KR|LI|CH|TW|GB|' + EU27  # the countries 9903.82.22 names


def metals_annex():
    """From 6 Apr 2026 the metals regime is the annex tiers of U.S. note 16(c): one row per tier and date."""
    tiers = {}
    for r in read_csv('s232_annex_products.csv'):
        tiers.setdefault((r['annex'], r['effective_date'] or METALS_ANNEX_START), []).append(r['hts_prefix'])
    spec = {  # annex -> [(rule suffix, heading, revision, origins, floor)]
        '1a': [('', '9903.82.02', '2026_rev_5', '!GB', False), ('.GB', '9903.82.04', '2026_rev_5', 'GB', False)],
        '1b': [('', '9903.82.09', '2026_rev_5', '!GB', False), ('.GB', '9903.82.05', '2026_rev_5', 'GB', False)],
        '1c': [('', '9903.82.20', '2026_rev_10', '|'.join('!' + c for c in FRAMEWORK_1C.split('|')), False),
               ('.FRAMEWORK', '9903.82.22', '2026_rev_10', FRAMEWORK_1C, True)],
        '3': [('', '9903.82.10', '2026_rev_5', '', True)],
    }
    for (annex, start), hts in sorted(tiers.items()):
        for suffix, heading, rev, origins, floor in spec.get(annex, []):
            rule = f'US.S232.ANNEX-{annex.upper()}{suffix}' + ('' if start == METALS_ANNEX_START else f'.FROM-{start}')
            scope = f'Section 232 metals annex {annex} ({heading}; s232_annex_products.csv)'
            if floor:
                text = rate_text(rev, heading)
                if not re.fullmatch(r'[0-9.]+%', text):
                    sys.exit(f'{heading} in {rev} is not an all-in rate: {text}')
                row(rule, 1, 'S232', 'PERCENT', codes(hts), start, None, heading, rev, scope, ANNEX_LEGAL, 'MEDIUM',
                    ANNEX_NOTE + f'; {text} all-in: the rate less the column-1 duty', rate=text[:-1],
                    origins=origins, condition='FLOOR', priority=19, stacking='EXCLUSIVE',
                    source=f'scopes/s232_annex_products.csv ({LICENCE}); rate: HTSUS {rev} {heading} "{text}"')
            else:
                surcharge(rule, 1, 'S232', codes(hts), start, None, heading, rev, scope, ANNEX_LEGAL, 'MEDIUM',
                          ANNEX_NOTE + ('; the UK rate needs metal melted and poured (or smelted and cast) in the '
                                        'UK (note 16(d)), which is not declared' if suffix == '.GB' else ''),
                          origins=origins, priority=19, stacking='EXCLUSIVE',
                          list_file='s232_annex_products.csv')
    notice('US.NOTICE.S232-ANNEX-II', codes(c for (annex, _), hts in tiers.items() if annex == '2' for c in hts),
           METALS_ANNEX_START, None, 'Annex II of the April 2026 metals proclamation takes these products out of '
           'Section 232: no metals duty from 6 Apr 2026', ANNEX_LEGAL, heading='9903.82.02')

METAL_PERIODS = [  # version, from, to, revision carrying the rate text, confidence, note
    (1, '2025-03-12', '2025-06-03', 'rev_6', 'HIGH', ''),
    (2, '2025-06-04', '2026-04-05', 'rev_14', 'HIGH', 'UK goods stayed at 25% (rows *.GB); '
     'from 6 Apr 2026 the annex regime (US.S232.ANNEX-*) replaces this row'),
]
UK_METAL_HEADINGS = {'9903.81.87': '9903.81.94', '9903.81.89': '9903.81.96', '9903.81.90': '9903.81.97',
                     '9903.81.91': '9903.81.98', '9903.85.02': '9903.85.12', '9903.85.04': '9903.85.13',
                     '9903.85.07': '9903.85.14', '9903.85.08': '9903.85.15'}
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
            if frm >= '2025-06-04':
                # Proclamation 10947 kept the United Kingdom at 25%: the UK heading that mirrors this one.
                uk = UK_METAL_HEADINGS[heading]
                surcharge(f'{rule}.GB', 1, 'S232', codes(hts), frm, to, uk, rev,
                          f'Section 232 {metal} of the United Kingdom ({uk}; {file.replace(".csv", "")})',
                          METAL_LEGAL[metal] + '; UK rate kept at 25% (Proclamation 10947 cl. 4)', confidence,
                          f'UK heading {uk} mirrors {heading} (same note subdivision of the list)', origins='GB',
                          priority=20, stacking='EXCLUSIVE', list_file=file, on_content=derivative)


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
                 '9903.91.03': 'Section 301 four-year review, U.S. note 31(d)',
                 '9903.91.04': 'Section 301 four-year review, U.S. note 31(e)',
                 '9903.91.05': 'Section 301 four-year review, U.S. note 31(f)',
                 '9903.91.06': 'Section 301 four-year review, U.S. note 31(g)',
                 '9903.91.07': 'Section 301 four-year review, U.S. note 31(h)',
                 '9903.91.08': 'Section 301 four-year review, U.S. note 31(i)',
                 '9903.91.11': 'Section 301 four-year review, U.S. note 31(j)'}
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


def stated_window(heading, frm, to):
    """Clips a footnote run to the entry dates the heading's own text states ("on or after January 1, 2026",
    "before January 1, 2026"): the revisions footnote the lines before the increase applies."""
    import datetime
    text = ''
    for rev in ('2025_rev_32', '2026_rev_3'):
        line = revision(rev.removeprefix('2025_')).get(heading)
        text = line['description'] if line else text
    def iso(words):
        return datetime.datetime.strptime(words, '%B %d, %Y').date().isoformat()
    after = re.search(r'on or after ([A-Z][a-z]+ \d{1,2}, \d{4})', text)
    before = re.search(r'and before ([A-Z][a-z]+ \d{1,2}, \d{4})', text)
    if after:
        frm = max(frm, iso(after.group(1)))
    if before:
        end = day_before(iso(before.group(1)))
        to = end if to is None or to > end else to
    return frm, to


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
            if heading.startswith('9903.91'):
                frm, to = stated_window(heading, frm, to)
                if to is not None and to < frm:
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
    china()
    annex_ii = reciprocal()
    country_rates()
    country_orders(annex_ii)
    metal_rules()
    copper_autos()
    section301()
    section122()
    section232_more()
    metals_annex()
    section201()
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
