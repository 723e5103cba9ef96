package fr.metamut.workbook.service;

import fr.metamut.workbook.domain.WorkbookSheet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sheets another feature adds to the workbook, after the synthesis, without the workbook depending on it: the
 * COPIL feature's "Depuis le dernier COPIL" comparison. Called inside the workbook's read-only transaction, as the
 * logged-in user or the export command's system user; the sheets it returns hold their data already read.
 */
public interface WorkbookSupplement {

    /**
     * The sheets for a meeting, as typed by a user ({@code 12}, {@code 2027-03-14}): that meeting compared with the
     * one before; or, when {@code meeting} is null, now compared with the latest meeting (none when there is no
     * meeting). An unknown meeting is refused with a {@code UserFacingException}.
     */
    List<WorkbookSheet> sheets(@Nullable String meeting);
}
