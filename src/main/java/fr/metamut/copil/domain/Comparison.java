package fr.metamut.copil.domain;

import fr.metamut.workbook.domain.Labels;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two baselines ("depuis le dernier COPIL"): gaps closed and opened and doublons created
 * or removed (per service and département), offers submitted, decided (with the decision) or withdrawn, the
 * budget validated, actions completed, newly late, deadlines moved, partnerships started or ended, SWOT items
 * added, changed or removed. Pure: the caller gives the two baselines and the labels of statuses in the reader's
 * language. Items are matched by id (coverage by service code and département code); an item in neither
 * state of interest gives no row, so an unchanged state gives an empty comparison.
 *
 * @param budgetValidated sum of the budgets of the offers validated between the two baselines
 */
public record Comparison(Instant from, Instant to, List<Change> changes, BigDecimal budgetValidated) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    public Comparison {
        changes = List.copyOf(changes);
    }

    /** The rows of one kind. */
    public List<Change> of(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** How many rows of each kind (every kind present, zero included). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    public static Comparison of(Baseline before, Baseline after, Labels labels) {
        List<Change> changes = new ArrayList<>();
        coverage(before.coverage(), after.coverage(), changes);
        BigDecimal budget = offers(before, after, labels, changes);
        actions(before, after, labels, changes);
        partnerships(before, after, labels, changes);
        swot(before, after, labels, changes);
        changes.sort(Comparator.comparing(Change::kind));
        return new Comparison(before.frozenAt(), after.frozenAt(), changes, budget);
    }

    private static void coverage(Baseline.Coverage before, Baseline.Coverage after, List<Change> changes) {
        Map<String, Baseline.Service> old = before.services().stream()
                .collect(Collectors.toMap(Baseline.Service::code, s -> s, (a, b) -> a));
        Map<String, Integer> oldColumns = new HashMap<>();
        for (int column = 0; column < before.departements().size(); column++) {
            oldColumns.put(before.departements().get(column).code(), column);
        }
        for (Baseline.Service service : after.services()) {
            Baseline.Service then = old.get(service.code());
            if (then == null) {
                continue;
            }
            for (int column = 0; column < after.departements().size(); column++) {
                String code = after.departements().get(column).code();
                Integer was = oldColumns.get(code);
                if (was == null) {
                    continue;
                }
                List<String> now = names(after, service.offeredBy().get(column));
                List<String> past = names(before, then.offeredBy().get(was));
                int n = now.size();
                int p = past.size();
                if (p == 0 && n > 0) {
                    changes.add(cell(ChangeKind.GAP_CLOSED, service, code, p, n, now));
                }
                if (p > 0 && n == 0) {
                    changes.add(cell(ChangeKind.GAP_OPENED, service, code, p, n, past));
                }
                if (p < 2 && n >= 2) {
                    changes.add(cell(ChangeKind.DOUBLON_CREATED, service, code, p, n, now));
                }
                if (p >= 2 && n < 2) {
                    changes.add(cell(ChangeKind.DOUBLON_REMOVED, service, code, p, n, now.isEmpty() ? past : now));
                }
            }
        }
    }

    private static List<String> names(Baseline.Coverage coverage, List<Integer> indexes) {
        return indexes.stream().map(i -> coverage.operators().get(i)).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static Change cell(ChangeKind kind, Baseline.Service service, String departement, int before, int after,
                               List<String> operators) {
        return new Change(kind, service.name(), departement, Integer.toString(before), Integer.toString(after),
                String.join(", ", operators));
    }

    private static BigDecimal offers(Baseline before, Baseline after, Labels labels, List<Change> changes) {
        Map<Long, Baseline.Offer> old = byId(before.offers(), Baseline.Offer::id);
        BigDecimal budget = BigDecimal.ZERO;
        for (Baseline.Offer offer : sorted(after.offers(), Baseline.Offer::title)) {
            Baseline.Offer then = old.get(offer.id());
            String was = then == null ? null : labels.text(then.statusKey());
            String is = labels.text(offer.statusKey());
            if (since(offer.submittedAt(), before.frozenAt())) {
                changes.add(new Change(ChangeKind.OFFER_SUBMITTED, offer.title(), null, was, is, offer.lead()));
            }
            if (since(offer.decidedAt(), before.frozenAt())) {
                changes.add(new Change(ChangeKind.OFFER_DECIDED, offer.title(), null, was, is, offer.rationale()));
                if ("VALIDEE".equals(offer.status()) && offer.budget() != null) {
                    budget = budget.add(offer.budget());
                }
            }
            if ("RETIREE".equals(offer.status()) && (then == null || !"RETIREE".equals(then.status()))) {
                changes.add(new Change(ChangeKind.OFFER_WITHDRAWN, offer.title(), null, was, is, offer.lead()));
            }
        }
        return budget;
    }

    private static boolean since(@Nullable Instant event, Instant baseline) {
        return event != null && event.isAfter(baseline);
    }

    private static void actions(Baseline before, Baseline after, Labels labels, List<Change> changes) {
        Map<Long, Baseline.Action> old = byId(before.actions(), Baseline.Action::id);
        for (Baseline.Action action : sorted(after.actions(), Baseline.Action::title)) {
            Baseline.Action then = old.get(action.id());
            if (action.done() && (then == null || !then.done())) {
                changes.add(new Change(ChangeKind.ACTION_COMPLETED, action.title(), null,
                        then == null ? null : labels.text(then.statusKey()), labels.text(action.statusKey()),
                        action.owner()));
            }
            if (action.overdue() && (then == null || !then.overdue())) {
                changes.add(new Change(ChangeKind.ACTION_LATE, action.title(), null, null, date(action.due()),
                        action.owner()));
            }
            if (then != null && !Objects.equals(then.due(), action.due())) {
                changes.add(new Change(ChangeKind.DEADLINE_MOVED, action.title(), null, date(then.due()),
                        date(action.due()), action.owner()));
            }
        }
    }

    private static void partnerships(Baseline before, Baseline after, Labels labels, List<Change> changes) {
        Map<Long, Baseline.Partnership> old = byId(before.partnerships(), Baseline.Partnership::id);
        Map<Long, Baseline.Partnership> now = byId(after.partnerships(), Baseline.Partnership::id);
        for (Baseline.Partnership p : sorted(after.partnerships(), Baseline.Partnership::name)) {
            Baseline.Partnership then = old.get(p.id());
            String was = then == null ? null : labels.text(then.statusKey());
            if (p.active() && (then == null || !then.active())) {
                changes.add(new Change(ChangeKind.PARTNERSHIP_STARTED, p.name(), null, was, labels.text(p.statusKey()),
                        p.parties()));
            }
            if (p.ended() && then != null && !then.ended()) {
                changes.add(new Change(ChangeKind.PARTNERSHIP_ENDED, p.name(), null, was, labels.text(p.statusKey()),
                        p.parties()));
            }
        }
        for (Baseline.Partnership then : sorted(before.partnerships(), Baseline.Partnership::name)) {
            if (!now.containsKey(then.id()) && !then.ended()) {
                changes.add(new Change(ChangeKind.PARTNERSHIP_ENDED, then.name(), null, labels.text(then.statusKey()),
                        labels.text("copil.value.removed"), then.parties()));
            }
        }
    }

    private static void swot(Baseline before, Baseline after, Labels labels, List<Change> changes) {
        Map<Long, Baseline.SwotItem> old = byId(before.swot(), Baseline.SwotItem::id);
        Map<Long, Baseline.SwotItem> now = byId(after.swot(), Baseline.SwotItem::id);
        for (Baseline.SwotItem item : after.swot()) {
            Baseline.SwotItem then = old.get(item.id());
            if (then == null) {
                changes.add(new Change(ChangeKind.SWOT_ADDED, item.title(), null, null,
                        labels.text(item.quadrantKey()), item.description()));
            } else if (!then.title().equals(item.title()) || !Objects.equals(then.description(), item.description())
                    || !then.quadrant().equals(item.quadrant())) {
                changes.add(new Change(ChangeKind.SWOT_CHANGED, item.title(), null,
                        then.title().equals(item.title()) ? labels.text(then.quadrantKey()) : then.title(),
                        then.title().equals(item.title()) ? labels.text(item.quadrantKey()) : item.title(),
                        item.description()));
            }
        }
        for (Baseline.SwotItem then : before.swot()) {
            if (!now.containsKey(then.id())) {
                changes.add(new Change(ChangeKind.SWOT_REMOVED, then.title(), null, labels.text(then.quadrantKey()),
                        labels.text("copil.value.removed"), then.description()));
            }
        }
    }

    private static @Nullable String date(@Nullable LocalDate day) {
        return day == null ? null : DATE.format(day);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
    }
}
