#!/usr/bin/env python3
"""Builds Faultline's bundled sample corpus from ../shared/data/news (Wikinews, CC BY 2.5; government
statements, public domain / OGL v3.0). Each article is rendered in the formats `faultline ingest`
reads -- HTML pages in three site styles with their furniture, scraped-text pages, an RSS feed
carrying full text and a gzipped WARC archive -- so the main job runs with no network.
Run from the repository root: python3 data/samples/make_samples.py"""
import gzip, html, io, json, os, random, shutil, sys
from email.utils import format_datetime
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = os.path.join(HERE, "..", "..", "..", "shared", "data", "news")
rng = random.Random(7)

articles = [json.loads(l) for l in open(os.path.join(NEWS, "articles.jsonl"), encoding="utf-8")]
political = set(open(os.path.join(NEWS, "political_ids.txt")).read().split())
pool = [a for a in articles if a["id"] in political and 1500 <= len(a["text"]) <= 9000]
pool.sort(key=lambda a: a["id"])
rng.shuffle(pool)
gov = [json.loads(l) for l in open(os.path.join(NEWS, "supplement_re3d_gov.jsonl"), encoding="utf-8")]
gov = [g for g in gov if 800 <= len(g["text"]) <= 6000][:8]

for sub in ("html", "scraped", "feeds", "archive"):
    shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, sub))

def paras(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]

def slug(a):
    return a["url"].rstrip("/").split("/")[-1][:60].replace("%", "")

NAV = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ["World", "Politics", "Business", "Science", "Sport", "Opinion"])
RELATED = lambda others: "".join(f'<li><a href="/{slug(o)}">{html.escape(o["title"])}</a></li>' for o in others)

def site_a(a, others):
    """A newspaper with JSON-LD, a share bar, an inline 'read more', captions, a newsletter plea, comments."""
    ps = paras(a["text"])
    body = []
    for i, p in enumerate(ps):
        body.append(f"<p>{html.escape(p)}</p>")
        if i == 1:
            body.append('<figure><img src="/img/1.jpg" alt=""><figcaption>File photo. Image: Wikimedia Commons.</figcaption></figure>')
        if i == 2 and len(ps) > 4:
            body.append(f'<div class="inline-related"><a href="/{slug(others[0])}">Read more: {html.escape(others[0]["title"])}</a></div>')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["date"] + "T09:30:00Z",
          "author": {"@type": "Organization", "name": "Wikinews"}, "articleSection": "World", "inLanguage": "en"}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} | The Daily Ledger</title>
<script type="application/ld+json">{json.dumps(ld)}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
<link rel="canonical" href="{html.escape(a['url'])}"><style>.share{{display:flex}}</style></head>
<body><div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">The Daily Ledger</a><nav><ul>{NAV}</ul></nav></header>
<main><article class="story"><h1>{html.escape(a['title'])}</h1>
<div class="byline">By Wikinews contributors · <time datetime="{a['date']}">{a['date']}</time></div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<div class="article-body">{''.join(body)}</div>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter and get the day's top stories in your inbox.</p><input type="email" placeholder="Your email"><button>Subscribe</button></div>
</article><aside class="sidebar"><h3>Most read</h3><ol>{RELATED(others[1:5])}</ol></aside></main>
<section class="comments"><h3>3 comments</h3><div class="comment">Great article, thanks for sharing!</div><form><textarea>Leave a comment</textarea></form></section>
<footer class="site-footer"><p>© 2024 The Daily Ledger. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul></footer>
</body></html>"""

def site_b(a, others):
    """A wire-style site with OpenGraph meta, a dateline in the body, a related-links box and table layout."""
    ps = paras(a["text"])
    ps[0] = f"WASHINGTON, {datetime.strptime(a['date'], '%Y-%m-%d').strftime('%b %d')} (Wire) - " + ps[0] if len(ps[0]) > 40 else ps[0]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in ps)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta property="og:title" content="{html.escape(a['title'])}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{a['date']}T14:05:00+00:00"><meta name="author" content="Wire staff">
<meta property="article:section" content="Politics"><title>{html.escape(a['title'])} - Wire</title></head>
<body><div id="top-menu" class="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/markets">Markets</a> | <a href="/login">Log in</a></div>
<table width="100%"><tr><td class="left-col" width="20%"><ul class="nav-links">{NAV}</ul></td>
<td class="main-col"><h1>{html.escape(a['title'])}</h1><span class="timestamp">{a['date']} 14:05 GMT</span>
<div id="story-text">{body}</div>
<div class="social-follow">Follow us on Twitter and Facebook</div>
<div class="related-stories"><h4>Related coverage</h4><ul>{RELATED(others[:4])}</ul></div></td>
<td class="ads" width="20%"><div class="advert">Advertisement</div></td></tr></table>
<div id="footer">Wire &copy; 2024 · <a href="/about">About</a> · <a href="/contact">Contact</a></div></body></html>"""

def scraped(a, others, style):
    """The visible text of a page, furniture and all, as a scraper saves it."""
    d = datetime.strptime(a["date"], "%Y-%m-%d")
    ps = paras(a["text"])
    if style == 0:
        head = ["Skip to main content", "Home", "World", "Politics", "Business", "Subscribe", "Sign in",
                d.strftime("%A, %d %B %Y"), a["title"], "By Staff Reporter", "Share on Facebook", "Share on Twitter", "A A A"]
        tail = ["Read more:", others[0]["title"], others[1]["title"],
                "Support independent journalism. Donate today to keep our reporting free for everyone.",
                "Sign up for our daily newsletter", "Email address *", "Leave a comment", "Name *", "Comment",
                "Most read", others[2]["title"], others[3]["title"], "© 2024 Frontier Post Media. All rights reserved."]
    else:
        head = ["We use cookies and similar technologies, including Google Analytics and Facebook Pixel, to measure traffic.", "Accept",
                "MENU", "Search", "News / Politics", a["title"], "Updated " + d.strftime("%B %d, %Y"), "Follow us"]
        tail = ["Editing by Wikinews volunteers",
                "Related stories", others[0]["title"], others[1]["title"], "Load more",
                "Subscribe to our newsletter for weekly analysis.", "Privacy policy | Terms of service"]
    return "\n".join(head + [""] + [p for p in ps] + [""] + tail) + "\n"

def warc_record(url, payload, date):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + str(len(payload)).encode() + b"\r\n\r\n" + payload
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}T12:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{rng.getrandbits(128):032x}>\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", mtime=0)

n = 0
others_for = lambda i: [pool[(i + k) % len(pool)] for k in range(1, 7)]
for i, a in enumerate(pool[:24]):
    page = site_a(a, others_for(i)) if i % 2 == 0 else site_b(a, others_for(i))
    enc = "utf-8" if i % 2 == 0 else "cp1252"
    with open(os.path.join(HERE, "html", f"{a['date']}-{slug(a)}.html"), "wb") as f:
        f.write(page.encode(enc, errors="xmlcharrefreplace"))
for i, a in enumerate(pool[24:36]):
    with open(os.path.join(HERE, "scraped", f"{a['date']}-{slug(a)}.txt"), "w", encoding="utf-8") as f:
        f.write(scraped(a, others_for(i + 24), i % 2))
items = []
for a in pool[36:48]:
    d = datetime.strptime(a["date"], "%Y-%m-%d").replace(hour=8, tzinfo=timezone.utc)
    content = "".join(f"<p>{html.escape(p)}</p>" for p in paras(a["text"]))
    items.append(f"""<item><title>{html.escape(a['title'])}</title><link>{html.escape(a['url'])}</link><guid>{html.escape(a['url'])}</guid>
<pubDate>{format_datetime(d)}</pubDate><description>{html.escape(paras(a['text'])[0][:200])}</description>
<content:encoded><![CDATA[{content}]]></content:encoded></item>""")
with open(os.path.join(HERE, "feeds", "wikinews-politics.rss"), "w", encoding="utf-8") as f:
    f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wikinews: politics and conflict (sample)</title>
<link>https://en.wikinews.org/</link><description>Sample feed built from Wikinews articles (CC BY 2.5)</description>
{''.join(items)}</channel></rss>
""")
# The WARC holds new pages plus two stories already in html/ under another site's template: syndication.
with open(os.path.join(HERE, "archive", "crawl.warc.gz"), "wb") as f:
    for i, a in enumerate(pool[48:60] + pool[0:2]):
        page = (site_b if i % 2 == 0 else site_a)(a, others_for(i + 48))
        url = a["url"] if i < 12 else "https://syndication.example.org/" + slug(a)
        f.write(warc_record(url, page.encode("utf-8"), a["date"]))
for g in gov:
    name = g["id"] + ".html"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras(g["text"]))
    with open(os.path.join(HERE, "html", name), "w", encoding="utf-8") as f:
        f.write(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(g['title'])}</title>
<link rel="canonical" href="{html.escape(g['url'])}"></head><body><nav><a href="/">Press releases</a></nav>
<div id="content" class="press-release"><h1>{html.escape(g['title'])}</h1>{body}</div>
<footer>Official website. Share this page.</footer></body></html>""")
print(f"{len(pool[:60])} Wikinews articles and {len(gov)} statements written under {HERE}", file=sys.stderr)
