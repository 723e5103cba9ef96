package fr.metamut.workbook.domain;

/** The colour legend, shown under the matrix and on the summary sheet. */
final class Legend {

    static final String TITLE = "Légende";

    private Legend() {
    }

    static void write(SheetWriter out) {
        out.row().text(TITLE, Look.SECTION);
        out.row().number(0, Look.COUNT_GAP)
                .text("Absence : aucun OPSN ne propose le service dans le département (orange, comme le rapport).");
        out.row().number(2, Look.COUNT_DOUBLON)
                .text("Doublon : au moins deux OPSN proposent le même service dans le département (bleu).");
        out.row().number(0, Look.COUNT_GAP_DEMAND)
                .text("Demande sans offre : demandé dans l'enquête, proposé par aucun OPSN (bordure rouge).");
        out.row().text("Les nombres comptent les OPSN distincts qui proposent le service. Région : OPSN de toute"
                + " la région, orange si aucun.", Look.NOTE);
    }
}
