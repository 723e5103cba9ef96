package fr.metamut.actionplan.domain;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The plan's figures and groupings, computed from rows: KPIs, per owner, per due month. */
public final class PlanFigures {

    /** Beyond this many months, the timeline shows only the months that have actions. */
    public static final int MAX_CONTINUOUS_MONTHS = 36;

    /** Headline figures: actions, done, overdue, and the mean progress in % (rounded; 0 without actions). */
    public record Kpis(int total, int done, int overdue, int meanProgress) {
    }

    /** An operator's own actions with their figures, and how many other actions it contributes to. */
    public record OwnerGroup(ActionRow.OperatorRef owner, List<ActionRow> actions, Kpis kpis, int contributions) {
    }

    /** A month of the timeline with the actions due in it. */
    public record Month(YearMonth month, List<ActionRow> actions) {
    }

    /** The due months in order, and the actions without a due date. */
    public record Timeline(List<Month> months, List<ActionRow> undated) {
    }

    private PlanFigures() {
    }

    public static Kpis kpis(List<ActionRow> rows) {
        int done = (int) rows.stream().filter(ActionRow::done).count();
        int overdue = (int) rows.stream().filter(ActionRow::overdue).count();
        int mean = rows.isEmpty() ? 0 : (int) Math.round(rows.stream().mapToInt(ActionRow::progress).average().orElse(0));
        return new Kpis(rows.size(), done, overdue, mean);
    }

    /** One group per owning operator, by operator name. */
    public static List<OwnerGroup> byOwner(List<ActionRow> rows) {
        Map<ActionRow.OperatorRef, List<ActionRow>> owned = new TreeMap<>(
                Comparator.comparing(ActionRow.OperatorRef::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(ActionRow.OperatorRef::id));
        rows.forEach(row -> owned.computeIfAbsent(row.owner(), o -> new ArrayList<>()).add(row));
        List<OwnerGroup> groups = new ArrayList<>();
        owned.forEach((owner, actions) -> {
            actions.sort(ActionRow.PLAN_ORDER);
            int contributions = (int) rows.stream().filter(r -> r.contributors().contains(owner)).count();
            groups.add(new OwnerGroup(owner, List.copyOf(actions), kpis(actions), contributions));
        });
        return groups;
    }

    /**
     * Actions placed in their due month. Every month from the first to the last is shown (empty ones too)
     * unless that spans more than {@link #MAX_CONTINUOUS_MONTHS}: then only the months with actions.
     */
    public static Timeline timeline(List<ActionRow> rows) {
        TreeMap<YearMonth, List<ActionRow>> byMonth = new TreeMap<>();
        List<ActionRow> undated = new ArrayList<>();
        for (ActionRow row : rows) {
            if (row.dueDate() == null) {
                undated.add(row);
            } else {
                byMonth.computeIfAbsent(YearMonth.from(row.dueDate()), m -> new ArrayList<>()).add(row);
            }
        }
        Map<YearMonth, List<ActionRow>> months = new LinkedHashMap<>();
        if (!byMonth.isEmpty()) {
            YearMonth first = byMonth.firstKey();
            YearMonth last = byMonth.lastKey();
            if (first.until(last, ChronoUnit.MONTHS) < MAX_CONTINUOUS_MONTHS) {
                for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                    months.put(m, byMonth.getOrDefault(m, List.of()));
                }
            } else {
                months.putAll(byMonth);
            }
        }
        List<Month> timeline = months.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue().stream().sorted(ActionRow.PLAN_ORDER).toList())).toList();
        undated.sort(ActionRow.PLAN_ORDER);
        return new Timeline(timeline, List.copyOf(undated));
    }
}
