package fr.metamut.workbook.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The joint offers submitted to the Région, with their status, parties, budget, dates and decision. */
final class OffersSheet implements WorkbookSheet {

    private final List<WorkbookContent.Offer> offers;

    OffersSheet(List<WorkbookContent.Offer> offers) {
        this.offers = offers;
    }

    @Override
    public String name(Labels labels) {
        return labels.text("wb.offers.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(26, 12, 14, 16, 20, 13, 11, 11, 11, 11, 11, 28, 13);
        int headerRow = out.nextRow();
        out.header(out.label("wb.offers.offer"), out.label("wb.offers.status"), out.label("wb.offers.lead"),
                out.label("wb.offers.partners"), out.label("wb.offers.services"), out.label("wb.offers.departements"),
                out.label("wb.offers.budget"), out.label("wb.offers.start"), out.label("wb.offers.end"),
                out.label("wb.offers.submitted"), out.label("wb.offers.decided"), out.label("wb.offers.rationale"),
                out.label("wb.offers.coordinator"));
        for (WorkbookContent.Offer offer : offers) {
            SheetWriter.RowWriter row = out.row().text(offer.title()).text(offer.status()).text(offer.lead())
                    .text(offer.partners()).text(offer.services()).text(offer.departements())
                    .number(offer.budget(), Look.THOUSANDS);
            date(date(date(date(row, offer.start()), offer.end()), offer.submitted()), offer.decided())
                    .text(offer.rationale()).text(offer.coordinator());
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 12, 1);
        out.skip(1);
        if (offers.isEmpty()) {
            out.row().label("wb.offers.none", Look.NOTE);
        }
        out.row().label("wb.offers.note", Look.NOTE);
    }

    private static SheetWriter.RowWriter date(SheetWriter.RowWriter row, @Nullable LocalDate value) {
        return value == null ? row.blank() : row.date(value);
    }
}
