package fr.metamut.imports.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The case of issue 10: a small xlsx (1.46 MB) holding one cell of 46 million characters. Excel and POI refuse
 * to write a cell over 32,767 characters, so the file is first written with a placeholder text, then its zip is
 * copied with the placeholder replaced by the long text, streamed. The text is pseudo-random words between
 * runs of one letter: it deflates to about 3 % of its size, above POI's zip-bomb ratio (1 %), like the file
 * seen in the issue.
 */
public final class GiantCell {

    /** The issue's cell: 46 million characters. */
    public static final long ISSUE_CHARS = 46_000_000L;
    private static final int FILLER = 170;

    private GiantCell() {
    }

    /** {@code xlsx} with the text {@code placeholder} (in a sheet or in the shared strings) made {@code chars} long. */
    public static byte[] inflate(byte[] xlsx, String placeholder, long chars) {
        return replace(xlsx, placeholder, out -> write(out, chars));
    }

    /** Writes what replaces the placeholder. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** {@code xlsx} with the first {@code placeholder} in any of its parts replaced by {@code content}, streamed. */
    public static byte[] replace(byte[] xlsx, String placeholder, Content replacement) {
        try {
            Path source = Files.createTempFile("metamut-giant-", ".xlsx");
            try {
                Files.write(source, xlsx);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                boolean found = false;
                try (ZipFile zip = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
                    for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                        ZipEntry entry = entries.nextElement();
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        byte[] content = zip.getInputStream(entry).readAllBytes();
                        String text = new String(content, StandardCharsets.UTF_8);
                        int at = text.indexOf(placeholder);
                        if (at < 0) {
                            out.write(content);
                        } else {
                            found = true;
                            out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                            replacement.write(out);
                            out.write(text.substring(at + placeholder.length()).getBytes(StandardCharsets.UTF_8));
                        }
                        out.closeEntry();
                    }
                }
                if (!found) {
                    throw new IllegalArgumentException("no " + placeholder + " in the file");
                }
                return bytes.toByteArray();
            } finally {
                Files.deleteIfExists(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code chars} ASCII characters of the long text, a chunk at a time. */
    public static void write(OutputStream out, long chars) throws IOException {
        write(out, chars, 46);
    }

    /** As {@link #write(OutputStream, long)}, another text for another {@code seed}. */
    public static void write(OutputStream out, long chars, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] chunk = new byte[6 + 1 + FILLER + 1];
        java.util.Arrays.fill(chunk, 7, 7 + FILLER, (byte) 'x');
        chunk[6] = ' ';
        chunk[chunk.length - 1] = ' ';
        long written = 0;
        while (written < chars) {
            for (int i = 0; i < 6; i++) {
                chunk[i] = (byte) ('a' + random.nextInt(26));
            }
            int length = (int) Math.min(chunk.length, chars - written);
            out.write(chunk, 0, length);
            written += length;
        }
    }
}
