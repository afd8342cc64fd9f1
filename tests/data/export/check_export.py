#!/usr/bin/python3
"""Reads yuegao's exports back with independent tools and prints what it
found as JSON, for tst_exportformats to compare with the export's input.

usage: check_export.py KIND FILE...   (KIND: json jsonl csv html brat docx odt)
Run it with Debian's /usr/bin/python3 (it has python3-docx).
"""
import csv
import html.parser
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET


def check_json(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    return {"articles": len(doc["articles"]),
            "spans": sum(len(a["annotations"]) for a in doc["articles"]),
            "titles": [a["title"] for a in doc["articles"]],
            "tags": sorted({t for a in doc["articles"] for t in a["tags"]}),
            "format": doc["format"]}


def check_jsonl(path):
    lines = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return {"articles": len(lines), "ids": [a["id"] for a in lines]}


def read_csv(path):
    raw = open(path, "rb").read()
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return raw.startswith(b"\xef\xbb\xbf"), rows


def check_csv(articles, annotations):
    bom_a, rows_a = read_csv(articles)
    bom_b, rows_b = read_csv(annotations)
    dangerous = [c for r in rows_a[1:] + rows_b[1:] for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    widths = {len(r) for r in rows_a} | {len(r) for r in rows_b}
    header_b = rows_b[0]
    return {"bom": bom_a and bom_b,
            "articleRows": len(rows_a) - 1,
            "annotationRows": len(rows_b) - 1,
            "columnsConsistent": len({len(r) for r in rows_a}) == 1 and len({len(r) for r in rows_b}) == 1,
            "dangerous": dangerous,
            "comments": [r[header_b.index("comment")] for r in rows_b[1:]],
            "quotes": [r[header_b.index("quote")] for r in rows_b[1:]],
            "texts": [r[rows_a[0].index("text")] for r in rows_a[1:]],
            "widths": sorted(widths)}


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.text = []
        self.marks = []
        self.bad_attrs = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value and "javascript:" in value):
                self.bad_attrs.append((tag, name, value))
        if tag == "mark":
            self.marks.append(dict(attrs).get("style", ""))

    def handle_data(self, data):
        self.text.append(data)


def check_html(path):
    parser = Collector()
    parser.feed(open(path, encoding="utf-8").read())
    parser.close()
    text = "".join(parser.text)
    return {"tags": sorted(set(parser.tags)),
            "script": "script" in parser.tags or "img" in parser.tags or "b" in parser.tags or "i" in parser.tags,
            "badAttributes": [list(a) for a in parser.bad_attrs],
            "marks": len(parser.marks),
            "markStyles": sorted(set(parser.marks)),
            "text": text}


def check_brat(txt_path, ann_path):
    text = open(txt_path, encoding="utf-8").read()
    results = {"entities": 0, "notes": 0, "mismatches": [], "types": []}
    for line in open(ann_path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("T"):
            ident, middle, covered = line.split("\t")
            kind, ranges = middle.split(" ", 1)
            pieces = []
            for frag in ranges.split(";"):
                start, end = (int(x) for x in frag.split())
                pieces.append(text[start:end])
            if " ".join(pieces) != covered:
                results["mismatches"].append([ident, covered, " ".join(pieces)])
            results["entities"] += 1
            results["types"].append(kind)
        elif line.startswith("#"):
            results["notes"] += 1
    results["types"] = sorted(set(results["types"]))
    return results


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx(path):
    import docx  # Debian python3-docx
    document = docx.Document(path)  # fails on a malformed package
    paragraphs = [p.text for p in document.paragraphs]
    comments_part = None
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/comments.xml":
            comments_part = part
    rels = [r.reltype for r in document.part.rels.values()]
    comments = {}
    if comments_part is not None:
        root = ET.fromstring(comments_part.blob)
        for c in root.iter(W + "comment"):
            comments[c.get(W + "id")] = {
                "author": c.get(W + "author"),
                "text": "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p"))}
    # The text each comment range covers, in document order.
    body = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    open_ids = []
    covered = {}
    references = set()
    for el in body.iter():
        if el.tag == W + "commentRangeStart":
            open_ids.append(el.get(W + "id"))
            covered.setdefault(el.get(W + "id"), "")
        elif el.tag == W + "commentRangeEnd":
            if el.get(W + "id") in open_ids:
                open_ids.remove(el.get(W + "id"))
        elif el.tag == W + "commentReference":
            references.add(el.get(W + "id"))
        elif el.tag == W + "t":
            for i in open_ids:
                covered[i] += el.text or ""
    return {"paragraphs": len(paragraphs),
            "text": "\n".join(paragraphs),
            "hasCommentsRelationship": any(r.endswith("/comments") for r in rels),
            "comments": [{"id": i, "author": c["author"], "text": c["text"], "covered": covered.get(i),
                          "referenced": i in references} for i, c in sorted(comments.items(), key=lambda x: int(x[0]))]}


def check_odt(path, extract_to):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        mimetype = z.read("mimetype").decode("ascii") if "mimetype" in names else ""
        content = z.read("content.xml")
    with open(extract_to, "wb") as f:
        f.write(content)
    root = ET.fromstring(content)
    text = "".join(root.itertext())
    return {"mimetype": mimetype, "names": names, "text": text}


def main():
    kind, files = sys.argv[1], sys.argv[2:]
    result = {"json": check_json, "jsonl": check_jsonl, "csv": check_csv, "html": check_html,
              "brat": check_brat, "docx": check_docx, "odt": check_odt}[kind](*files)
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
