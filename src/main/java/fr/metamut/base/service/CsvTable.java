package fr.metamut.base.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A semicolon-separated table read from the classpath (UTF-8, header row, {@code "..."} quoting
 * with {@code ""} for a quote). Small on purpose: reference files are a few hundred rows.
 */
public final class CsvTable {

    private final String name;
    private final List<Map<String, String>> rows;

    private CsvTable(String name, List<Map<String, String>> rows) {
        this.name = name;
        this.rows = rows;
    }

    public static CsvTable fromClasspath(String path) {
        try (InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + path);
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvTable parse(String name, String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            throw new IllegalStateException(name + " has no header row");
        }
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() != header.size()) {
                throw new IllegalStateException(name + " line " + (i + 1) + ": " + record.size()
                        + " fields, expected " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), record.get(c).strip());
            }
            rows.add(row);
        }
        return new CsvTable(name, rows);
    }

    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
                    records.add(fields);
                }
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    public List<Map<String, String>> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    @Override
    public String toString() {
        return name;
    }

    /** A field's value, or {@code null} when empty. */
    public static String optional(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : value;
    }
}
