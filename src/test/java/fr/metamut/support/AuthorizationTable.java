package fr.metamut.support;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * An authorization test's expected outcomes, written as a text table that reads like the documentation:
 * a header line {@code action | CALLER_A | CALLER_B ...}, then one line per action with {@code allowed}
 * or {@code denied} under each caller. Action and caller names are enum constants; a misspelt name or
 * outcome, a short line or a repeated action fails the parse instead of quietly testing less.
 *
 * @param <A> the actions (rows)
 * @param <C> the callers (columns)
 */
public final class AuthorizationTable<A extends Enum<A>, C extends Enum<C>> {

    private final Map<A, Map<C, Boolean>> allowed;

    private AuthorizationTable(Map<A, Map<C, Boolean>> allowed) {
        this.allowed = allowed;
    }

    public static <A extends Enum<A>, C extends Enum<C>> AuthorizationTable<A, C> parse(String text, Class<A> actions,
                                                                                     Class<C> callers) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        List<C> columns = Arrays.stream(lines.getFirst().split("\\|")).skip(1).map(String::strip)
                .map(name -> Enum.valueOf(callers, name)).toList();
        Map<A, Map<C, Boolean>> table = new EnumMap<>(actions);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|");
            if (cells.length != columns.size() + 1) {
                throw new IllegalArgumentException("Expected " + columns.size() + " outcomes: " + line);
            }
            Map<C, Boolean> row = new EnumMap<>(callers);
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), outcome(cells[i + 1].strip()));
            }
            if (table.put(Enum.valueOf(actions, cells[0].strip()), Collections.unmodifiableMap(row)) != null) {
                throw new IllegalArgumentException("Action listed twice: " + line);
            }
        }
        return new AuthorizationTable<>(Collections.unmodifiableMap(table));
    }

    private static boolean outcome(String cell) {
        return switch (cell) {
            case "allowed" -> true;
            case "denied" -> false;
            default -> throw new IllegalArgumentException("Neither allowed nor denied: " + cell);
        };
    }

    /** Action → caller → allowed, for a test that the table covers every action and every caller. */
    public Map<A, Map<C, Boolean>> rows() {
        return allowed;
    }

    /** One (action, caller, allowed) per cell, as arguments of a parameterized test. */
    public Stream<Arguments> cases() {
        return allowed.entrySet().stream().flatMap(row -> row.getValue().entrySet().stream()
                .map(cell -> Arguments.of(row.getKey(), cell.getKey(), cell.getValue())));
    }
}
