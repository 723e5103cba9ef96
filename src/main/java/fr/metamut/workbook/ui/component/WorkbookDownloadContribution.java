package fr.metamut.workbook.ui.component;

import com.vaadin.flow.component.Component;
import fr.metamut.base.ui.PageContribution;
import fr.metamut.workbook.service.WorkbookService;

/** Puts the workbook download on the coverage matrix page. */
@org.springframework.stereotype.Component
public class WorkbookDownloadContribution implements PageContribution {

    public static final String PLACE = "matrix-toolbar";

    private final WorkbookService workbooks;

    public WorkbookDownloadContribution(WorkbookService workbooks) {
        this.workbooks = workbooks;
    }

    @Override
    public String place() {
        return PLACE;
    }

    @Override
    public Component create() {
        return new WorkbookDownloadButton(workbooks);
    }
}
