package fr.metamut.support;

import org.junit.jupiter.api.Assumptions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A text written straight into a row, bypassing the services, as rows stored before the services refused the
 * characters a database or a file cannot hold. What the database keeps depends on it: H2 keeps anything,
 * PostgreSQL stores "?" for a lone surrogate and refuses a NUL outright — no such row can exist there, so a test
 * about one does not apply on PostgreSQL and is aborted (reported as skipped, with the reason).
 */
public final class LegacyText {

    private LegacyText() {
    }

    /** Writes {@code text} to {@code table.column} of row {@code id} and returns what the database kept. */
    public static String write(JdbcTemplate jdbc, String table, String column, Object id, String text) {
        try {
            jdbc.update("update " + table + " set " + column + " = ? where id = ?", text, id);
        } catch (DataIntegrityViolationException refused) {
            Assumptions.abort("this database refuses the text, no row can hold it: " + refused.getMostSpecificCause());
        }
        return jdbc.queryForObject("select " + column + " from " + table + " where id = ?", String.class, id);
    }
}
