package fr.metamut.imports.domain;

import fr.metamut.workbook.domain.CellText;
import java.io.InputStream;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings (the texts Excel and LibreOffice store once and cells refer to by index), read
 * as they stream by and kept bounded: each string at most {@code cap} characters (the rest is skipped, and the
 * string marked as overflowing), all of them in one character pool counted against the import's
 * {@link ImportBudget}. POI's {@code ReadOnlySharedStringsTable} keeps every string whole: a 46 MB cell
 * (issue 10) became a 46 MB string, then copies of it. Phonetic runs ({@code rPh}) are left out, rich-text
 * runs joined; {@code _xHHHH_} escapes are decoded when a string is read ({@link CellText#decode}).
 */
final class SharedStringsPool extends DefaultHandler {

    private final int cap;
    private final ImportBudget budget;
    private final StringBuilder chars = new StringBuilder();
    private final BitSet overflowing = new BitSet();
    private int[] starts = new int[256];
    private int count;
    private int itemStart = -1;
    private boolean inText;
    private boolean inPhonetic;

    private SharedStringsPool(int cap, ImportBudget budget) {
        this.cap = cap;
        this.budget = budget;
    }

    /** The shared strings of the package (none when it has no such part). */
    static SharedStringsPool read(OPCPackage pkg, int cap, ImportBudget budget) throws Exception {
        SharedStringsPool pool = new SharedStringsPool(cap, budget);
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = new MarkupGuard(parts.getFirst().getInputStream(), ImportFile.MAX_MARKUP_BYTES)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(pool);
                parser.parse(new InputSource(in));
            }
        }
        return pool;
    }

    /** The string at {@code index}, decoded; at most {@code cap} characters as stored. */
    String text(int index) {
        check(index);
        int end = index + 1 < count ? starts[index + 1] : chars.length();
        return CellText.decode(chars.subSequence(starts[index], end));
    }

    /** Whether the string at {@code index} was longer than {@code cap} characters (and so cut). */
    boolean overflows(int index) {
        check(index);
        return overflowing.get(index);
    }

    int size() {
        return count;
    }

    private void check(int index) {
        if (index < 0 || index >= count) {
            throw new ImportRejection("import.error.notXlsx");
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SheetRows.name(localName, qName)) {
            case "si" -> itemStart = chars.length();
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = itemStart >= 0 && !inPhonetic;
            default -> {
                // rich-text runs and their formats: only the texts count
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        int room = cap - (chars.length() - itemStart);
        int kept = Math.max(0, Math.min(length, room));
        if (kept < length) {
            overflowing.set(count);
        }
        if (kept > 0) {
            chars.append(ch, start, kept);
            budget.spend(2L * kept);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SheetRows.name(localName, qName)) {
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "si" -> {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = itemStart;
                itemStart = -1;
                budget.spend(ImportBudget.STRING_OVERHEAD);
            }
            default -> {
                // nothing to close
            }
        }
    }
}
