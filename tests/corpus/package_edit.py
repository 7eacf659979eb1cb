"""A workbook package held part by part, and the few edits the corpus makes to its XML directly.

Used by user_corpus.py for what neither exceljs nor openpyxl writes (Excel 2010 extensions,
threaded comments, a pivot table, escaped characters): each edit puts a valid part, with its
relationship and content type, where ECMA-376 Part 1 (CT_Worksheet, CT_Workbook) orders it.
"""
import collections
import io
import posixpath
import zipfile

from lxml import etree

M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
XM = "http://schemas.microsoft.com/office/excel/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99), the order a sheet's children must keep.
SHEET_ORDER = (
    "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios "
    "autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations "
    "hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches "
    "ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls "
    "webPublishItems tableParts extLst"
).split()
# CT_Workbook's sequence (18.2.27).
WORKBOOK_ORDER = (
    "fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups externalReferences "
    "definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr smartTagTypes webPublishing "
    "fileRecoveryPr webPublishObjects extLst"
).split()


def local(el):
    """The element's name without its namespace."""
    return etree.QName(el).localname


def fragment(xml, **prefixes):
    """Elements parsed from a fragment in the main namespace, with r, x14, xm and given prefixes bound."""
    spaces = {"r": R, "x14": X14, "xm": XM, **prefixes}
    decl = " ".join('xmlns:%s="%s"' % pair for pair in spaces.items())
    return list(etree.fromstring('<w xmlns="%s" %s>%s</w>' % (M, decl, xml)))


def insert_in_order(root, element, order):
    """Puts element among root's children where `order` (a schema sequence) places it."""
    rank = order.index(local(element))
    for i, child in enumerate(root):
        if order.index(local(child)) > rank:
            root.insert(i, element)
            return element
    root.append(element)
    return element


class Package:
    """The parts of an .xlsx by name, in their order, as bytes."""

    def __init__(self, data):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            self.parts = collections.OrderedDict((n, z.read(n)) for n in z.namelist() if not n.endswith("/"))

    def save(self, path):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.parts.items():
                z.writestr(name, data)

    def xml(self, part):
        return etree.fromstring(self.parts[part])

    def put(self, part, root):
        self.parts[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    @staticmethod
    def rels_of(part):
        folder, name = posixpath.split(part)
        return posixpath.join(folder, "_rels", name + ".rels")

    def targets(self, part):
        """Relationship id -> (type, resolved part name or external target) of one part."""
        rels = self.rels_of(part)
        if rels not in self.parts:
            return {}
        out = {}
        for r in self.xml(rels):
            target = r.get("Target")
            if r.get("TargetMode") != "External":
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(posixpath.dirname(part), target))
            out[r.get("Id")] = (r.get("Type"), target)
        return out

    def sheet_part(self, name):
        """The part of the sheet with this name."""
        wb = self.xml("xl/workbook.xml")
        for sheet in wb.iter("{%s}sheet" % M):
            if sheet.get("name") == name:
                return self.targets("xl/workbook.xml")[sheet.get("{%s}id" % R)][1]
        raise KeyError(name)

    def add_rel(self, source, kind, target, external=False):
        """Adds a relationship from source (kind: a suffix of the officeDocument type, or a full URI); its id."""
        rels = self.rels_of(source)
        root = self.xml(rels) if rels in self.parts else etree.Element("{%s}Relationships" % PR, nsmap={None: PR})
        used = {r.get("Id") for r in root}
        rid = next("rId%d" % i for i in range(1, 10000) if "rId%d" % i not in used)
        rel = etree.SubElement(root, "{%s}Relationship" % PR, Id=rid, Type=kind if "://" in kind else REL + kind)
        rel.set("Target", target if external else posixpath.relpath(target, posixpath.dirname(source) or "."))
        if external:
            rel.set("TargetMode", "External")
        self.put(rels, root)
        return rid

    def add_part(self, name, xml, content_type):
        """Adds a part and its content type override."""
        self.parts[name] = xml.encode("utf-8") if isinstance(xml, str) else xml
        types = self.xml("[Content_Types].xml")
        etree.SubElement(types, "{%s}Override" % CT, PartName="/" + name, ContentType=content_type)
        self.put("[Content_Types].xml", types)

    def add_shared_string(self, si_xml):
        """Appends one <si> (its inner XML) to the shared strings; its index."""
        sst = self.xml("xl/sharedStrings.xml")
        sst.append(fragment("<si>%s</si>" % si_xml)[0])
        count = len(sst.findall("{%s}si" % M))
        sst.set("uniqueCount", str(count))
        sst.set("count", str(int(sst.get("count", count - 1)) + 1))
        self.put("xl/sharedStrings.xml", sst)
        return count - 1

    def set_cells(self, sheet_part, cells):
        """Writes raw <c> elements (address -> attributes and inner XML) into a sheet, rows and cells in order, replacing a cell there."""
        from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

        root = self.xml(sheet_part)
        data = root.find("{%s}sheetData" % M)
        for address, (attrs, inner) in cells.items():
            letters, row_number = coordinate_from_string(address)
            row = next((r for r in data if int(r.get("r")) == row_number), None)
            if row is None:
                row = etree.Element("{%s}row" % M, r=str(row_number))
                later = [r for r in data if int(r.get("r")) > row_number]
                data.insert(data.index(later[0]), row) if later else data.append(row)
            cell = fragment('<c r="%s" %s>%s</c>' % (address, attrs, inner))[0]
            column = column_index_from_string(letters)
            for old in [c for c in row if c.get("r") == address]:
                row.remove(old)
            later = [c for c in row if column_index_from_string(coordinate_from_string(c.get("r"))[0]) > column]
            row.insert(row.index(later[0]), cell) if later else row.append(cell)
            if row.get("spans"):
                del row.attrib["spans"]
        self.put(sheet_part, root)

    def extend_sheet(self, sheet_part, xml):
        """Adds top-level elements (and <ext>s, into the sheet's extLst) to a sheet where the schema orders them."""
        root = self.xml(sheet_part)
        for element in fragment(xml):
            if local(element) == "ext":
                ext_list = root.find("{%s}extLst" % M)
                if ext_list is None:
                    ext_list = insert_in_order(root, etree.Element("{%s}extLst" % M), SHEET_ORDER)
                ext_list.append(element)
            else:
                insert_in_order(root, element, SHEET_ORDER)
        self.put(sheet_part, root)
