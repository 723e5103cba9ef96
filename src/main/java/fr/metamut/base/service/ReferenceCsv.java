package fr.metamut.base.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * A semicolon-separated reference file read with Apache Commons CSV (UTF-8, optional byte-order mark, header
 * row, {@code "..."} quoting with {@code ""} for a quote, values stripped), together with the columns the
 * code reads from it. Those columns are declared once: {@link #check()} (run by {@link ReferenceDataLoader}
 * at every start, before anything is loaded) fails with the file and the column named when the header lacks
 * one, and {@link Row#get} refuses a column that was not declared, so a misspelt name can never read as an
 * empty value.
 */
public final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private final String path;
    private final List<String> columns;
    private final Supplier<String> text;

    private ReferenceCsv(String path, List<String> columns, Supplier<String> text) {
        this.path = path;
        this.columns = columns;
        this.text = text;
    }

    /** The file at {@code path} on the classpath, of which the code reads {@code columns}. */
    public static ReferenceCsv classpath(String path, String... columns) {
        return new ReferenceCsv(path, List.of(columns), () -> readClasspath(path));
    }

    /** The same over a text in memory ({@code name} stands for the file in messages). */
    static ReferenceCsv text(String name, String content, String... columns) {
        return new ReferenceCsv(name, List.of(columns), () -> content);
    }

    public String path() {
        return path;
    }

    /** Fails, naming the file and the column, when a declared column is not in the file's header. */
    public void check() {
        try (CSVParser parser = parse()) {
            checkHeader(parser.getHeaderMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every data row, after the header has been checked; a row with a field too many or too few fails. */
    public List<Row> rows() {
        try (CSVParser parser = parse()) {
            checkHeader(parser.getHeaderMap());
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new IllegalStateException(path + " line " + (record.getRecordNumber() + 1) + ": "
                            + record.size() + " fields, expected " + parser.getHeaderNames().size());
                }
                rows.add(new Row(record));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CSVParser parse() throws IOException {
        String content = text.get();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Reader reader = new StringReader(content);
        try {
            return FORMAT.parse(reader);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    private void checkHeader(@Nullable Map<String, Integer> header) {
        if (header == null || header.isEmpty()) {
            throw new IllegalStateException(path + " has no header row");
        }
        for (String column : columns) {
            if (!header.containsKey(column)) {
                throw new IllegalStateException(path + " has no column '" + column + "' (its header: "
                        + String.join(";", header.keySet()) + ")");
            }
        }
    }

    private static String readClasspath(String path) {
        try (InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One data row; reads only the columns its file declared. */
    public final class Row {

        private final CSVRecord record;

        private Row(CSVRecord record) {
            this.record = record;
        }

        /** The column's value (empty when the field is). */
        public String get(String column) {
            if (!columns.contains(column)) {
                throw new IllegalStateException(path + ": column '" + column + "' is read but not declared "
                        + "(declared: " + String.join(";", columns) + ")");
            }
            return record.get(column);
        }

        /** The column's value, or {@code null} when empty. */
        public @Nullable String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        public int integer(String column) {
            return Integer.parseInt(get(column));
        }

        public BigDecimal decimal(String column) {
            return new BigDecimal(get(column));
        }
    }
}
