package fr.metamut.imports.domain;

import fr.metamut.base.domain.RegionTime;
import fr.metamut.base.domain.ThreeWayMerge;
import fr.metamut.workbook.domain.CellText;
import fr.metamut.workbook.domain.ActionsSheet;
import fr.metamut.workbook.domain.CopilWorkbook;
import fr.metamut.actionplan.domain.PlanAction;
import fr.metamut.catalog.domain.Operator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * The dry run of an import of the workbook's "Plan d'actions" sheet: each row with a N° compared with
 * that action in the database on the columns one may change there (Échéance, Statut, Priorité, Valeur,
 * Avancement): CHANGED (with the columns), UNCHANGED or ERROR. A change in another column (the title,
 * the owner...) is an error rather than silently dropped, and so is any difference on an action changed
 * in the application after the export. Pure: the caller supplies the actions, the labels and what the
 * user may change; the service's own rules are checked again when applying.
 */
public record ActionPlanImportPreview(List<Item> rows) {

    public static final String SHEET = ActionsSheet.NAME;
    public static final List<String> HEADERS = ActionsSheet.HEADERS;
    /** The custom document property in which the export records when its data was read. */
    public static final String EXPORTED_AT = CopilWorkbook.EXPORTED_AT;
    static final int ID = 0;
    static final int TITLE = 1;
    static final int OWNER = 2;
    static final int CONTRIBUTORS = 3;
    static final int DUE = 4;
    static final int STATUS = 5;
    static final int PRIORITY = 6;
    static final int INDICATOR = 7;
    static final int TARGET = 8;
    static final int CURRENT = 9;
    static final int PROGRESS = 10;
    /** The longest list of contributors' names the import reads: 30 operators of the longest name, and commas. */
    static final int CONTRIBUTORS_MAX_LENGTH = 30 * (Operator.NAME_MAX_LENGTH + 2);
    /** A date, a label, a number or a percentage as text. */
    static final int VALUE_MAX_LENGTH = 40;
    /**
     * The most characters of each column: the fields they feed or are compared with; 0 for "En retard" and
     * "Liens", computed by the export and not read.
     */
    public static final List<Integer> MAX_CHARS = List.of(VALUE_MAX_LENGTH, PlanAction.TITLE_MAX_LENGTH,
            Operator.NAME_MAX_LENGTH, CONTRIBUTORS_MAX_LENGTH, VALUE_MAX_LENGTH, VALUE_MAX_LENGTH, VALUE_MAX_LENGTH,
            PlanAction.INDICATOR_NAME_MAX_LENGTH, VALUE_MAX_LENGTH, VALUE_MAX_LENGTH, VALUE_MAX_LENGTH, 0, 0);
    /** The columns imported; the others (except the computed "En retard" and "Liens") must stay as exported. */
    public static final List<String> EDITABLE = List.of(HEADERS.get(DUE), HEADERS.get(STATUS), HEADERS.get(PRIORITY),
            HEADERS.get(CURRENT), HEADERS.get(PROGRESS));
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(RegionTime.ZONE);

    public enum Status {
        CHANGED, UNCHANGED, ERROR
    }

    /** What the user may do on an action: everything, progress only (status, progress, current value) or nothing. */
    public enum Right {
        MANAGE, REPORT, NONE
    }

    /**
     * One row as read: its Excel line and the cells of the columns the import uses or checks; {@code error} set
     * when a cell could not be read whole (longer than its column allows).
     */
    public record Line(int line, ImportFile.Value id, @Nullable String title, ImportFile.Value due, ImportFile.Value status,
                       ImportFile.Value priority, ImportFile.Value current, ImportFile.Value progress, @Nullable Fixed fixed,
                       @Nullable ImportError error) {

        /** A line read whole. */
        public Line(int line, ImportFile.Value id, String title, ImportFile.Value due, ImportFile.Value status,
                    ImportFile.Value priority, ImportFile.Value current, ImportFile.Value progress, Fixed fixed) {
            this(line, id, title, due, status, priority, current, progress, fixed, null);
        }

        /** A line whose columns not imported were left empty (tests, hand-made sheets): they are not checked. */
        public Line(int line, ImportFile.Value id, String title, ImportFile.Value due, ImportFile.Value status,
                    ImportFile.Value priority, ImportFile.Value current, ImportFile.Value progress) {
            this(line, id, title, due, status, priority, current, progress, null, null);
        }
    }

    /**
     * The columns not imported, as the file has them, or as the application would export them; {@code target}
     * as read (a number, or a text to parse).
     */
    public record Fixed(@Nullable String title, @Nullable String owner, @Nullable String contributors, @Nullable String indicator, ImportFile.Value target) {
    }

    /** When an action was last changed, and by whom (a display name or a login). */
    public record LastChange(Instant at, @Nullable String by) {
    }

    /** The editable values of an action (status and priority as enum names). */
    public record Values(@Nullable LocalDate due, String status, String priority, @Nullable BigDecimal current, int progress) {
    }

    /**
     * An action in the database: its editable values, its version, what the user may do on it and, to check
     * the file against, its other columns, its last change and, if that came after the export, its state
     * as exported (null when unknown or not needed).
     */
    public record Existing(long id, long version, String title, Values values, Right right, @Nullable Fixed fixed,
                           @Nullable LastChange lastChange, @Nullable State atExport) {

        public Existing(long id, long version, String title, Values values, Right right) {
            this(id, version, title, values, right, null, null, null);
        }
    }

    /** An action's values at some time: the base of the three-way comparison when it changed after the export. */
    public record State(Values values, Fixed fixed) {
    }

    /** One line of the preview; {@code values} (the file's) and {@code existing} set unless ERROR. */
    public record Item(int line, @Nullable Long id, @Nullable String title, Status status, List<String> changedColumns, @Nullable ImportError error,
                       @Nullable Values values, @Nullable Existing existing) {
    }

    /** Reads one row of the sheet (never blank). */
    public static Line line(int line, ImportFile.Cells row) {
        return new Line(line, row.value(ID), row.value(TITLE).text(), row.value(DUE), row.value(STATUS),
                row.value(PRIORITY), row.value(CURRENT), row.value(PROGRESS), new Fixed(row.value(TITLE).text(),
                row.value(OWNER).text(), row.value(CONTRIBUTORS).text(), row.value(INDICATOR).text(), row.value(TARGET)),
                row.lengthError(HEADERS));
    }

    /** What the dry run compares the file with, besides the database's actions. */
    public record Rules(Map<String, String> statuses, Map<String, String> priorities, LocalDate firstDueDate,
                        LocalDate lastDueDate, @Nullable Instant exportedAt) {
    }

    /**
     * @param statuses   labels (any case) and enum names → status enum name
     * @param priorities labels (any case) and enum names → priority enum name
     * @param lastDueDate the last due date accepted today; the first is {@code firstDueDate}
     */
    public static ActionPlanImportPreview of(List<Line> lines, Map<Long, Existing> existing, Map<String, String> statuses,
                                      Map<String, String> priorities, LocalDate firstDueDate, LocalDate lastDueDate) {
        return of(lines, existing, new Rules(statuses, priorities, firstDueDate, lastDueDate, null));
    }

    /**
     * The dry run. With {@code rules.exportedAt()} (the file came from our export), an action changed in the
     * application since then is refused unless the file still matches it: importing would overwrite someone
     * else's later change with the file's older values.
     */
    public static ActionPlanImportPreview of(List<Line> lines, Map<Long, Existing> existing, Rules rules) {
        Rules upper = new Rules(upperKeys(rules.statuses()), upperKeys(rules.priorities()), rules.firstDueDate(),
                rules.lastDueDate(), rules.exportedAt());
        Map<Long, Integer> firstLine = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (Line line : lines) {
            items.add(item(line, existing, upper, firstLine));
        }
        return new ActionPlanImportPreview(List.copyOf(items));
    }

    private static Item item(Line line, Map<Long, Existing> existing, Rules rules, Map<Long, Integer> firstLine) {
        try {
            if (line.error() != null) {
                throw new Refusal(line.error());
            }
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
            Values file = new Values(due(line.due(), rules.firstDueDate(), rules.lastDueDate()),
                    label(line.status(), rules.statuses(), STATUS), label(line.priority(), rules.priorities(), PRIORITY),
                    decimal(line.current()), progress(line.progress()));
            Values values = merged(current, file, line.fixed(), rules.exportedAt());
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
        return Editable.ALL.stream().filter(column -> !column.same(before, after)).map(Editable::header).toList();
    }

    /** An editable column, as a field of the three-way merge (values compared as {@link ThreeWayMerge} does). */
    private record Editable(int index, Function<Values, Object> getter) implements ThreeWayMerge.Field<Values> {

        static final List<Editable> ALL = List.of(new Editable(DUE, Values::due), new Editable(STATUS, Values::status),
                new Editable(PRIORITY, Values::priority), new Editable(CURRENT, Values::current),
                new Editable(PROGRESS, Values::progress));

        String header() {
            return HEADERS.get(index);
        }

        @Override
        public Object valueIn(Values values) {
            return getter.apply(values);
        }
    }

    /** The columns not imported that the file changed, compared as the export writes them (spaces and case aside). */
    static List<String> changedFixedColumns(@Nullable Fixed application, @Nullable Fixed file) {
        if (application == null || file == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        addIfDifferent(changed, TITLE, application.title(), file.title());
        addIfDifferent(changed, OWNER, application.owner(), file.owner());
        addIfDifferent(changed, CONTRIBUTORS, application.contributors(), file.contributors());
        addIfDifferent(changed, INDICATOR, application.indicator(), file.indicator());
        if (!sameNumber(application.target(), file.target())) {
            changed.add(HEADERS.get(TARGET));
        }
        return List.copyOf(changed);
    }

    private static boolean sameNumber(ImportFile.Value application, ImportFile.Value file) {
        if (application.isEmpty() || file.isEmpty()) {
            return application.isEmpty() && file.isEmpty();
        }
        try {
            return !file.formulaWithoutValue() && numberOf(application, TARGET).compareTo(numberOf(file, TARGET)) == 0;
        } catch (Refusal notANumber) {
            return false;
        }
    }

    private static void addIfDifferent(List<String> changed, int column, @Nullable String application, @Nullable String file) {
        if (!normalized(application).equals(normalized(file))) {
            changed.add(HEADERS.get(column));
        }
    }

    /**
     * Stripped, each run of white space as one space (Excel users retype, align and wrap), and the characters an
     * xlsx cannot hold as the export writes them ({@link CellText#sanitize}): a title stored with a NUL is
     * exported with U+FFFD and must read back as unchanged.
     */
    private static String normalized(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        String text = CellText.sanitize(raw);
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * What the action becomes: the file's values where the file changes them. For an action changed in the
     * application after the export, "changes" are measured from the action as it was exported (a three-way
     * merge): the file's untouched columns keep the application's later values, and a column both changed
     * differently is refused rather than overwritten.
     */
    private static Values merged(Existing current, Values file, @Nullable Fixed fileFixed, @Nullable Instant exportedAt) {
        LastChange last = current.lastChange();
        boolean changedSinceExport = exportedAt != null && last != null && last.at() != null
                && last.at().isAfter(exportedAt);
        if (!changedSinceExport) {
            refuseChangedFixedColumns(current.fixed(), fileFixed);
            return file;
        }
        State base = current.atExport();
        if (base == null) {
            // no record of the exported state: only a file that still matches the application is safe
            if (!changedColumns(current.values(), file).isEmpty()
                    || !changedFixedColumns(current.fixed(), fileFixed).isEmpty()) {
                throw new Refusal(stale(null, last));
            }
            return file;
        }
        refuseChangedFixedColumns(base.fixed(), fileFixed);
        ThreeWayMerge.Result<Editable> merge = ThreeWayMerge.merge(Editable.ALL, base.values(), current.values(), file);
        if (!merge.conflicts().isEmpty()) {
            throw new Refusal(stale(merge.conflicts().getFirst().header(), last));
        }
        List<Object> v = new ArrayList<>(merge.merged().values()); // in Editable.ALL's order; may hold nulls
        return new Values((LocalDate) v.get(0), (String) v.get(1), (String) v.get(2), (BigDecimal) v.get(3),
                (Integer) v.get(4));
    }

    private static void refuseChangedFixedColumns(@Nullable Fixed application, @Nullable Fixed file) {
        List<String> changed = changedFixedColumns(application, file);
        if (!changed.isEmpty()) {
            String column = changed.getFirst();
            throw new Refusal(ImportError.of(column, "import.actions.error.notImported", column,
                    String.join(", ", EDITABLE)));
        }
    }

    private static ImportError stale(@Nullable String column, LastChange last) {
        return ImportError.of(column, "import.actions.error.stale", FRENCH_TIME.format(last.at()),
                last.by() == null ? "?" : last.by());
    }

    private static @Nullable Long id(ImportFile.Value value) {
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

    private static @Nullable LocalDate due(ImportFile.Value value, LocalDate first, LocalDate last) {
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

    private static LocalDate parseDate(@Nullable String text) {
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

    private static @Nullable BigDecimal decimal(ImportFile.Value value) {
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

    private static @Nullable String upper(@Nullable String text) {
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
