package fr.metamut.workbook.domain;

/**
 * One sheet of the workbook. To add a sheet: implement this with the data it needs, and list it in
 * {@link CopilWorkbook#sheets(WorkbookContent)} (its data joins {@link WorkbookContent}); its texts are keys of
 * the workbook's bundle ({@link SheetWriter#label}).
 */
public interface WorkbookSheet {

    /** The tab's name (at most 31 characters, none of {@code : \ / ? * [ ]}), from the sheet's labels. */
    String name(Labels labels);

    /** Writes the sheet from its first row down. */
    void write(SheetWriter out);
}
