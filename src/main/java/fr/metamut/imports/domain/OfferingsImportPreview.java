package fr.metamut.imports.domain;

import fr.metamut.workbook.domain.CellText;
import fr.metamut.catalog.domain.Offering;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dry run of an import: each row of the file compared with the offerings in the user's scope (NEW,
 * CHANGED note, UNCHANGED, ERROR), and the offerings of the scope absent from the file (TO REMOVE).
 * Pure: the caller supplies the reference codes, the existing offerings and the scope.
 */
public record OfferingsImportPreview(List<Item> rows, List<Item> absent) {

    public static final int NOTE_MAX_LENGTH = Offering.NOTE_MAX_LENGTH;

    public enum Status {
        NEW, CHANGED, UNCHANGED, ERROR, TO_REMOVE
    }

    /** An offering in the database, by codes. */
    public record Existing(long id, long version, String operator, String service, String departement,
                           @Nullable String note) {

        Key key() {
            return new Key(operator, service, departement);
        }
    }

    /** The codes known to the application, with their ids. */
    public record Reference(Map<String, Long> operators, Map<String, Long> services, Map<String, Long> departements) {
    }

    /**
     * What the user may change: every operator ({@code operatorCode} null, an administrator) or one
     * operator's offerings (a director).
     */
    public record Scope(boolean all, @Nullable String operatorCode) {

        public static Scope everything() {
            return new Scope(true, null);
        }

        public static Scope operator(String code) {
            return new Scope(false, code);
        }

        boolean covers(@Nullable String operator) {
            return all || (operatorCode != null && operatorCode.equalsIgnoreCase(operator));
        }
    }

    /** One line of the preview. {@code existing} is set for CHANGED, UNCHANGED and TO_REMOVE. */
    public record Item(int line, String operator, String service, String departement, @Nullable String note,
                       @Nullable String previousNote, Status status, @Nullable ImportError error, @Nullable Existing existing) {
    }

    record Key(@Nullable String operator, @Nullable String service, @Nullable String departement) {
        static Key of(String operator, String service, String departement) {
            return new Key(upper(operator), upper(service), upper(departement));
        }
    }

    public static OfferingsImportPreview of(List<ImportRow> rows, Reference reference, List<Existing> existing, Scope scope) {
        Map<Key, Existing> byKey = new HashMap<>();
        existing.forEach(e -> byKey.put(Key.of(e.operator(), e.service(), e.departement()), e));
        Map<String, String> operators = canonical(reference.operators().keySet());
        Map<String, String> services = canonical(reference.services().keySet());
        Map<String, String> departements = canonical(reference.departements().keySet());
        Set<Key> seen = new HashSet<>();
        Map<Key, Integer> firstLine = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (ImportRow row : rows) {
            String operator = operators.getOrDefault(upper(row.operator()), row.operator());
            String service = services.getOrDefault(upper(row.service()), row.service());
            String departement = departements.getOrDefault(upper(padded(row.departement())), row.departement());
            String note = normalize(row.note());
            ImportError error = row.error();
            if (error == null) {
                error = check(row, operators, services, departements, scope);
            }
            Key key = Key.of(operator, service, departement);
            if (error == null && !seen.add(key)) {
                error = ImportError.of(null, "import.error.duplicate", firstLine.get(key));
            }
            firstLine.putIfAbsent(key, row.line());
            Existing current = byKey.get(key);
            Status status;
            if (error != null) {
                status = Status.ERROR;
            } else if (current == null) {
                status = Status.NEW;
            } else if (Objects.equals(normalize(CellText.sanitize(current.note())), note)) {
                // a note stored with a character an xlsx cannot hold was exported sanitised: as exported, unchanged
                status = Status.UNCHANGED;
            } else {
                status = Status.CHANGED;
            }
            items.add(new Item(row.line(), operator, service, departement, note,
                    current == null ? null : current.note(), status, error, error == null ? current : null));
        }
        List<Item> absent = new ArrayList<>();
        for (Existing e : existing) {
            Key key = Key.of(e.operator(), e.service(), e.departement());
            if (scope.covers(e.operator()) && !firstLine.containsKey(key)) {
                absent.add(new Item(0, e.operator(), e.service(), e.departement(), null, e.note(),
                        Status.TO_REMOVE, null, e));
            }
        }
        return new OfferingsImportPreview(List.copyOf(items), List.copyOf(absent));
    }

    private static @Nullable ImportError check(ImportRow row, Map<String, String> operators, Map<String, String> services,
                                     Map<String, String> departements, Scope scope) {
        List<String> h = OfferingsTemplate.HEADERS;
        if (row.operator() == null) {
            return ImportError.of(h.get(0), "import.error.required");
        }
        if (!operators.containsKey(upper(row.operator()))) {
            return ImportError.of(h.get(0), "import.error.unknownOperator", row.operator());
        }
        if (!scope.covers(operators.get(upper(row.operator())))) {
            return ImportError.of(h.get(0), "import.error.foreignOperator");
        }
        if (row.service() == null) {
            return ImportError.of(h.get(1), "import.error.required");
        }
        if (!services.containsKey(upper(row.service()))) {
            return ImportError.of(h.get(1), "import.error.unknownService", row.service());
        }
        if (row.departement() == null) {
            return ImportError.of(h.get(2), "import.error.required");
        }
        if (!departements.containsKey(upper(padded(row.departement())))) {
            return ImportError.of(h.get(2), "import.error.unknownDepartement", row.departement());
        }
        String note = normalize(row.note());
        if (note != null && note.length() > NOTE_MAX_LENGTH) {
            return ImportError.of(h.get(3), "import.error.tooLong", NOTE_MAX_LENGTH);
        }
        if (CellText.hasUnsafe(note)) {
            return ImportError.of(h.get(3), "import.error.invalidCharacter");
        }
        return null;
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(item -> item.status() == Status.ERROR);
    }

    public long count(Status status) {
        return (status == Status.TO_REMOVE ? absent : rows).stream().filter(item -> item.status() == status).count();
    }

    /** Every line of the preview: the file's rows, then the offerings absent from the file. */
    public List<Item> all() {
        List<Item> all = new ArrayList<>(rows);
        all.addAll(absent);
        return all;
    }

    private static Map<String, String> canonical(Set<String> codes) {
        Map<String, String> map = new HashMap<>();
        codes.forEach(code -> map.put(upper(code), code));
        return map;
    }

    /** A département typed as a number loses its leading zero (2 for 02). */
    private static String padded(@Nullable String code) {
        return code != null && code.length() == 1 && Character.isDigit(code.charAt(0)) ? "0" + code : code;
    }

    private static @Nullable String upper(@Nullable String text) {
        return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    static @Nullable String normalize(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
