package fr.metamut.workbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * The dry run of an import of the workbook's "Plan d'actions" sheet: each row with a N° compared with
 * that action in the database on the columns one may change there (Échéance, Statut, Priorité, Valeur,
 * Avancement): CHANGED (with the columns), UNCHANGED or ERROR. Pure: the caller supplies the actions,
 * the labels and what the user may change; the service's own rules are checked again when applying.
 */
public record ActionPlanImport(List<Item> rows) {

    public static final String SHEET = ActionsSheet.NAME;
    public static final List<String> HEADERS = ActionsSheet.HEADERS;
    static final int ID = 0;
    static final int TITLE = 1;
    static final int DUE = 4;
    static final int STATUS = 5;
    static final int PRIORITY = 6;
    static final int CURRENT = 9;
    static final int PROGRESS = 10;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    public enum Status {
        CHANGED, UNCHANGED, ERROR
    }

    /** What the user may do on an action: everything, progress only (status, progress, current value) or nothing. */
    public enum Right {
        MANAGE, REPORT, NONE
    }

    /** One row as read: its Excel line and the cells of the columns the import uses. */
    public record Line(int line, ImportFile.Value id, String title, ImportFile.Value due, ImportFile.Value status,
                       ImportFile.Value priority, ImportFile.Value current, ImportFile.Value progress) {
    }

    /** The editable values of an action (status and priority as enum names). */
    public record Values(LocalDate due, String status, String priority, BigDecimal current, int progress) {
    }

    /** An action in the database: its editable values, its version and what the user may do on it. */
    public record Existing(long id, long version, String title, Values values, Right right) {
    }

    /** One line of the preview; {@code values} (the file's) and {@code existing} set unless ERROR. */
    public record Item(int line, Long id, String title, Status status, List<String> changedColumns, ImportError error,
                       Values values, Existing existing) {
    }

    /** Reads one row of the sheet (never blank). */
    public static Line line(int line, Row row) {
        ImportFile.Value title = ImportFile.value(row.getCell(TITLE));
        return new Line(line, ImportFile.value(row.getCell(ID)), title.text(), ImportFile.value(row.getCell(DUE)),
                ImportFile.value(row.getCell(STATUS)), ImportFile.value(row.getCell(PRIORITY)),
                ImportFile.value(row.getCell(CURRENT)), ImportFile.value(row.getCell(PROGRESS)));
    }

    /**
     * @param statuses   labels (any case) and enum names → status enum name
     * @param priorities labels (any case) and enum names → priority enum name
     * @param lastDueDate the last due date accepted today; the first is {@code firstDueDate}
     */
    public static ActionPlanImport of(List<Line> lines, Map<Long, Existing> existing, Map<String, String> statuses,
                                      Map<String, String> priorities, LocalDate firstDueDate, LocalDate lastDueDate) {
        Map<Long, Integer> firstLine = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Line line : lines) {
            items.add(item(line, existing, upperKeys(statuses), upperKeys(priorities), firstDueDate, lastDueDate,
                    firstLine));
        }
        return new ActionPlanImport(List.copyOf(items));
    }

    private static Item item(Line line, Map<Long, Existing> existing, Map<String, String> statuses,
                             Map<String, String> priorities, LocalDate firstDueDate, LocalDate lastDueDate,
                             Map<Long, Integer> firstLine) {
        try {
            Long id = id(line.id());
            if (id == null) {
                throw new Refusal(ImportError.of(HEADERS.get(ID), "import.actions.error.noId"));
            }
            Integer previous = firstLine.putIfAbsent(id, line.line());
            if (previous != null) {
                throw new Refusal(ImportError.of(HEADERS.get(ID), "import.error.duplicate", previous));
            }
            Existing current = existing.get(id);
            if (current == null) {
                throw new Refusal(ImportError.of(HEADERS.get(ID), "import.actions.error.unknownId", id));
            }
            Values values = new Values(due(line.due(), firstDueDate, lastDueDate),
                    label(line.status(), statuses, STATUS), label(line.priority(), priorities, PRIORITY),
                    decimal(line.current()), progress(line.progress()));
            List<String> changed = changedColumns(current.values(), values);
            for (String column : changed) {
                if (current.right() == Right.NONE) {
                    throw new Refusal(ImportError.of(null, "import.actions.error.forbidden"));
                }
                if (current.right() == Right.REPORT && (column.equals(HEADERS.get(DUE)) || column.equals(HEADERS.get(PRIORITY)))) {
                    throw new Refusal(ImportError.of(column, "import.actions.error.progressOnly"));
                }
            }
            return new Item(line.line(), id, current.title(), changed.isEmpty() ? Status.UNCHANGED : Status.CHANGED,
                    changed, null, values, current);
        } catch (Refusal refusal) {
            Long id = null;
            try {
                id = id(line.id());
            } catch (Refusal ignored) {
                // the id itself was the error
            }
            return new Item(line.line(), id, line.title(), Status.ERROR, List.of(), refusal.error, null, null);
        }
    }

    static List<String> changedColumns(Values before, Values after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.due(), after.due())) {
            changed.add(HEADERS.get(DUE));
        }
        if (!Objects.equals(before.status(), after.status())) {
            changed.add(HEADERS.get(STATUS));
        }
        if (!Objects.equals(before.priority(), after.priority())) {
            changed.add(HEADERS.get(PRIORITY));
        }
        if (before.current() == null ? after.current() != null
                : after.current() == null || before.current().compareTo(after.current()) != 0) {
            changed.add(HEADERS.get(CURRENT));
        }
        if (before.progress() != after.progress()) {
            changed.add(HEADERS.get(PROGRESS));
        }
        return List.copyOf(changed);
    }

    private static Long id(ImportFile.Value value) {
        if (value.formulaWithoutValue()) {
            throw new Refusal(ImportError.of(HEADERS.get(ID), "import.error.formula"));
        }
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal number = numberOf(value, ID);
        if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0) {
            throw new Refusal(ImportError.of(HEADERS.get(ID), "import.actions.error.unknownId", value.text()));
        }
        return number.longValueExact();
    }

    private static LocalDate due(ImportFile.Value value, LocalDate first, LocalDate last) {
        if (value.formulaWithoutValue()) {
            throw new Refusal(ImportError.of(HEADERS.get(DUE), "import.error.formula"));
        }
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date;
        if (value.number() != null) {
            if (!DateUtil.isValidExcelDate(value.number())) {
                throw new Refusal(ImportError.of(HEADERS.get(DUE), "import.actions.error.date", value.text()));
            }
            date = DateUtil.getLocalDateTime(value.number()).toLocalDate();
        } else {
            date = parseDate(value.text());
        }
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new Refusal(ImportError.of(HEADERS.get(DUE), "import.actions.error.dueRange",
                    String.valueOf(first.getYear()), String.valueOf(last.getYear())));
        }
        return date;
    }

    private static LocalDate parseDate(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Refusal(ImportError.of(HEADERS.get(DUE), "import.actions.error.date", text));
        }
    }

    private static String label(ImportFile.Value value, Map<String, String> labels, int column) {
        if (value.formulaWithoutValue()) {
            throw new Refusal(ImportError.of(HEADERS.get(column), "import.error.formula"));
        }
        if (value.isEmpty()) {
            throw new Refusal(ImportError.of(HEADERS.get(column), "import.error.required"));
        }
        String name = labels.get(upper(value.text()));
        if (name == null) {
            throw new Refusal(ImportError.of(HEADERS.get(column),
                    column == STATUS ? "import.actions.error.status" : "import.actions.error.priority", value.text()));
        }
        return name;
    }

    private static BigDecimal decimal(ImportFile.Value value) {
        if (value.formulaWithoutValue()) {
            throw new Refusal(ImportError.of(HEADERS.get(CURRENT), "import.error.formula"));
        }
        return value.isEmpty() ? null : numberOf(value, CURRENT);
    }

    /** Avancement: a percent cell holds 0.5 for 50 %; a text "50 %" or "50%" is read as 50 %. */
    private static int progress(ImportFile.Value value) {
        if (value.formulaWithoutValue()) {
            throw new Refusal(ImportError.of(HEADERS.get(PROGRESS), "import.error.formula"));
        }
        if (value.isEmpty()) {
            throw new Refusal(ImportError.of(HEADERS.get(PROGRESS), "import.error.required"));
        }
        BigDecimal percent;
        if (value.number() != null) {
            percent = BigDecimal.valueOf(value.number()).movePointRight(2);
        } else {
            String text = value.text().replace("%", "").strip();
            percent = numberOf(new ImportFile.Value(text, null, false), PROGRESS);
        }
        if (percent.compareTo(BigDecimal.ZERO) < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 0) {
            throw new Refusal(ImportError.of(HEADERS.get(PROGRESS), "import.actions.error.progress", value.text()));
        }
        return percent.intValueExact();
    }

    private static BigDecimal numberOf(ImportFile.Value value, int column) {
        if (value.number() != null) {
            return new BigDecimal(String.valueOf(value.number()));
        }
        try {
            return new BigDecimal(value.text().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Refusal(ImportError.of(HEADERS.get(column), "import.actions.error.notNumeric", value.text()));
        }
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(item -> item.status() == Status.ERROR);
    }

    public long count(Status status) {
        return rows.stream().filter(item -> item.status() == status).count();
    }

    private static Map<String, String> upperKeys(Map<String, String> labels) {
        Map<String, String> map = new HashMap<>();
        labels.forEach((label, name) -> map.put(upper(label), name));
        return map;
    }

    private static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** A row refused, with why. */
    private static final class Refusal extends RuntimeException {
        private final transient ImportError error;

        Refusal(ImportError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

}
