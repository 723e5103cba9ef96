package fr.metamut.copil.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Baseline} as stored: JSON (Jackson, records as objects, dates as ISO text), gzip-compressed. JSON keeps
 * the baseline readable by any tool ({@code gunzip | jq}) and lets a later version add fields (unknown ones are
 * ignored when read, missing ones are empty); the format number stored beside it says which shape it has.
 */
public final class BaselineCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BaselineCodec() {
    }

    public static byte[] encode(Baseline baseline) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            JSON.writeValue(out, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads a stored baseline; refuses one written in a format this version does not know. */
    public static Baseline decode(int format, byte[] content) {
        if (format < 1 || format > Baseline.FORMAT) {
            throw new IllegalStateException("Baseline format " + format + " is not readable by this version (reads 1 to "
                    + Baseline.FORMAT + ")");
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return JSON.readValue(in, Baseline.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
