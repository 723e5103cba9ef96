package fr.metamut.workbook.domain;

import java.util.List;

/** The joint offers submitted to the Région, with their status, parties, budget, dates and decision. */
final class OffersSheet implements WorkbookSheet {

    static final String NAME = "Offres conjointes";

    private final List<WorkbookContent.Offer> offers;

    OffersSheet(List<WorkbookContent.Offer> offers) {
        this.offers = offers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(30, 14, 16, 22, 26, 10, 11, 10, 10, 10, 10, 34, 13);
        int headerRow = out.nextRow();
        out.header("Offre", "Statut", "Chef de file", "Partenaires", "Services", "Départements", "Budget (€)",
                "Début", "Fin", "Soumise le", "Décidée le", "Motif de la décision", "Coordinateur");
        for (WorkbookContent.Offer offer : offers) {
            var row = out.row().text(offer.title()).text(offer.status()).text(offer.lead()).text(offer.partners())
                    .text(offer.services()).text(offer.departements());
            if (offer.budget() == null) {
                row.blank();
            } else {
                row.number(offer.budget(), Look.THOUSANDS);
            }
            date(date(date(date(row, offer.start()), offer.end()), offer.submitted()), offer.decided())
                    .text(offer.rationale(), Look.TEXT).text(offer.coordinator());
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 12, 1);
        out.skip(1);
        if (offers.isEmpty()) {
            out.row().text("Aucune offre conjointe soumise à la Région pour l'instant.", Look.NOTE);
        }
        out.row().text("Les brouillons restent privés aux opérateurs qui les rédigent : seules les offres soumises"
                + " à la Région (et leurs suites) figurent ici.", Look.NOTE);
    }

    private static SheetWriter.RowWriter date(SheetWriter.RowWriter row, java.time.LocalDate value) {
        return value == null ? row.blank() : row.date(value);
    }
}
