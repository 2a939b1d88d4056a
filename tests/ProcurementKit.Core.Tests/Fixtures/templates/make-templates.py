#!/usr/bin/env python3
"""Builds the Word templates the template tests use, the way municipalities make them.

Run from this folder with Debian's python3-docx and pandoc installed:
    /usr/bin/python3 make-templates.py
The outputs are committed; rerun only to change them (pandoc and python-docx write dates, so bytes differ).

| file                      | how it is made                                                                    |
| ------------------------- | --------------------------------------------------------------------------------- |
| pandoc-reference.docx     | pandoc -o pandoc-reference.docx --print-default-data-file reference.docx          |
| python-docx-default.docx  | python-docx's default document (Word-made styles), a header and footer, sample text, no marker |
| letterhead-marker.docx    | letterhead table, {{annex}} paragraph, closing text after it, header with a logo image |
| vorlage.dotx              | letterhead-marker.docx saved as a Word template (.dotx content type)              |
| makro.docm                | letterhead-marker.docx as a macro-enabled document with a vbaProject part         |
| sample-bookmarks.docx     | instruction text, bookmarks, a comment, a content control tagged procurementkit-annex |
| deutsch.docx              | German style set as LibreOffice/German Word name it: "Überschrift 1" (id berschrift1), "Standard" |
"""
import io
import re
import struct
import subprocess
import zipfile
import zlib

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor


def png(width, height, rgb):
    """A small solid PNG logo, written without an imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def a4(document):
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(25), Mm(20)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    return section


def save(document, name):
    document.core_properties.author = "Stadt Musterhausen"
    document.save(name)


def rewrite(source, target, change):
    """Copies a package, letting change(name, bytes) return new bytes, and add(...) extra entries."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        extra = change(None, None) or {}
        for item in zin.infolist():
            data = change(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
        for name, data in extra.items():
            zout.writestr(name, data)


def python_docx_default():
    document = docx.Document()
    a4(document)
    document.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    document.sections[0].header.paragraphs[0].text = "Stadt Beispielstadt · Zentrale Vergabestelle · {{reference}}"
    document.sections[0].footer.paragraphs[0].text = "Beispielstadt – Vergabeunterlagen"
    document.add_heading("Beispielüberschrift aus der Vorlage", 1)
    document.add_paragraph("Beispieltext: Dieser Absatz steht nur in der Vorlage und gehört nicht in die Anlage.")
    save(document, "python-docx-default.docx")


def letterhead(document, logo):
    section = a4(document)
    header = section.header.paragraphs[0]
    header.add_run().add_picture(io.BytesIO(logo), width=Mm(18))
    header.add_run("\tStadt Musterhausen · Der Oberbürgermeister").bold = True
    section.footer.paragraphs[0].text = "Stadt Musterhausen · Rathausplatz 1 · 12345 Musterhausen · Vergabe {{reference}}"
    table = document.add_table(rows=2, cols=2)
    table.style = document.styles["Table Grid"]
    table.cell(0, 0).text = "Stadt Musterhausen\nZentrale Vergabestelle\nRathausplatz 1\n12345 Musterhausen"
    table.cell(0, 1).text = "Aktenzeichen: {{reference}}\nDatum: {{date}}"
    table.cell(1, 0).text = "Vergabeverfahren"
    table.cell(1, 1).text = "{{title}}"
    document.add_paragraph()
    document.add_paragraph("Anlage zu den Vergabeunterlagen – Briefkopf der Vergabestelle").runs[0].bold = True
    document.add_paragraph("{{annex}}")
    document.add_paragraph("Musterhausen, {{date}}")
    document.add_paragraph("Im Auftrag – Zentrale Vergabestelle (Schlusstext nach der Anlage)")


def letterhead_marker():
    document = docx.Document()
    letterhead(document, png(48, 48, (0x00, 0x66, 0x33)))
    save(document, "letterhead-marker.docx")


MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def dotx():
    def change(name, data):
        if name == "[Content_Types].xml":
            return data.replace(MAIN.encode(), b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
        return data
    rewrite("letterhead-marker.docx", "vorlage.dotx", change)


def docm():
    """A .docm as Word writes it: macro-enabled main part, word/vbaProject.bin with its relationship."""
    def change(name, data):
        if name is None:
            return {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Attribute VB_Name = \"Module1\"\r\nSub AutoOpen()\r\nEnd Sub\r\n"}
        if name == "[Content_Types].xml":
            data = data.replace(MAIN.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml")
            return data.replace(b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
        return data
    rewrite("letterhead-marker.docx", "makro.docm", change)


def bookmark(paragraph, bid, name):
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bid))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bid))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def content_control(document, tag, text):
    """A block content control (Rich Text) holding placeholder text, as Word's developer tab inserts it."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for kind, value in (("w:alias", "Anlage"), ("w:tag", tag)):
        element = OxmlElement(kind)
        element.set(qn("w:val"), value)
        pr.append(element)
    pr.append(OxmlElement("w:showingPlcHdr"))
    content = OxmlElement("w:sdtContent")
    paragraph = document.add_paragraph(text)
    content.append(paragraph._p)
    sdt.append(pr)
    sdt.append(content)
    document.element.body.insert(len(document.element.body) - 1, sdt)


def sample_bookmarks():
    document = docx.Document()
    section = a4(document)
    section.header.paragraphs[0].text = "Landkreis Beispielkreis – Amt für Digitalisierung"
    first = document.add_paragraph("Hinweis für Bearbeiter: Vor dem Versand alle gelben Stellen ausfüllen.")
    bookmark(first, 0, "Hinweis")
    intro = document.add_paragraph("Vergabenummer {{reference}} – Anlage IT-Sicherheit")
    bookmark(intro, 1, "Vergabenummer")
    content_control(document, "procurementkit-annex", "Hier wird die Anlage eingefügt. (Platzhaltertext)")
    closing = document.add_paragraph("Ende der Vergabeunterlagen.")
    bookmark(closing, 1, "Ende")  # Word users copy paragraphs: the same id twice
    save(document, "sample-bookmarks.docx")

    # A reviewer's comment on the instruction text, as Word stores it.
    def change(name, data):
        if name is None:
            return {"word/comments.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:comment w:id="0" w:author="Vergabestelle" w:date="2026-01-15T09:00:00Z" w:initials="VS">'
                '<w:p><w:r><w:t>Bitte vor Veröffentlichung prüfen.</w:t></w:r></w:p></w:comment></w:comments>').encode()}
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
        if name == "word/document.xml":
            text = data.decode()
            text = text.replace("<w:r><w:t>Hinweis für Bearbeiter", '<w:commentRangeStart w:id="0"/><w:r><w:t>Hinweis für Bearbeiter', 1)
            text = text.replace("ausfüllen.</w:t></w:r>", 'ausfüllen.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', 1)
            return text.encode()
        return data
    rewrite("sample-bookmarks.docx", "sample-bookmarks.tmp", change)
    subprocess.run(["mv", "sample-bookmarks.tmp", "sample-bookmarks.docx"], check=True)


def deutsch():
    document = docx.Document()
    section = a4(document)
    document.styles["Heading 1"].font.color.rgb = RGBColor(0x00, 0x5A, 0x32)
    document.styles["Heading 1"].font.size = Pt(16)
    document.styles["Title"].font.color.rgb = RGBColor(0x00, 0x5A, 0x32)
    section.header.paragraphs[0].text = "Stadtverwaltung Musterstadt – Kopfzeile der deutschen Vorlage"
    section.footer.paragraphs[0].text = "Musterstadt – Fußzeile"
    document.add_paragraph("Beispielinhalt der deutschen Vorlage.")
    save(document, "deutsch.docx")

    # German names and Word's ASCII-only ids, as a German Word or LibreOffice template carries them.
    names = {"Normal": ("Standard", "Standard"), "Title": ("Titel", "Titel"), "Subtitle": ("Untertitel", "Untertitel")}
    names.update({f"Heading{n}": (f"berschrift{n}", f"Überschrift {n}") for n in range(1, 10)})

    def change(name, data):
        if name not in ("word/styles.xml", "word/document.xml"):
            return data
        text = data.decode()
        for old, (new_id, new_name) in names.items():
            text = re.sub(rf'w:(styleId|val)="{old}"', rf'w:\1="{new_id}"', text)
            if name == "word/styles.xml":
                text = re.sub(rf'(w:styleId="{new_id}">\s*<w:name w:val=")[^"]*"', rf'\g<1>{new_name}"', text)
        return text.encode()
    rewrite("deutsch.docx", "deutsch.tmp", change)
    subprocess.run(["mv", "deutsch.tmp", "deutsch.docx"], check=True)


if __name__ == "__main__":
    subprocess.run(["pandoc", "-o", "pandoc-reference.docx", "--print-default-data-file", "reference.docx"], check=True)
    python_docx_default()
    letterhead_marker()
    dotx()
    docm()
    sample_bookmarks()
    deutsch()
