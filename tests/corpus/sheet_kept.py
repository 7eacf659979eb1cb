"""What of the user's an edited worksheet part lost: cells, rows, columns, merges, rules, extensions.

The assessed sheet is the one part of a user's sheet the command line may edit. Outside the
add-in's block (the range its defined name gives in the copy) every user cell must be as it was;
every top-level element but those the add-in writes into (dimension, cols, sheetData, mergeCells,
conditionalFormatting, extLst) canonically equal; what the user had in those still present.
"""
import re

from lxml import etree

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SHOWN = 8  # items of one kind listed before "… and N more"
WRITTEN_INTO = {"dimension", "cols", "sheetData", "mergeCells", "conditionalFormatting", "extLst"}


def canonical(el, drop=()):
    """Exclusive C14N of an element (without its tail), leaving out the named attributes."""
    if drop:
        el = etree.fromstring(etree.tostring(el))
        for name in drop:
            el.attrib.pop(name, None)
    return etree.tostring(el, method="c14n", exclusive=True, with_tail=False).decode("utf-8")


def short(text, size=160):
    """Canonical XML for a message: without the main namespace declaration, cut to `size` characters."""
    text = text.replace(' xmlns="%s"' % M[1:-1], "")
    return text if len(text) <= size else text[: size - 1] + "…"


def contrast(before, after, size=300):
    """Two canonical texts for a message: both whole when short, else each around their first difference."""
    a, b = short(before, 10**9), short(after, 10**9)
    if len(a) <= size and len(b) <= size:
        return "%s -> %s" % (a, b)
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    start = max(0, i - 80)
    return "at character %d: …%s… -> …%s…" % (i, a[start : i + 120], b[start : i + 120])


def explain(before, after, path="", index=None):
    """Where two elements first differ, said plainly: the path to it and the attributes, text or children lost, changed or added."""
    name = etree.QName(before).localname
    here = "%s/%s" % (path, name) + ("[%d]" % index if index is not None else "")
    if before.tag != after.tag:
        return "%s: %s -> %s" % (path or "/", short(canonical(before)), short(canonical(after)))
    key = lambda k: etree.QName(k).localname  # noqa: E731
    said = []
    lost = ["%s=%s" % (key(k), v) for k, v in before.attrib.items() if k not in after.attrib]
    changed = ["%s=%s (now %s)" % (key(k), v, after.get(k)) for k, v in before.attrib.items() if k in after.attrib and after.get(k) != v]
    added = ["%s=%s" % (key(k), v) for k, v in after.attrib.items() if k not in before.attrib]
    for label, items in (("attributes lost", lost), ("attributes changed", changed), ("attributes added", added)):
        if items:
            said.append("%s %s" % (label, ", ".join(items)))
    if (before.text or "").strip() != (after.text or "").strip():
        said.append("text %r -> %r" % (before.text, after.text))
    own = "%s: %s" % (here, "; ".join(said)) if said else None
    old = [c for c in before if isinstance(c.tag, str)]
    new = [c for c in after if isinstance(c.tag, str)]
    inner = None
    for i, (a, b) in enumerate(zip(old, new)):
        if canonical(a) != canonical(b):
            inner = explain(a, b, here, i)
            break
    else:
        if len(old) > len(new):
            inner = "%s: %d children lost, the first %s" % (here, len(old) - len(new), short(canonical(old[len(new)])))
        elif len(new) > len(old):
            inner = "%s: %d children added, the first %s" % (here, len(new) - len(old), short(canonical(new[len(old)])))
    return " | ".join(text for text in (own, inner) if text)


def column_number(letters):
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def cell_position(ref):
    m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?(\d+)", ref)
    return (int(m.group(2)), column_number(m.group(1))) if m else None


def parse_area(text):
    """(top, left, bottom, right), 1-based, of A1, A1:B2, A:B or 1:2."""
    ends = text.replace("$", "").split(":")
    first, last = ends[0], ends[-1]
    if re.fullmatch(r"[A-Za-z]{1,3}", first):
        return (1, column_number(first), 1048576, column_number(last))
    if re.fullmatch(r"\d+", first):
        return (int(first), 1, int(last), 16384)
    a, b = cell_position(first), cell_position(last)
    return (a[0], a[1], b[0], b[1]) if a and b else None


def inside(areas, row, col):
    return any(t <= row <= b and l <= col <= r for t, l, b, r in areas)


def listed(problems, head, items):
    """Adds items under a heading, the first SHOWN of them, and how many more."""
    for item in items[:SHOWN]:
        problems.append("%s %s" % (head, item))
    if len(items) > SHOWN:
        problems.append("%s … and %d more" % (head, len(items) - SHOWN))


def unescaped(text):
    """Text as ST_Xstring means it: _xHHHH_ is the character HHHH (so _x005F_x000D_ is the text "_x000D_")."""
    return None if text is None else re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def cell_value(cell, strings):
    """The cell's type and value as a reader sees it (shared strings resolved), for messages."""
    kind = cell.get("t", "n")
    formula = cell.find(M + "f")
    v = cell.find(M + "v")
    if kind == "s" and v is not None and v.text is not None and int(v.text) < len(strings):
        value = strings[int(v.text)]
    elif kind == "inlineStr":
        value = "".join(cell.xpath(".//m:t/text()", namespaces={"m": M[1:-1]}))
    else:
        value = v.text if v is not None else None
    if kind in ("s", "inlineStr", "str"):
        value = unescaped(value)
    elif kind == "n" and value is not None:
        # The same double however it is spelt: openpyxl writes 85.1 as 85.09999999999999 (%.16g).
        try:
            value = float(value)
        except ValueError:
            pass
    return (kind if kind != "inlineStr" else "s", value, formula.text if formula is not None else None)


def cells_of(sheet):
    return {c.get("r"): c for c in sheet.iterfind(M + "sheetData/" + M + "row/" + M + "c")}


def check_cells(problems, name, before, after, areas, strings):
    """Every user cell outside the block equal (markup and value), and no cell written outside it."""
    old, new = cells_of(before), cells_of(after)
    lost, value_changed, style_changed, markup_changed = [], [], [], []
    for ref, cell in old.items():
        row, col = cell_position(ref)
        if inside(areas, row, col):
            continue
        if ref not in new:
            lost.append("%s %r" % (ref, cell_value(cell, strings[0])[1]))
            continue
        was, now = cell_value(cell, strings[0]), cell_value(new[ref], strings[1])
        if was != now:
            value_changed.append("%s (type, value, formula) %r -> %r" % (ref, was, now))
        elif cell.get("s", "0") != new[ref].get("s", "0"):
            style_changed.append("%s s=%s -> s=%s" % (ref, cell.get("s", "0"), new[ref].get("s", "0")))
        elif canonical(cell) != canonical(new[ref]):
            markup_changed.append("%s %s" % (ref, contrast(canonical(cell), canonical(new[ref]))))
    # An empty cell without a style (what a writer puts under a merge) holds nothing; any other new cell is written where the user's sheet is.
    empty = lambda c: len(c) == 0 and set(c.attrib) <= {"r"}  # noqa: E731
    added = [ref for ref in new if ref not in old and not inside(areas, *cell_position(ref)) and not empty(new[ref])]
    listed(problems, "%s: cell written outside the add-in's block:" % name, ["%s %s" % (ref, short(canonical(new[ref]))) for ref in added])
    listed(problems, "%s: user cell lost:" % name, lost)
    listed(problems, "%s: user cell value changed:" % name, value_changed)
    listed(problems, "%s: user cell style index changed:" % name, style_changed)
    listed(problems, "%s: user cell markup changed (value kept):" % name, markup_changed)


def check_rows(problems, name, before, after):
    """Every row's attributes (hidden, height, style, outline) kept, spans aside; empty rows too."""
    rows = {r.get("r"): r for r in after.iterfind(M + "sheetData/" + M + "row")}
    lost, changed = [], []
    for row in before.iterfind(M + "sheetData/" + M + "row"):
        attrs = {k: v for k, v in row.attrib.items() if k != "spans"}
        copy = rows.get(row.get("r"))
        if copy is None:
            if len(attrs) > 1:
                lost.append("%s %s" % (row.get("r"), attrs))
            continue
        now = {k: v for k, v in copy.attrib.items() if k != "spans"}
        if attrs != now:
            changed.append("%s %s -> %s" % (row.get("r"), attrs, now))
    listed(problems, "%s: row lost:" % name, lost)
    listed(problems, "%s: row attributes changed:" % name, changed)


def columns(sheet):
    out = {}
    for col in sheet.iterfind(M + "cols/" + M + "col"):
        attrs = {k: v for k, v in col.attrib.items() if k not in ("min", "max")}
        for n in range(int(col.get("min")), min(int(col.get("max")), 16384) + 1):
            out[n] = attrs
    return out


def check_cols(problems, name, before, after, areas):
    """The widths and other properties of the user's columns (those outside the block) unchanged."""
    spans = [(l, r) for _, l, _, r in areas]
    old, new = columns(before), columns(after)
    changed = [n for n, attrs in old.items() if not any(l <= n <= r for l, r in spans) and new.get(n) != attrs]
    groups = []
    for n in changed:
        if groups and groups[-1][1] == n - 1 and old[n] == old[groups[-1][0]] and new.get(n) == new.get(groups[-1][0]):
            groups[-1][1] = n
        else:
            groups.append([n, n])
    listed(problems, "%s: column changed:" % name, ["%d-%d %s -> %s" % (a, b, old[a], new.get(a)) for a, b in groups])


def check_merges(problems, name, before, after):
    now = {m.get("ref") for m in after.iterfind(M + "mergeCells/" + M + "mergeCell")}
    listed(problems, "%s: merged cells lost:" % name, [m.get("ref") for m in before.iterfind(M + "mergeCells/" + M + "mergeCell") if m.get("ref") not in now])


def check_conditional(problems, name, before, after):
    """Every user rule still on its range (its priority may be renumbered)."""
    def rules(sheet):
        return {(cf.get("sqref"), canonical(rule, drop=("priority",))) for cf in sheet.iterfind(M + "conditionalFormatting") for rule in cf.iterfind(M + "cfRule")}
    now = rules(after)
    listed(problems, "%s: conditional format lost:" % name, ["%s %s" % (sqref, short(rule, 300)) for sqref, rule in sorted(rules(before) - now)])


def ext_items(sheet):
    """(ext uri, canonical item) of each item of the sheet's extensions: a container's children, or the child itself."""
    items = set()
    for ext in sheet.iterfind(M + "extLst/" + M + "ext"):
        for child in ext:
            members = [m for m in child if isinstance(m.tag, str)] or [child]
            items.update((ext.get("uri"), canonical(m)) for m in members)
    return items


def check_extensions(problems, name, before, after):
    lost = sorted(ext_items(before) - ext_items(after))
    listed(problems, "%s: extension content lost:" % name, ["%s %s" % (uri, short(item, 300)) for uri, item in lost])


def check_elements(problems, name, before, after):
    """Every other top-level element (sheetPr, views, protection, validations, hyperlinks, print setup, drawings, tables …) equal."""
    def by_tag(sheet):
        out = {}
        for el in sheet:
            if isinstance(el.tag, str):
                out.setdefault(etree.QName(el).localname, []).append(el)
        return out
    old, new = by_tag(before), by_tag(after)
    for tag, elements in old.items():
        if tag in WRITTEN_INTO:
            continue
        for i, el in enumerate(elements):
            copy = new.get(tag, [])
            if i >= len(copy):
                problems.append("%s: <%s> lost: %s" % (name, tag, short(canonical(el), 300)))
            elif canonical(el) != canonical(copy[i]):
                problems.append("%s: <%s> changed: %s" % (name, tag, explain(el, copy[i])))


def sheet_losses(name, before, after, areas, strings):
    """Everything of the user's the edited sheet `after` lost from `before`; empty when it kept it all."""
    problems = []
    check_cells(problems, name, before, after, areas, strings)
    check_rows(problems, name, before, after)
    check_cols(problems, name, before, after, areas)
    check_merges(problems, name, before, after)
    check_conditional(problems, name, before, after)
    check_extensions(problems, name, before, after)
    check_elements(problems, name, before, after)
    return problems
