package fr.metamut.copil.domain;

import fr.metamut.workbook.domain.Labels;
import fr.metamut.workbook.domain.Look;
import fr.metamut.workbook.domain.SheetWriter;
import fr.metamut.workbook.domain.WorkbookSheet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The workbook's "Depuis le dernier COPIL" sheet: between which meetings (or the last one and the export), the
 * counts of each kind of change and the budget validated, the earlier meeting's decisions with what became of them
 * and the later meeting's own decisions, then every change (one row each: kind, item, département, before, after,
 * detail), the long table last. Without an earlier meeting, says so and lists the decisions.
 */
public final class SinceLastMeetingSheet implements WorkbookSheet {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /**
     * What the sheet shows.
     *
     * @param from          the earlier meeting (null: none recorded before)
     * @param to            the later meeting (null: the state at the export)
     * @param comparison    what changed from {@code from} to {@code to} (null without {@code from})
     * @param followUps     {@code from}'s decisions and what became of them by {@code to}
     * @param decisions     {@code to}'s own decisions
     */
    public record Content(@Nullable Heading from, @Nullable Heading to, @Nullable Comparison comparison, List<FollowUp> followUps,
                          List<Decision> decisions, LocalDate exportDate) {
    }

    /** A meeting as the sheet names it. */
    public record Heading(LocalDate date, String title) {

        public static Heading of(Meeting meeting) {
            return new Heading(meeting.getDate(), meeting.getTitle());
        }
    }

    private final Content content;
    private final Labels labels;

    /** {@code labels}: the application's texts in the workbook's language (change kinds, decision links). */
    public SinceLastMeetingSheet(Content content, Labels labels) {
        this.content = content;
        this.labels = labels;
    }

    @Override
    public String name(Labels sheetLabels) {
        return labels.text("copil.sheet.name");
    }

    @Override
    public void write(SheetWriter out) {
        out.widths(22, 36, 7, 18, 18, 44);
        out.row().text(labels.text("copil.sheet.title"), Look.TITLE);
        out.row().text(period(), Look.SUBTITLE);
        out.skip(1);
        if (content.comparison() == null) {
            out.row().text(labels.text("copil.sheet.first"), Look.NOTE);
            out.skip(1);
            decisions(out);
            return;
        }
        summary(out, content.comparison());
        out.skip(1);
        followUps(out);
        if (content.to() != null) {
            out.skip(1);
            decisions(out);
        }
        // last: the one table that may run over several pages, its header repeated on each (a header repeated above
        // the decisions' tables would name columns they do not have); from a new page when it would not end on this one
        // (title and header count for three lines)
        out.newPageUnlessItFits(3 + content.comparison().changes().size());
        changes(out, content.comparison());
    }

    private String period() {
        String to = content.to() == null ? labels.text("copil.sheet.toNow", DATE.format(content.exportDate()))
                : labels.text("copil.sheet.toMeeting", DATE.format(content.to().date()), content.to().title());
        return content.from() == null ? to
                : labels.text("copil.sheet.period", DATE.format(content.from().date()), content.from().title(), to);
    }

    private void summary(SheetWriter out, Comparison comparison) {
        out.row().text(labels.text("copil.sheet.summary"), Look.SECTION);
        for (Map.Entry<ChangeKind, Integer> count : comparison.counts().entrySet()) {
            out.row().text(labels.text(count.getKey().messageKey()), Look.LABEL).integer(count.getValue());
        }
        out.row().text(labels.text("copil.sheet.budgetValidated"), Look.LABEL)
                .number(comparison.budgetValidated(), Look.THOUSANDS);
    }

    private void changes(SheetWriter out, Comparison comparison) {
        out.row().text(labels.text("copil.sheet.changes"), Look.SECTION);
        int headerRow = out.nextRow();
        out.header(labels.text("copil.column.kind"), labels.text("copil.column.subject"),
                labels.text("copil.column.departement"), labels.text("copil.column.before"),
                labels.text("copil.column.after"), labels.text("copil.column.detail"));
        for (Change change : comparison.changes()) {
            out.row().text(labels.text(change.kind().messageKey())).text(change.subject()).text(change.departement())
                    .text(change.before()).text(change.after()).text(change.detail());
        }
        out.dataTable(headerRow, Math.max(headerRow, out.nextRow() - 1), 5, 0);
        if (comparison.changes().isEmpty()) {
            out.row().text(labels.text("copil.sheet.noChange"), Look.NOTE);
        }
    }

    private void followUps(SheetWriter out) {
        out.row().text(labels.text("copil.sheet.followUps"), Look.SECTION);
        if (content.followUps().isEmpty()) {
            out.row().text(labels.text("copil.sheet.noDecision"), Look.NOTE);
            return;
        }
        out.header(labels.text("copil.column.about"), labels.text("copil.column.decision"), "", "", "",
                labels.text(content.to() == null ? "copil.column.stateNow" : "copil.column.stateAtMeeting"));
        for (FollowUp followUp : content.followUps()) {
            out.row().text(about(followUp.decision())).text(followUp.decision().getText()).at(5).text(followUp.state());
        }
    }

    /** The later meeting's own decisions (none when comparing with the export: there is no later meeting). */
    private void decisions(SheetWriter out) {
        if (content.to() == null) {
            return;
        }
        out.row().text(labels.text("copil.sheet.decisions"), Look.SECTION);
        if (content.decisions().isEmpty()) {
            out.row().text(labels.text("copil.sheet.noDecision"), Look.NOTE);
            return;
        }
        out.header(labels.text("copil.column.about"), labels.text("copil.column.decision"));
        for (Decision decision : content.decisions()) {
            out.row().text(about(decision)).text(decision.getText());
        }
    }

    private @Nullable String about(Decision decision) {
        return decision.isLinked()
                ? DecisionLink.about(labels.text(decision.getLinkKind().messageKey()), decision.getLinkLabel(),
                        (kind, title) -> labels.text("copil.link.label", kind, title))
                : null;
    }
}
