"""Invoices filled in on a fillable PDF template: the template is the page's content, the values
(number, dates, parties, item rows, totals) live in form fields whose appearances a viewer draws
over it, and notes may be typed on the page. The annotations a viewer shows are read with the
page (annotationlayer.py, annotationwords.py): comb fields' cells joined into their value,
struck text left out, hidden fields and links adding nothing."""

from __future__ import annotations

import io
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas

from facturist.engine import extract_canonical
from facturist.engine.model import Box, Word
from facturist.engine.officestamps import without_office_stamps
from facturist.engine.pdftext import page_words

_HEIGHT = A4[1]


class _StrikeOut(pdfdoc.Annotation):
    """A strike-out markup annotation (reportlab has no class for one)."""

    permitted = (*pdfdoc.Annotation.permitted, "QuadPoints")

    def __init__(self, rect: tuple[float, float, float, float], **kw: Any) -> None:
        self.Rect = rect
        self.otherkw = kw

    def Dict(self) -> Any:
        values = dict(self.otherkw)
        values.update(Rect=self.Rect, Subtype="/StrikeOut", Contents="")
        return self.AnnotationDict(**values)


class _CombWidget(pdfdoc.Annotation):
    """A comb text field's widget with its own appearance (reportlab draws a comb's value
    unspread)."""

    permitted = (*pdfdoc.Annotation.permitted, "FT", "Ff", "MaxLen", "V", "DA")

    def __init__(self, rect: tuple[float, float, float, float], **kw: Any) -> None:
        self.Rect = rect
        self.otherkw = kw

    def Dict(self) -> Any:
        values = dict(self.otherkw)
        values.update(Rect=self.Rect, Subtype="/Widget", Contents="")
        return self.AnnotationDict(**values)


def _comb(pdf: canvas.Canvas, name: str, value: str, x: float, y: float) -> None:
    """A comb field drawing `value` one character a 20-point cell from (x, y from the top)."""
    rect = (x, _HEIGHT - y - 16, x + 20 * len(value), _HEIGHT - y)
    pdf.beginForm(name, *rect)
    pdf.setFont("Helvetica", 10)
    for cell, char in enumerate(value):
        pdf.drawCentredString(x + 10 + 20 * cell, _HEIGHT - y - 12, char)
    pdf.endForm()
    appearance = pdfdoc.PDFDictionary({"N": pdfdoc.PDFObjectReference(f"FormXob.{name}")})
    widget = _CombWidget(
        rect, FT="/Tx", Ff=1 << 24, MaxLen=len(value), V=pdfdoc.PDFString(value), AP=appearance, F=4
    )
    pdf._addAnnotation(widget)


def _field(
    pdf: canvas.Canvas, name: str, value: str, x: float, y: float, width: float, **kw: Any
) -> None:
    """A text field holding `value`, its box's top-left corner at (x, y from the top)."""
    pdf.acroForm.textfield(
        name=name,
        value=value,
        x=x,
        y=_HEIGHT - y - 16,
        width=width,
        height=16,
        borderWidth=0,
        fillColor=None,
        fontSize=kw.pop("fontSize", 10),
        **kw,
    )


def _note(pdf: canvas.Canvas, name: str, text: str, x: float, y: float) -> None:
    """A typed note (a FreeText annotation with its appearance) at (x, y from the top)."""
    rect = (x, _HEIGHT - y - 20, x + 200, _HEIGHT - y)
    pdf.beginForm(name, *rect)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.setFillColorRGB(0.75, 0, 0)
    pdf.drawString(x + 4, _HEIGHT - y - 13, text)
    pdf.endForm()
    appearance = pdfdoc.PDFDictionary({"N": pdfdoc.PDFObjectReference(f"FormXob.{name}")})
    pdf.freeTextAnnotation(text, "/Helv 9 Tf 0 g", Rect=rect, AP=appearance, F=4)


def _strike(pdf: canvas.Canvas, name: str, x0: float, x1: float, y: float) -> None:
    """A strike-out over the text on the line at y (from the top) between x0 and x1."""
    bottom, top = _HEIGHT - y - 3, _HEIGHT - y + 9
    pdf.beginForm(name, x0, bottom, x1, top)
    pdf.setStrokeColorRGB(1, 0, 0)
    pdf.line(x0, bottom + 5, x1, bottom + 5)
    pdf.endForm()
    quad = pdfdoc.PDFArray([x0, top, x1, top, x0, bottom, x1, bottom])
    appearance = pdfdoc.PDFDictionary({"N": pdfdoc.PDFObjectReference(f"FormXob.{name}")})
    pdf._addAnnotation(_StrikeOut((x0, bottom, x1, top), QuadPoints=quad, AP=appearance, F=4))


def _text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 10) -> None:
    pdf.setFont("Helvetica", size)
    pdf.drawString(x, _HEIGHT - y, text)


def _words(data: bytes) -> list[str]:
    document = pdfium.PdfDocument(data)
    try:
        return [word.text for word in page_words(document, 0).words]
    finally:
        document.close()


def _page(draw: Any) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_form_field_values_are_read_with_the_page() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _text(pdf, 50, 100, "Rechnungs-Nr.")
        _field(pdf, "number", "R-2024-0318", 150, 88, 120)

    assert _words(_page(draw)) == ["Rechnungs-Nr.", "R-2024-0318"]


def test_comb_field_cells_are_one_value() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _text(pdf, 50, 100, "Invoice No.")
        _comb(pdf, "number", "00004817", 150, 88)

    assert _words(_page(draw)) == ["Invoice", "No.", "00004817"]


@pytest.mark.parametrize(
    ("captions", "date"),
    [
        ("TTMMJJJJ", "29.01.2024"),
        ("DDMMAAAA", "29.01.2024"),
        ("GGMMAAAA", "29.01.2024"),
        ("JJMMAAAA", "29.01.2024"),
    ],
)
def test_comb_date_reads_its_cells_captions(captions: str, date: str) -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _text(pdf, 50, 100, "Datum")
        _comb(pdf, "date", "29012024", 150, 88)
        for cell, letter in enumerate(captions):
            _text(pdf, 157 + 20 * cell, 112, letter, size=5)

    assert date in _words(_page(draw))


def test_comb_date_in_us_order_reads_month_first() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _field(pdf, "date", "01292024", 150, 88, 160, fieldFlags="comb", maxlen=8)
        for cell, letter in enumerate("MMDDYYYY"):
            _text(pdf, 157 + 20 * cell, 112, letter, size=5)

    assert "29.01.2024" in _words(_page(draw))


def test_hidden_fields_and_links_add_nothing() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _text(pdf, 50, 100, "Total 120,00")
        _field(pdf, "draft", "999,99", 150, 130, 120, annotationFlags="print hidden")
        pdf.linkURL("https://example.com", (50, _HEIGHT - 105, 150, _HEIGHT - 95))

    assert _words(_page(draw)) == ["Total", "120,00"]


def test_a_typed_note_is_read_and_counted_as_drawn_over_the_page() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _text(pdf, 50, 100, "Total 3.188,59")
        _note(pdf, "note", "PENDIENTE DE PAGO: 2.588,59", 300, 140)

    document = pdfium.PdfDocument(_page(draw))
    try:
        text = page_words(document, 0)
    finally:
        document.close()
    assert [word.text for word in text.words][-4:] == ["PENDIENTE", "DE", "PAGO:", "2.588,59"]
    assert text.annotation_chars == len("PENDIENTEDEPAGO:2.588,59")


def test_struck_text_is_left_out() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _text(pdf, 50, 130, "Totaal incl. btw")
        _text(pdf, 300, 130, "2.861,33")
        _strike(pdf, "strike", 298, 342, 130)

    assert _words(_page(draw)) == ["Totaal", "incl.", "btw"]


def _fillable_invoice(pdf: canvas.Canvas) -> None:
    _text(pdf, 50, 60, "Malerbetrieb Kraus e.K.", size=14)
    _text(pdf, 50, 76, "Brückenstraße 27, 48149 Münster")
    _text(pdf, 50, 140, "Rechnungsempfänger", size=8)
    _field(pdf, "buyer", "Wohnbau Lindner GmbH", 50, 146, 200)
    _text(pdf, 340, 150, "Rechnungs-Nr.")
    _field(pdf, "number", "R-2024-0318", 430, 138, 120)
    _text(pdf, 340, 170, "Rechnungsdatum")
    _field(pdf, "date", "11.03.2024", 430, 158, 120)
    _text(pdf, 50, 260, "Bezeichnung")
    _text(pdf, 330, 260, "Menge")
    _text(pdf, 400, 260, "Einzelpreis")
    _text(pdf, 480, 260, "Gesamtpreis")
    _field(pdf, "desc1", "Wandflächen grundieren", 50, 268, 250)
    _field(pdf, "qty1", "2", 330, 268, 40)
    _field(pdf, "price1", "400,00", 400, 268, 60)
    _field(pdf, "amount1", "800,00", 480, 268, 60)
    _text(pdf, 380, 360, "Nettobetrag")
    _field(pdf, "net", "800,00", 480, 348, 60)
    _text(pdf, 380, 376, "USt. 19 %")
    _field(pdf, "tax", "152,00", 480, 364, 60)
    _text(pdf, 380, 392, "Rechnungsbetrag")
    _field(pdf, "total", "952,00", 480, 380, 60)


def test_an_invoice_filled_in_on_a_template_is_read() -> None:
    result = extract_canonical(_page(_fillable_invoice), use_einvoice=False)
    fields = result["fields"]
    assert fields["invoice_number"] == "R-2024-0318"
    assert str(fields["invoice_date"]) == "2024-03-11"
    assert fields["net_amount"] == pytest.approx(800.0)
    assert fields["tax_amount"] == pytest.approx(152.0)
    assert fields["total_amount"] == pytest.approx(952.0)
    assert len(result["line_items"]) == 1


def _red(text: str, x: float, y: float) -> Word:
    width = 6.0 * len(text)
    return Word(text, Box(1, x, y, x + width, y + 9), colour=(191, 0, 0))


def test_a_received_word_in_a_red_sentence_is_no_stamp() -> None:
    words = [
        _red("Anticipo", 300, 400),
        _red("recibido", 351, 400),
        _red("12/02/2024:", 402, 400),
        _red("PENDIENTE", 300, 412),
        _red("2.588,59", 362, 412),
    ]
    assert without_office_stamps(words) == words


def test_a_received_stamp_with_its_day_is_still_left_out() -> None:
    black = Word("Lindner", Box(1, 50, 400, 100, 409), colour=(0, 0, 0))
    words = [black, _red("RECIBIDO", 200, 400), _red("12/02/2024", 200, 412)]
    assert without_office_stamps(words) == [black]


def test_form_summary_boxes_to_the_margin_are_read() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        _text(pdf, 50, 60, "Talleres Ortega Hermanos S.L.", size=14)
        _text(pdf, 50, 80, "Polígono Cogullada, Nave 17, 50014 Zaragoza")
        _text(pdf, 330, 120, "Nº factura F-000642")
        _text(pdf, 330, 134, "Fecha 27/02/2024")
        _text(pdf, 50, 200, "Concepto")
        _text(pdf, 330, 200, "Cant.")
        _text(pdf, 520, 200, "Importe")
        _text(pdf, 50, 216, "Cambio de aceite")
        _text(pdf, 330, 216, "1")
        _text(pdf, 520, 216, "789,80")
        for top, caption, figure in (
            (300, "Base imponible", "789,80"),
            (326, "IVA 21%", "165,86"),
            (352, "Total factura EUR", "955,66"),
        ):
            _text(pdf, 353, top, caption, size=6)
            pdf.setFont("Helvetica", 10)
            pdf.drawRightString(557, _HEIGHT - top - 12, figure)

    fields = extract_canonical(_page(draw), use_einvoice=False)["fields"]
    assert fields["net_amount"] == pytest.approx(789.8)
    assert fields["tax_amount"] == pytest.approx(165.86)
    assert fields["total_amount"] == pytest.approx(955.66)
