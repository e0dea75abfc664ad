"""Built-in word lists for made-up companies, people, addresses and goods.

All names are invented by combining parts; any match with a real business is chance.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


def _split(text: str, sep: str | None = None) -> list[str]:
    # Word lists are written as one string to keep the data compact and readable.
    return text.split(sep)


_STEMS = _split(
    "Nordlicht Bergmann Falkenstein Albatros Kestrel Meridian Lumina Solvent Tessera Vantage "
    "Brightwater Oakridge Silverline Cobalt Helix Quadrant Fjord Atlas Pinecrest Zephyr Orion "
    "Granite Beacon Harbor Maple Copperfield Redwood Sterling Juniper Aurora Castell Riviera "
    "Sirocco Mistral Tramontana Levante Corallo Girasole Tulp Molen Duin Polder Wisła Tatra "
    "Bursztyn Sokół Lusitano Atlântico Sardinha Oliveira Pinhal Delta Vertex Nimbus Kobalt"
)
_TRADES_EN = _split("Logistics Consulting Software Supplies Engineering Print Services Systems")
_TRADES = {
    "en": _TRADES_EN,
    "de": _split("Logistik Beratung Software Bürobedarf Maschinenbau Druck Haustechnik Systeme"),
    "fr": _split("Logistique Conseil Informatique Fournitures Ingénierie Imprimerie Services"),
    "es": _split("Logística Consultoría Software Suministros Ingeniería Imprenta Servicios"),
    "it": _split("Logistica Consulenza Informatica Forniture Ingegneria Tipografia Servizi"),
    "nl": _split("Logistiek Advies Software Kantoorartikelen Techniek Drukkerij Diensten"),
    "pt": _split("Logística Consultoria Informática Fornecimentos Engenharia Gráfica Serviços"),
    "pl": _split("Logistyka Doradztwo Informatyka Zaopatrzenie Inżynieria Drukarnia Usługi"),
}
_LEGAL_FORMS = {
    "GB": ["Ltd", "Limited", "LLP", "plc"],
    "US": ["Inc.", "LLC", "Corp."],
    "IE": ["Ltd", "DAC", "Teoranta"],
    "DE": ["GmbH", "AG", "GmbH & Co. KG", "e.K.", "UG (haftungsbeschränkt)"],
    "AT": ["GmbH", "AG", "KG", "OG"],
    "CH": ["AG", "GmbH", "SA"],
    "FR": ["SARL", "SAS", "SA", "EURL"],
    "ES": ["S.L.", "S.A.", "S.L.U."],
    "IT": ["S.r.l.", "S.p.A.", "S.n.c."],
    "NL": ["B.V.", "N.V.", "V.O.F."],
    "PT": ["Lda.", "S.A.", "Unipessoal Lda."],
    "PL": ["Sp. z o.o.", "S.A.", "Sp.k."],
}
_SURNAMES = {
    "en": _split("Smith Turner Walsh Hughes Carter Bennett Murphy Foster Ellis Price"),
    "de": _split("Müller Schneider Fischer Weber Wagner Becker Hoffmann Schulz Krüger Vogel"),
    "fr": _split("Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Fournier Lambert"),
    "es": _split("García Fernández López Martínez Sánchez Romero Navarro Torres Ruiz Castro"),
    "it": _split("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco"),
    "nl": _split("de Jong|Jansen|de Vries|van Dijk|Bakker|Visser|Smit|Meijer|Mulder", "|"),
    "pt": _split("Silva Santos Ferreira Pereira Costa Rodrigues Martins Sousa Gomes Lopes"),
    "pl": _split("Nowak Kowalski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Woźniak"),
}
_FIRST_NAMES = {
    "en": _split("James Olivia Harry Emily George Sophie Jack Grace"),
    "de": _split("Anna Lukas Sophie Jonas Marie Felix Laura Paul"),
    "fr": _split("Camille Louis Chloé Hugo Léa Jules Manon Arthur"),
    "es": _split("Lucía Hugo Martina Pablo Sofía Mateo Carmen Diego"),
    "it": _split("Giulia Luca Sofia Marco Chiara Matteo Elena Davide"),
    "nl": _split("Emma Daan Sanne Bram Lotte Sem Eva Thijs"),
    "pt": _split("Maria João Beatriz Tiago Inês Rui Ana Miguel"),
    "pl": _split("Anna Piotr Katarzyna Tomasz Magda Jakub Ewa Marek"),
}
# (street pattern, [(postcode pattern, city)]): '#' is a digit, '@' an upper-case letter.
_PLACES: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "GB": (
        ["{n} High Street", "{n} Station Road", "{n} Church Lane", "Unit {n}, Mill Road"],
        [("@@# #@@", "London"), ("@# #@@", "Leeds"), ("@@## #@@", "Bristol")],
    ),
    "US": (
        ["{n} Main Street", "{n} Oak Avenue", "{n} Lakeview Drive", "{n} Market St, Suite 4"],
        [("##### ", "Springfield, IL"), ("#####", "Portland, OR"), ("#####", "Austin, TX")],
    ),
    "IE": (
        ["{n} Main Street", "Unit {n}, Parkway Business Park", "{n} Quay Road"],
        [("D## @@##", "Dublin"), ("T## @@##", "Cork"), ("H## @@##", "Galway")],
    ),
    "DE": (
        ["Hauptstraße {n}", "Industriestr. {n}", "Am Mühlbach {n}", "Lindenallee {n}"],
        [("#####", "Berlin"), ("#####", "Hamburg"), ("#####", "Köln"), ("#####", "Leipzig")],
    ),
    "AT": (
        ["Hauptplatz {n}", "Mariahilfer Straße {n}", "Gewerbepark {n}"],
        [("1###", "Wien"), ("8###", "Graz"), ("4###", "Linz")],
    ),
    "CH": (
        ["Bahnhofstrasse {n}", "Seestrasse {n}", "Industrieweg {n}"],
        [("8###", "Zürich"), ("3###", "Bern"), ("4###", "Basel")],
    ),
    "FR": (
        ["{n} rue de la République", "{n} avenue Victor Hugo", "{n} boulevard Voltaire"],
        [("75###", "Paris"), ("69###", "Lyon"), ("33###", "Bordeaux"), ("59###", "Lille")],
    ),
    "ES": (
        ["Calle Mayor {n}", "Avenida de la Constitución {n}", "Paseo del Prado {n}"],
        [("28###", "Madrid"), ("08###", "Barcelona"), ("46###", "Valencia")],
    ),
    "IT": (
        ["Via Roma {n}", "Corso Italia {n}", "Viale Europa {n}", "Piazza Garibaldi {n}"],
        [("20###", "Milano"), ("00###", "Roma"), ("10###", "Torino"), ("40###", "Bologna")],
    ),
    "NL": (
        ["Keizersgracht {n}", "Stationsweg {n}", "Industrieweg {n}", "Kerkstraat {n}"],
        [("#### @@", "Amsterdam"), ("#### @@", "Utrecht"), ("#### @@", "Rotterdam")],
    ),
    "PT": (
        ["Rua Augusta {n}", "Avenida da Liberdade {n}", "Rua do Carmo {n}"],
        [("1###-###", "Lisboa"), ("4###-###", "Porto"), ("3###-###", "Coimbra")],
    ),
    "PL": (
        ["ul. Marszałkowska {n}", "ul. Długa {n}", "al. Jana Pawła II {n}", "ul. Polna {n}"],
        [("##-###", "Warszawa"), ("##-###", "Kraków"), ("##-###", "Gdańsk")],
    ),
}
_GOODS = {
    "en": "Printer paper A4|Toner cartridge black|Office chair|Consulting hours|Server hosting "
    "(monthly)|USB-C docking station|Software licence|Delivery charge|Installation labour|"
    "Maintenance contract|Ergonomic keyboard|Monitor 27 inch|Cable set|Training workshop",
    "de": "Kopierpapier A4|Tonerkartusche schwarz|Bürostuhl|Beratungsstunden|Serverhosting "
    "(monatlich)|USB-C Dockingstation|Softwarelizenz|Versandkosten|Montagearbeiten|"
    "Wartungsvertrag|Ergonomische Tastatur|Monitor 27 Zoll|Kabelsatz|Schulung",
    "fr": "Papier A4|Cartouche de toner noir|Chaise de bureau|Heures de conseil|Hébergement "
    "serveur (mensuel)|Station d'accueil USB-C|Licence logiciel|Frais de port|Main-d'œuvre "
    "installation|Contrat de maintenance|Clavier ergonomique|Écran 27 pouces|Formation",
    "es": "Papel A4|Cartucho de tóner negro|Silla de oficina|Horas de consultoría|Alojamiento "
    "de servidor (mensual)|Base USB-C|Licencia de software|Gastos de envío|Mano de obra|"
    "Contrato de mantenimiento|Teclado ergonómico|Monitor 27 pulgadas|Formación",
    "it": "Carta A4|Cartuccia toner nero|Sedia da ufficio|Ore di consulenza|Hosting server "
    "(mensile)|Docking station USB-C|Licenza software|Spese di spedizione|Manodopera|"
    "Contratto di manutenzione|Tastiera ergonomica|Monitor 27 pollici|Corso di formazione",
    "nl": "Printpapier A4|Tonercartridge zwart|Bureaustoel|Adviesuren|Serverhosting "
    "(maandelijks)|USB-C dockingstation|Softwarelicentie|Verzendkosten|Installatiewerk|"
    "Onderhoudscontract|Ergonomisch toetsenbord|Monitor 27 inch|Training",
    "pt": "Papel A4|Tinteiro toner preto|Cadeira de escritório|Horas de consultoria|Alojamento "
    "de servidor (mensal)|Estação USB-C|Licença de software|Portes de envio|Mão de obra|"
    "Contrato de manutenção|Teclado ergonómico|Monitor 27 polegadas|Formação",
    "pl": "Papier do drukarki A4|Toner czarny|Krzesło biurowe|Godziny doradztwa|Hosting "
    "serwera (miesięcznie)|Stacja dokująca USB-C|Licencja na oprogramowanie|Koszty wysyłki|"
    "Robocizna|Umowa serwisowa|Klawiatura ergonomiczna|Monitor 27 cali|Szkolenie",
}
# Second halves for long descriptions that must wrap onto a second line in the table.
_DETAILS = {
    "en": "incl. on-site setup, configuration and documentation for the accounting department",
    "de": "inkl. Einrichtung vor Ort, Konfiguration und Dokumentation für die Buchhaltung",
    "fr": "y compris installation sur site, paramétrage et documentation pour la comptabilité",
    "es": "incluye instalación in situ, configuración y documentación para contabilidad",
    "it": "inclusi installazione in sede, configurazione e documentazione per l'amministrazione",
    "nl": "incl. installatie op locatie, configuratie en documentatie voor de administratie",
    "pt": "inclui instalação no local, configuração e documentação para a contabilidade",
    "pl": "w tym instalacja na miejscu, konfiguracja i dokumentacja dla działu księgowości",
}


@dataclass(frozen=True)
class Address:
    """A postal address split the way it is printed."""

    street: str
    postcode: str
    city: str
    country: str

    def lines(self) -> list[str]:
        """The address as printed, one line per element."""
        if self.country in ("GB", "IE"):
            return [self.street, f"{self.city} {self.postcode}"]
        if self.country == "US":
            return [self.street, f"{self.city} {self.postcode}"]
        return [self.street, f"{self.postcode} {self.city}"]

    def one_line(self) -> str:
        """The address joined into one line, as the truth files store it."""
        return ", ".join(self.lines())


def _pattern(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUWXY"))
        else:
            out.append(ch)
    return "".join(out).strip()


def company_name(rng: random.Random, language: str, country: str) -> str:
    """A made-up company name with a legal form of `country`."""
    stem = rng.choice(_STEMS)
    style = rng.randrange(3)
    if style == 0:
        name = f"{stem} {rng.choice(_TRADES[language])}"
    elif style == 1:
        name = f"{rng.choice(_SURNAMES[language])} & {rng.choice(_SURNAMES[language])}"
    else:
        name = f"{stem} {rng.choice(_STEMS)}"
    return f"{name} {rng.choice(_LEGAL_FORMS[country])}"


def person_name(rng: random.Random, language: str) -> str:
    """A made-up person's name."""
    return f"{rng.choice(_FIRST_NAMES[language])} {rng.choice(_SURNAMES[language])}"


def address(rng: random.Random, country: str) -> Address:
    """A made-up address in `country`."""
    streets, places = _PLACES[country]
    postcode_pattern, city = rng.choice(places)
    street = rng.choice(streets).format(n=rng.randint(1, 180))
    return Address(street, _pattern(rng, postcode_pattern), city, country)


def goods(rng: random.Random, language: str, *, long: bool) -> str:
    """A product or service description; `long` ones wrap onto a second table line."""
    item = rng.choice(_GOODS[language].split("|"))
    return f"{item}, {_DETAILS[language]}" if long else item


def phone(rng: random.Random) -> str:
    """A made-up phone number."""
    return f"+{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(1000000, 9999999)}"
