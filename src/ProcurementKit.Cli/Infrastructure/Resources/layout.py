"""ProcurementKit's layout pass: LibreOffice lays out a .docx, this script writes its PDF and the page of every bookmark.

usage: python3 layout.py SOFFICE PROFILE_DIR IN.docx OUT.pdf OUT_PAGES.tsv

PROFILE_DIR is a fresh folder: a private LibreOffice profile, so parallel runs never share one.
OUT_PAGES.tsv gets one line per bookmark: name TAB page (the page the bookmark starts on, 1-based).
Exit codes: 0 done; 3 this Python has no LibreOffice bridge (python3-uno); 4 LibreOffice did not answer;
5 LibreOffice could not open the document; anything else: an error, described on standard error.
The caller bounds the time and ends the whole process tree; this process adopts LibreOffice's orphans so that works.
"""
import ctypes
import os
import signal
import subprocess
import sys
import time

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError:
    sys.exit(3)

CONNECT_SECONDS = 180


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def adopt_orphans():
    # LibreOffice's launcher restarts soffice.bin on a fresh profile and exits; as a subreaper this process
    # stays its parent, so whoever ends this process tree ends LibreOffice too.
    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER (Linux)
    except (OSError, AttributeError):
        pass


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while time.monotonic() < deadline:
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            time.sleep(0.2)
    return None


def lay_out(desktop, source, pdf):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        return None
    try:
        # The layout is complete before pages are read; the view cursor knows the page of any position.
        doc.refresh()
        cursor = doc.getCurrentController().getViewCursor()
        marks = doc.getBookmarks()
        lines = []
        for name in marks.getElementNames():
            cursor.gotoRange(marks.getByName(name).getAnchor().getStart(), False)
            lines.append("%s\t%d\n" % (name, cursor.getPage()))
        doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
        return lines
    finally:
        doc.close(True)


def main(soffice, profile, source, pdf, pages):
    adopt_orphans()
    pipe = "procurementkit_%d" % os.getpid()
    office = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        context = connect(pipe, office)
        if context is None:
            return 4
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        lines = lay_out(desktop, source, pdf)
        if lines is None:
            return 5
        with open(pages, "w", encoding="utf-8") as out:
            out.writelines(lines)
        try:
            desktop.terminate()
        except Exception:  # the bridge closes while LibreOffice quits
            pass
        return 0
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(office.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.stderr.write(__doc__)
        sys.exit(2)
    soffice, rest = sys.argv[1], [os.path.abspath(a) for a in sys.argv[2:6]]
    sys.exit(main(soffice, *rest))
