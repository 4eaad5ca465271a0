#!/usr/bin/env python3
"""Maakt een echt digitaal ondertekende pdf, zoals een ondertekeningssysteem die aflevert, voor de
tests van `ondertekend: { wijze: digitaal, bewijs: ... }` (docs/uwv-pakket.md).

Het schrijft een A4-pdf met de gegeven tekstregels (Helvetica) en zet er per ondertekenaar een
handtekening in: een /Sig-woordenboek met /ByteRange en een hexadecimale /Contents met een
losse CMS/PKCS#7-handtekening (`openssl cms -sign -binary -outform DER`) over de bytes buiten
/Contents. Elke volgende handtekening is een incrementele update, zoals bij echt ondertekenen;
`pdfsig` (poppler-utils) controleert ze. Alleen de standaardbibliotheek en `openssl` zijn nodig.

Gebruik:
  onderteken-pdf.py UIT.pdf --regel "Plan van aanpak" --regel "BSN 123456782" \\
      --tekenaar "P. Bakker=2024-02-22" --tekenaar "J. de Vries=2024-02-23" [--knoei]

--tekenaar NAAM=DATUM maakt een zelfondertekend certificaat op naam NAAM en zet de tijd van
ondertekening (/M) op DATUM 12:00 UTC; de CMS-handtekening heeft geen kenmerken (-noattr), dus
ook geen signingTime van vandaag, en pdfsig toont /M. --knoei verandert daarna
het laatste teken van de laatste regel (het document is gewijzigd na ondertekening: pdfsig meldt de handtekening
als ongeldig). Zonder --tekenaar komt er geen handtekening in.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

PLACEHOLDER = 8192  # bytes for the DER signature; hex doubles it


def escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def base_pdf(lines):
    """A one-page A4 pdf: objects 1 catalog, 2 pages, 3 font, 4 page, 5 content."""
    content = "".join(
        f"BT /F1 11 Tf 56 {790 - 18 * i} Td ({escape(line)}) Tj ET\n" for i, line in enumerate(lines)
    ).encode("latin-1")
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        5: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    }
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in sorted(objects):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out), objects


def certificate(folder, name, index):
    key, cert = os.path.join(folder, f"k{index}.pem"), os.path.join(folder, f"c{index}.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
         "-days", "7300", "-subj", f"/CN={name}/O=Testondertekening",
         "-set_serial", str(1000 + index)],
        check=True, capture_output=True)
    return key, cert


def sign(data, key, cert, folder):
    """A detached CMS signature (DER) over data."""
    source = os.path.join(folder, "te-tekenen.bin")
    with open(source, "wb") as f:
        f.write(data)
    # openssl cms would set signingTime to now; without attributes (-noattr) pdfsig takes the
    # signing time from /M in the signature dictionary.
    result = subprocess.run(
        ["openssl", "cms", "-sign", "-binary", "-noattr", "-outform", "DER", "-md", "sha256",
         "-in", source, "-signer", cert, "-inkey", key],
        check=True, capture_output=True)
    return result.stdout


def add_signature(pdf, objects, next_number, name, date, key, cert, folder, previous_fields, prev_xref):
    """Appends an incremental update with one signature field and signs it."""
    sig_number, field_number = next_number, next_number + 1
    y = date.replace("-", "")
    sig = (
        b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
        b"/Name (" + escape(name).encode("latin-1") + b") /M (D:" + y.encode() + b"120000Z) "
        b"/ByteRange [0 0000000000 0000000000 0000000000] "
        b"/Contents <" + b"0" * (2 * PLACEHOLDER) + b"> >>")
    fields = previous_fields + [field_number]
    field = (
        b"<< /FT /Sig /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 4 0 R "
        b"/T (Handtekening " + str(len(fields)).encode() + b") /V %d 0 R >>" % sig_number)
    kids = b" ".join(b"%d 0 R" % n for n in fields)
    page = objects[4][:-2] + b"/Annots [" + kids + b"] >>"
    catalog = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + kids + b"] /SigFlags 3 >> >>"
    update = {sig_number: sig, field_number: field, 4: page, 1: catalog}
    out = bytearray(pdf)
    offsets = {}
    for number in sorted(update):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + update[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(update):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    size = max(field_number + 1, len(objects) + 1)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, prev_xref, xref)
    # The byte ranges: everything except the hex string of /Contents (its angle brackets included).
    sig_start = offsets[sig_number]
    contents = out.index(b"/Contents <", sig_start) + len(b"/Contents ")
    contents_end = out.index(b">", contents) + 1
    ranges = [0, contents, contents_end, len(out) - contents_end]
    placeholder = b"[0 0000000000 0000000000 0000000000]"
    at = out.index(placeholder, sig_start)
    text = b"[%d %010d %010d %010d]" % tuple(ranges)
    text = text.ljust(len(placeholder))
    out[at:at + len(placeholder)] = text
    signed = bytes(out[:contents]) + bytes(out[contents_end:])
    der = sign(signed, key, cert, folder)
    if len(der) > PLACEHOLDER:
        sys.exit("handtekening te groot")
    out[contents + 1:contents + 1 + 2 * len(der)] = der.hex().upper().encode()
    objects.update(update)
    return bytes(out), fields, xref


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("uit")
    parser.add_argument("--regel", action="append", default=[])
    parser.add_argument("--tekenaar", action="append", default=[])
    parser.add_argument("--knoei", action="store_true")
    args = parser.parse_args()
    pdf, objects = base_pdf(args.regel)
    prev_xref = int(re.findall(rb"startxref\n(\d+)", pdf)[-1])
    fields = []
    with tempfile.TemporaryDirectory() as folder:
        for index, signer in enumerate(args.tekenaar):
            name, _, date = signer.partition("=")
            key, cert = certificate(folder, name, index)
            pdf, fields, prev_xref = add_signature(
                pdf, objects, 6 + 2 * index, name, date, key, cert, folder, fields, prev_xref)
    if args.knoei:
        # The last character of the last text line (inside its string, before ") Tj").
        data = bytearray(pdf)
        at = data.rindex(b") Tj ET") - 1
        data[at] = ord("!") if data[at] != ord("!") else ord("?")
        pdf = bytes(data)
    with open(args.uit, "wb") as f:
        f.write(pdf)


if __name__ == "__main__":
    main()
