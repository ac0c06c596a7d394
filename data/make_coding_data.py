#!/usr/bin/env python3
"""Builds the event coder's compact data files from ../shared/data (run from the repository root):

  data/ontology/cameo.tsv      every CAMEO code: name, Goldstein (GDELT's values), QuadClass, PLOVER type/mode/context
  data/coding/verbs.tsv        verb lemma -> CAMEO code, with the PETRARCH-2 patterns' first word (object/particle)
  data/actors/petrarch.tsv     actor phrases -> codes with date ranges (countries, capitals, demonyms, persons, groups)
  data/actors/agents.tsv       agent nouns -> role codes (troops -> MIL, police -> COP, ...)
  data/gazetteer/places.tsv.gz countries, admin1 regions, admin2 districts and cities >= 15,000 (GeoNames)

Sources and licences: see data/README.md. Deterministic: the same inputs give the same files.
"""
import csv, gzip, io, os, re, sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'data')
OUT = 'data'


def out(path):
    p = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


# ---- ontology ------------------------------------------------------------------------------
onto = os.path.join(SHARED, 'ontology')
names = {}
for row in csv.reader(open(os.path.join(onto, 'GDELT.CAMEO.eventcodes.txt'), encoding='utf-8'), delimiter='\t'):
    if row[0] != 'CAMEOEVENTCODE':
        names[row[0]] = row[1]
gold = {}
for row in csv.reader(open(os.path.join(onto, 'GDELT.CAMEO.goldsteinscale.txt'), encoding='utf-8'), delimiter='\t'):
    if row[0] != 'CAMEOEVENTCODE':
        gold[row[0]] = float(row[1])
# codes GDELT lacks (1213) come from the ICEWS/andybega codebook
for row in csv.DictReader(open(os.path.join(onto, 'cameo_codes_goldstein.tsv'), encoding='utf-8'), delimiter='\t'):
    names.setdefault(row['code'], row['name'])
    gold.setdefault(row['code'], float(row['goldstein']))
plover = {}
for line in open(os.path.join(onto, 'PLOVER', 'CAMEO2PLOVER-2021.txt'), encoding='utf-8'):
    line = line.split('#')[0].strip()
    m = re.match(r'^(\d{2,4}):\s*(.*)$', line)
    if not m:
        continue
    parts = [p.strip() for p in m.group(2).split(',')]
    plover[m.group(1)] = (parts + ['', '', ''])[:3]


def quad(code):
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def plover_of(code):
    for k in (code, code[:3], code[:2]):
        if k in plover and plover[k][0]:
            return plover[k]
    return ['', '', '']


with open(out('ontology/cameo.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('# code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context\n')
    for code in sorted(names, key=lambda c: (c[:2], c)):
        p = plover_of(code)
        f.write(f'{code}\t{names[code]}\t{gold.get(code, 0.0)}\t{quad(code)}\t{p[0]}\t{p[1]}\t{p[2]}\n')

# ---- verbs ---------------------------------------------------------------------------------
actors = os.path.join(SHARED, 'actors-petrarch2')
verb_rows = set()
block_code = None
verbs_in_block = []
for raw in open(os.path.join(actors, 'CAMEO.2.0.txt'), encoding='utf-8', errors='replace'):
    line = raw.rstrip('\n')
    if line.startswith('#') or not line.strip():
        continue
    m = re.match(r'^---\s+(\S+)\s+\[([^\]]*)\]', line)
    if m:
        block_code = m.group(2).strip()
        verbs_in_block = []
        continue
    if block_code is None:
        continue
    if line.startswith('-'):
        # pattern: "- [subject words] * [object words] [code] # VERB"
        pm = re.match(r'^-\s*(.*?)\s*\[([^\]]+)\]\s*(?:#\s*(\S+))?', line)
        if not pm:
            continue
        pattern, code, verb = pm.group(1), pm.group(2).split(':')[0].strip(), (pm.group(3) or '').strip()
        if not re.match(r'^\d{2,4}$', code) or '*' not in pattern:
            continue
        after = pattern.split('*', 1)[1]
        words = [w for w in re.findall(r"[A-Za-z&_'-]+", after) if not w.startswith('&')]
        if not words:
            continue
        targets = [verb.lower()] if verb else verbs_in_block
        for v in targets:
            verb_rows.add((v.replace('_', ' ').lower(), code, words[0].replace('_', ' ').lower()))
        continue
    vm = re.match(r'^\+?([A-Z][A-Z_\-\']*)\s*(\[([^\]]*)\])?', line.strip())
    if not vm:
        continue
    lemma = vm.group(1).strip('_').replace('_', ' ').lower()
    code = (vm.group(3) or block_code).split(':')[0].strip()
    verbs_in_block.append(lemma)
    if re.match(r'^\d{2,4}$', code):
        verb_rows.add((lemma, code, ''))

with open(out('coding/verbs.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('# lemma\tcameo\tnext word (object head or particle; empty = the verb alone)\n')
    for row in sorted(verb_rows):
        f.write('\t'.join(row) + '\n')

# ---- actors --------------------------------------------------------------------------------
def petrarch_date(s, end):
    # yymmdd or yyyymmdd; two-digit years: > 30 means 19xx
    s = s.strip()
    if len(s) == 6:
        y = int(s[:2]); y = 1900 + y if y > 30 else 2000 + y
        return f'{y:04d}-{s[2:4]}-{s[4:6]}'
    if len(s) == 8:
        return f'{s[:4]}-{s[4:6]}-{s[6:8]}'
    return ''


def codes_of(text):
    result = []
    for c in re.findall(r'\[([^\]]+)\]', text):
        parts = c.split()
        if not parts or parts[0] in ('---',) or parts[0].startswith('~'):
            continue
        code = parts[0]
        start = end = ''
        if len(parts) > 1:
            d = parts[1]
            if d.startswith('>'):
                start = petrarch_date(d[1:], False)
            elif d.startswith('<'):
                end = petrarch_date(d[1:], True)
            elif '-' in d:
                a, b = d.split('-', 1)
                start, end = petrarch_date(a, False), petrarch_date(b, True)
        if re.match(r'^[A-Z]{3,15}$', code):
            # PETRARCH-2 spells Angola's code "ANG" in a few entries (UNITA); CAMEO and ISO 3166 use AGO
            if code.startswith('ANG'):
                code = 'AGO' + code[3:]
            result.append((code, start, end))
    return result


def read_actor_file(path, kind_of, rows):
    entry = []   # phrases of the current entry
    codes = []
    kind = 'actor'
    def flush():
        if entry and codes:
            name = entry[0]
            for phrase in entry:
                for code, start, end in codes:
                    rows.add((phrase, code, start, end, kind, name))
    for raw in open(path, encoding='utf-8', errors='replace'):
        line = raw.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        if line[0] in ' \t' and '[' in line:
            codes.extend(codes_of(line))
            continue
        body = line.strip()
        alias = body.startswith('+')
        if alias:
            body = body[1:]
        name = re.split(r'[\[#]', body)[0].strip()
        phrase = name.replace('_', ' ').strip().lower()
        phrase = re.sub(r'\s+', ' ', re.sub(r'[()]', ' ', phrase)).strip()
        if not alias:
            flush()
            entry, codes = [], []
            kind = kind_of(body)
        # (a translated alias that is a common English word names no one: Tanzim's "organization")
        if len(phrase) >= 2 and '+' not in phrase and phrase not in ('organization', 'organisation'):
            entry.append(phrase)
        codes.extend(codes_of(body))
    flush()


actor_rows = set()
read_actor_file(os.path.join(actors, 'Phoenix.Countries.actors.txt'),
                lambda b: 'country' if re.search(r'\[[A-Z]{3}\]', b) else 'person' if 'CountryInfo' in b else 'actor', actor_rows)
read_actor_file(os.path.join(actors, 'Phoenix.International.actors.txt'),
                lambda b: 'person' if re.search(r'\d{6}', b) else 'actor', actor_rows)
read_actor_file(os.path.join(actors, 'Phoenix.MilNonState.actors.txt'), lambda b: 'actor', actor_rows)
with open(out('actors/petrarch.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('# phrase\tcode\tfrom\tuntil\tkind\tname  (PETRARCH-2 Phoenix dictionaries, MIT; dates end around 2014)\n')
    for row in sorted(actor_rows):
        f.write('\t'.join(row) + '\n')

agent_rows = set()
for raw in open(os.path.join(actors, 'Phoenix.agents.txt'), encoding='utf-8', errors='replace'):
    line = raw.strip()
    # skip comments and the substitution sets' definitions ("!PERSON! = MAN, ..."), not the entries
    # that use them ("!MINIST!  [~GOV]" is the minister/ministry agent itself)
    if not line or line.startswith('#') or re.match(r'^!\w+!\s*=', line):
        continue
    m = re.match(r'^([A-Z!][A-Z_\-\'!]*?)_?\s*(?:\{[^}]*\})?\s*\[~?([A-Z]{3,9})\]', line)
    if not m:
        continue
    phrase = m.group(1).replace('_', ' ').strip().lower()
    if '!' in phrase:
        for sub in (['man', 'men', 'woman', 'women', 'person'] if '!person!' in phrase else ['minister', 'ministers', 'ministry', 'ministries']):
            agent_rows.add((re.sub(r'!\w+!', sub, phrase), m.group(2)))
    else:
        agent_rows.add((phrase, m.group(2)))
with open(out('actors/agents.tsv'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('# phrase\trole  (PETRARCH-2 Phoenix.agents.txt, MIT)\n')
    for row in sorted(agent_rows):
        f.write('\t'.join(row) + '\n')

# ---- gazetteer -----------------------------------------------------------------------------
geo = os.path.join(SHARED, 'gazetteer-geonames')
iso2to3, country_names, capitals = {}, {}, {}
for line in open(os.path.join(geo, 'countryInfo.tsv'), encoding='utf-8'):
    if line.startswith('#'):
        continue
    f = line.rstrip('\n').split('\t')
    if len(f) > 5:
        iso2to3[f[0]] = f[1]
        country_names[f[1]] = f[4]
        capitals[f[1]] = f[5]
admin1 = {}
for line in open(os.path.join(geo, 'admin1CodesASCII.txt'), encoding='utf-8'):
    f = line.rstrip('\n').split('\t')
    if len(f) >= 3:
        admin1[f[0]] = (f[1], f[2])
# mtime=0 and no file name in the gzip header: the same inputs give the same bytes
with open(out('gazetteer/places.tsv.gz'), 'wb') as raw, io.TextIOWrapper(gzip.GzipFile(filename='', fileobj=raw, mode='wb', compresslevel=9, mtime=0), encoding='utf-8', newline='\n') as g:
    g.write('# name\talternates\tkind\tcountry\tadmin1\tlat\tlon\tpopulation  (GeoNames, CC BY 4.0)\n')
    for iso3, name in sorted(country_names.items()):
        g.write(f'{name}\t\tcountry\t{iso3}\t\t\t\t\n')
    for key, (name, ascii_name) in sorted(admin1.items()):
        cc = iso2to3.get(key.split('.')[0])
        if cc:
            alt = ascii_name if ascii_name != name else ''
            g.write(f'{name}\t{alt}\tadmin1\t{cc}\t{name}\t\t\t\n')
    # second-level divisions (districts: "Kurram District", India's "Bijapur" in Chhattisgarh), also under their name
    # without "District" or "Agency"; the coder takes them only in news about their own country
    for line in open(os.path.join(geo, 'admin2Codes.txt'), encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) < 3:
            continue
        parts = f[0].split('.')
        cc = iso2to3.get(parts[0])
        if not cc or len(parts) < 3:
            continue
        a1 = admin1.get(f'{parts[0]}.{parts[1]}', ('', ''))[0]
        alts = {f[2]} if f[2] != f[1] else set()
        for n in (f[1], f[2]):
            short = re.sub(r' (District|Agency)$', '', n)
            if short != n and len(short) >= 3:
                alts.add(short)
        alts.discard(f[1])
        g.write(f"{f[1]}\t{'|'.join(sorted(alts))}\tadmin2\t{cc}\t{a1}\t\t\t\n")
    rows = []
    for line in open(os.path.join(geo, 'cities15000.txt'), encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) < 15:
            continue
        cc = iso2to3.get(f[8])
        if not cc:
            continue
        pop = int(f[14] or 0)
        alts = [a for a in f[3].split(',') if re.match(r"^[A-Za-z][A-Za-z' .\-]{1,40}$", a) and a != f[1]]
        # all Latin-script alternates: the English exonyms (Mecca, Medina) sort late and were cut by a cap of 8
        alts = sorted(set(alts + ([f[2]] if f[2] != f[1] else [])))
        a1 = admin1.get(f'{f[8]}.{f[10]}', ('', ''))[0]
        kind = 'capital' if f[7] == 'PPLC' else 'city'
        rows.append((f[1], '|'.join(alts), kind, cc, a1, f'{float(f[4]):.4f}', f'{float(f[5]):.4f}', str(pop)))
    for r in sorted(rows):
        g.write('\t'.join(r) + '\n')
print('wrote data/ontology/cameo.tsv, data/coding/verbs.tsv, data/actors/petrarch.tsv, data/actors/agents.tsv, data/gazetteer/places.tsv.gz')
