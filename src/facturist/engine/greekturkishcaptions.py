"""Greek (Greece, Cyprus) and Turkish captions of an invoice's fields, as alternation pieces.

labels.py splices each piece into the rank pattern of its field where the same concept's
captions in other languages stand ("Σύνολο" beside "Total", "Vade Tarihi" beside "Due date"),
so that the ranks keep their meaning. Kept apart so that the lexicon stays under its size limit.

Greek capitals drop their accents ("ΣΥΝΟΛΟ", "Σύνολο"), and a case-insensitive match holds "ύ"
equal to "Ύ" only: every accented vowel is written as a class of both forms. Turkish capitals
dot their "i" ("TARİHİ", "Tarihi", "TARIHI"): "İ" lowers to two code points, so each "i" is a
class of "i", "ı" and "İ".
"""

from __future__ import annotations


def _greek(word: str) -> str:
    """The word with each vowel matching its accented and plain forms."""
    pairs = {"α": "αά", "ε": "εέ", "η": "ηή", "ι": "ιίϊΐ", "ο": "οό", "υ": "υύϋΰ", "ω": "ωώ"}
    accented = {"ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω"}
    out = []
    for char in word:
        plain = accented.get(char, char)
        out.append(f"[{pairs[plain]}]" if plain in pairs else char)
    return "".join(out)


def _turkish(word: str) -> str:
    """The word with each "i" or "ı" matching either, dotted capital or not."""
    return "".join("[iıİ]" if char in "iı" else char for char in word)


def _alts(*words: str) -> str:
    return "|".join(words)


_G = _greek
_T = _turkish

# "Αριθμός τιμολογίου", "Αρ. παραστατικού": the number word, then the document's name.
INVOICE_NUMBER_NAMED = (
    rf"(?:{_G('αριθμός')}|{_G('αρ')}\.)\s*(?:{_G('τιμολογίου')}|{_G('παραστατικού')}"
    rf"|{_G('πιστωτικού')})"
    # Turkish "Fatura Numarası", "Belge No".
    rf"|{_T('fatura numarası')}|belge no\b\.?"
)
# A bare "Αριθμός: 347", "Αρ. 2291", "Αριθμός | ΠΤ-0019", Turkish "Sıra No 004512" (the
# serial's count): the number word before the number itself, nothing naming another number
# ("Αριθμός ΓΕΜΗ 049231726000", "Αρ. Μητρώου ΤΕΕ 118734" name a register's).
INVOICE_NUMBER_BARE = (
    rf"(?<![\w.])(?:{_G('αριθμός')}|{_G('αρ')}\.|{_T('sıra')} no\.?)"
    r"(?=\s*:?\s*(?:[^\W\d_]{1,4}[\-/])?\d)"
    rf"|(?<![\w.]){_G('αριθμός')}(?=\s*:?\s*$)"
)
# "Ημερομηνία έκδοσης", "Ημ/νία έκδοσης"; Turkish "Fatura Tarihi", "Düzenleme Tarihi".
INVOICE_DATE_NAMED = (
    rf"(?:{_G('ημερομηνία')}|{_G('ημ')}/{_G('νία')}|{_G('ημ')}\.)\s*{_G('έκδοσης')}"
    rf"|(?:fatura|d[üu]zenleme|belge) {_T('tarihi')}"
)
# A bare "Ημερομηνία: 05/03/2026", "Ημερομηνία / Date:", Turkish "Tarih: 05.03.2026"; not
# "Ημερομηνία εκδήλωσης" (an event's) nor any other date a word after it names.
INVOICE_DATE_BARE = rf"{_G('ημερομηνία')}(?=\s*(?:[:/|]|\d|$))|{_T('tarih')}(?=\s*:?\s*\d)"
# "Ημερομηνία λήξης", "Λήξη / Due:", "Προθεσμία πληρωμής"; Turkish "Vade Tarihi", "Son Ödeme
# Tarihi", "Vade: 04.04.2026".
DUE_DATE = (
    rf"{_G('ημερομηνία')} {_G('λήξης')}|{_G('λήξη')}|{_G('προθεσμία')} {_G('πληρωμής')}"
    rf"|vade {_T('tarihi')}|son [öo]deme {_T('tarihi')}|vade(?=\s*:?\s*\d)"
)
# "Γενικό σύνολο", "Σύνολο με ΦΠΑ", "Σύνολο πίστωσης" (a credit note's); Turkish "Vergiler Dahil
# Toplam Tutar", "Genel Toplam", "Fatura Toplamı".
TOTAL_NAMED = (
    rf"{_G('γενικό')} {_G('σύνολο')}|{_G('σύνολο')} (?:με φπα|{_G('πίστωσης')}"
    rf"|{_G('παραστατικού')}|{_G('τιμολογίου')})|{_G('συνολική')} {_G('αξία')}"
    rf"|vergiler dahil toplam tutar|genel toplam|fatura {_T('toplamı')}"
)
# A bare "Σύνολο" (not "Σύνολο ΦΠΑ", the tax's, nor the net's "Σύνολο καθαρής αξίας").
TOTAL_BARE = (
    rf"{_G('σύνολο')}(?!\s+(?:{_G('καθαρής')}|{_G('χωρίς')}|φπα|{_G('αξίας')}|{_G('προ')}))"
)
# "Καθαρή αξία", "Σύνολο καθαρής αξίας", "Σύνολο χωρίς ΦΠΑ"; Turkish "Vergi Hariç Tutar" (the
# amount without the tax, after any discount).
NET_NAMED = (
    rf"(?:{_G('σύνολο')} )?{_G('καθαρής')} {_G('αξίας')}|{_G('καθαρή')} {_G('αξία')}"
    rf"|{_G('σύνολο')} {_G('χωρίς')} φπα|{_G('φορολογητέα')} {_G('αξία')}"
    rf"|(?:vergi|kdv) {_T('hariç')} (?:toplam )?{_T('tutar')}"
)
# Turkish "Mal Hizmet Toplam Tutarı", "Ara Toplam": the goods' sum, before the discount
# ("Toplam İskonto") that "Vergi Hariç Tutar" takes off; the net where no such line follows.
NET_SUBTOTAL = rf"mal hizmet toplam {_T('tutarı')}|ara toplam"
# "Σύνολο ΦΠΑ", "Αξία ΦΠΑ", "Ποσό ΦΠΑ"; Turkish "Hesaplanan KDV(%20)", "Toplam KDV", not the
# withheld part ("Hesaplanan KDV Tevkifat(%70)").
TAX_NAMED = (
    rf"(?:{_G('σύνολο')}|{_G('αξία')}|{_G('ποσό')}) φπα"
    rf"|(?:hesaplanan|toplam) kdv(?!\s*tevkifat)"
)
# The tax's bare name before its rate or figure ("ΦΠΑ 24 %", "KDV %10 (Matrah ₺24.516,00)");
# not a VAT number's caption ("Α.Μ. ΦΠΑ: 10093318C"), a breakdown's heading ("Ανάλυση ΦΠΑ"),
# nor "without", "with" or a withholding's ("KDV Tevkifatı").
TAX_BARE = (
    rf"(?<!\. )(?<!{_G('ανάλυση')} )(?<!{_G('χωρίς')} )(?<!με )(?<!\w)φπα(?!\w)(?!\s*/\s*vat)"
    rf"|(?<!\w)kdv(?!\w)(?!\s*(?:tevkifat|{_T('hariç')}|dahil|no\b|numara))"
)
# "Πληρωτέο", "Υπόλοιπο πληρωτέο", "Πληρωτέο ποσό"; Turkish "Ödenecek Tutar".
AMOUNT_DUE = (
    rf"(?:{_G('υπόλοιπο')} )?{_G('πληρωτέο')}(?: {_G('ποσό')})?|{_G('προς')} {_G('πληρωμή')}"
    rf"|[öo]denecek (?:tutar|toplam)"
)
# Greece's tax number "ΑΦΜ" / "Α.Φ.Μ." (its VAT ID, without or with "EL"); Turkey's "VKN"
# stands with the Americas' numbers, its "Vergi No", "V.No" and a person's "TCKN" here.
VAT_ID = (
    r"(?<!\w)(?:αφμ|α\.\s?φ\.\s?μ\.?)(?!\w)"
    rf"|vergi (?:no|{_T('numarası')})\b\.?|(?<![\w.])v\.\s?no\b\.?|tckn\b"
    # Cyprus's "Α.Μ. ΦΠΑ" (the VAT register's number); Turkey's tax office, then the number
    # ("Kemeraltı V.D. 4812037750").
    r"|(?<!\w)α\.\s?μ\.\s?φπα(?!\w)|(?<![\w.])v\.\s?d\.(?=\s*:?\s*\d{10,11}\b)"
)
# The seller's block captions: Greek "Εκδότης" (issuer), "Πωλητής" (seller), "Στοιχεία
# εκδότη"; Turkish "Satıcı", "Düzenleyen" (issuer).
SELLER_PARTY = (
    rf"(?:{_G('στοιχεία')} )?{_G('εκδότη')}ς?|{_G('πωλητής')}|{_T('satıcı')}|d[üu]zenleyen"
)
# The buyer's block captions: Greek "Πελάτης", "Στοιχεία πελάτη", "Αγοραστής", "Λήπτης" (the
# recipient), "Προς" (to) alone; Turkish "Alıcı", and the salutation "Sayın" (Dear) over the
# buyer's name, never a name itself.
BUYER_PARTY = (
    rf"(?:{_G('στοιχεία')} )?{_G('πελάτη')}ς?|{_G('αγοραστής')}|{_G('λήπτης')}"
    rf"|{_G('προς')}(?=\s*:?\s*$)|{_T('alıcı')}|{_T('sayın')}(?=\s*:?\s*$)"
)
# A credit note's title: Greek "Πιστωτικό τιμολόγιο", "Πιστωτικό σημείωμα"; Turkish "İade
# Faturası" (a return's invoice).
CREDIT_NOTE = rf"{_G('πιστωτικό')} (?:{_G('τιμολόγιο')}|{_G('σημείωμα')})|{_T('iade faturası')}"
# Item table column captions, each a whole cell (column_captions.py): Greek "Περιγραφή
# (είδους)", "Ποσότητα", "Τιμή μον.", "Αξία"; Turkish "Mal Hizmet", "Malın / Hizmetin Cinsi",
# "Miktar", "Birim Fiyat", "Mal Hizmet Tutarı".
COLUMN_DESCRIPTION = (
    rf"{_G('περιγραφή')}(?: {_G('είδους')}| {_G('υπηρεσίας')})?|{_G('είδος')}"
    rf"|mal hizmet|{_T('malın')}\s*/\s*{_T('hizmetin')} cinsi|{_T('açıklama')}|[üu]r[üu]n"
)
COLUMN_QUANTITY = rf"{_G('ποσότητα')}|{_G('ποσότ')}\.?|{_G('ποσ')}\.|{_T('miktar')}|{_T('miktarı')}"
COLUMN_UNIT_PRICE = (
    rf"{_G('τιμή')}(?: {_G('μον')}\.?| {_G('μονάδας')})?|{_T('birim fiyat')}|{_T('birim fiyatı')}"
    rf"|{_T('fiyat')}|{_T('fiyatı')}"
)
COLUMN_AMOUNT = (
    rf"(?:{_G('καθαρή')} )?{_G('αξία')}|{_G('ποσό')}|{_G('σύνολο')}"
    rf"|(?:mal hizmet )?{_T('tutar')}|(?:mal hizmet )?{_T('tutarı')}"
)
COLUMN_VAT_RATE = (
    rf"φπα(?:\s*%)?|{_G('συντ')}\. φπα|{_G('αξία')} φπα|kdv(?:\s*%)?|kdv {_T('oranı')}"
    rf"|kdv {_T('tutarı')}"
)
COLUMN_DISCOUNT = rf"{_G('έκπτωση')}|{_T('iskonto')}(?: {_T('oranı')})?"

__all__ = [
    "AMOUNT_DUE",
    "BUYER_PARTY",
    "COLUMN_AMOUNT",
    "COLUMN_DESCRIPTION",
    "COLUMN_DISCOUNT",
    "COLUMN_QUANTITY",
    "COLUMN_UNIT_PRICE",
    "COLUMN_VAT_RATE",
    "CREDIT_NOTE",
    "DUE_DATE",
    "INVOICE_DATE_BARE",
    "INVOICE_DATE_NAMED",
    "INVOICE_NUMBER_BARE",
    "INVOICE_NUMBER_NAMED",
    "NET_NAMED",
    "NET_SUBTOTAL",
    "SELLER_PARTY",
    "TAX_BARE",
    "TAX_NAMED",
    "TOTAL_BARE",
    "TOTAL_NAMED",
    "VAT_ID",
]
