import gzip, json, re, sys, math, collections, datetime, email.utils
AR_DIAC = re.compile('[\u064B-\u065F\u0670\u0640]')
def norm(w):
    w = AR_DIAC.sub('', w)
    w = re.sub('[أإآٱ]', 'ا', w); w = w.replace('ى','ي').replace('ة','ه').replace('ؤ','و').replace('ئ','ي')
    for p in ('وال','بال','كال','فال','لل','ال'):
        if w.startswith(p) and len(w) - len(p) >= 3: w = w[len(p):]; break
    return w
STOP = set(map(norm, "في من الى إلى على عن مع بعد قبل حول خلال بين و أو ثم لا لم لن ما هذا هذه ذلك التي الذي أن إن كان يوم اليوم أمس".split()))
def toks(t):
    return [norm(w) for w in re.findall(r'[\u0600-\u06FFA-Za-z0-9]+', t) if len(norm(w)) >= 3 and norm(w) not in STOP]
arts = []
which = sys.argv[1]; d0, d1 = sys.argv[2], sys.argv[3]
if which == 'snn':
    for l in gzip.open('/work/shared/data/saudinewsnet/saudinewsnet.jsonl.gz','rt'):
        o = json.loads(l); d = o['date_extracted'][:10]
        if d0 <= d <= d1: arts.append((o['id'], o['source'], d, o['title']))
else:
    for l in gzip.open('/work/shared/data/ant-multisource/ant_v2.1_multisource.jsonl.gz','rt'):
        o = json.loads(l)
        try: d = email.utils.parsedate_to_datetime(o['time']).astimezone(datetime.timezone(datetime.timedelta(hours=3))).date().isoformat()
        except Exception: d = o['docno'][-8:-4]+'-'+o['docno'][-4:-2]+'-'+o['docno'][-2:]
        if d0 <= d <= d1 and o['cat'] not in ('sport',): arts.append((o['docno'], o['src'], d, o['title']))
df = collections.Counter()
T = [set(toks(a[3])) for a in arts]
for s in T: df.update(s)
N = len(arts)
idf = {w: math.log(N/(c)) for w,c in df.items()}
inv = collections.defaultdict(list)
for i,s in enumerate(T):
    for w in s:
        if df[w] <= 60: inv[w].append(i)
parent = list(range(N))
def find(x):
    while parent[x] != x: parent[x] = parent[parent[x]]; x = parent[x]
    return x
pairs = collections.Counter()
for w, l in inv.items():
    for a in range(len(l)):
        for b in range(a+1, len(l)):
            pairs[(l[a], l[b])] += idf[w]
for (a,b), s in pairs.items():
    da = datetime.date.fromisoformat(arts[a][2]); db = datetime.date.fromisoformat(arts[b][2])
    if s >= float(sys.argv[4]) and abs((da-db).days) <= 2:
        parent[find(a)] = find(b)
groups = collections.defaultdict(list)
for i in range(N): groups[find(i)].append(i)
gs = sorted([g for g in groups.values() if 4 <= len(g) <= 40 and len({arts[i][1] for i in g}) >= 2], key=len, reverse=True)
print(N, 'articles', len(gs), 'groups', file=sys.stderr)
for k, g in enumerate(gs):
    print(f'== G{k} size {len(g)} sources {len({arts[i][1] for i in g})}')
    for i in sorted(g, key=lambda i: arts[i][2]):
        print(f'{arts[i][0]}\t{arts[i][1]}\t{arts[i][2]}\t{arts[i][3]}')
