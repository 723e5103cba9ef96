package fr.metamut.workbook.ui.component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.metamut.workbook.domain.WorkbookContent;
import fr.metamut.workbook.service.WorkbookService;
import java.io.OutputStream;

/**
 * A link that downloads the steering committee's workbook ({@code metamut-copil-2026-11-28.xlsx}),
 * built when clicked from the database as the logged-in user sees it. Place it on any page:
 * {@code add(new WorkbookDownloadButton(workbookService))}.
 */
public class WorkbookDownloadButton extends Anchor {

    public static final String ID = "workbook-download";

    public WorkbookDownloadButton(WorkbookService workbooks) {
        setId(ID);
        setHref(handler(workbooks), AttachmentType.DOWNLOAD);
        add(VaadinIcon.DOWNLOAD.create());
        add(" " + getTranslation("workbook.download"));
        getElement().setAttribute("title", getTranslation("workbook.download.tooltip"));
        addClassName("workbook-download");
    }

    /**
     * Reads the data before touching the response, so a refusal or a database error becomes an error
     * status instead of a truncated file.
     */
    static DownloadHandler handler(WorkbookService workbooks) {
        return (DownloadEvent event) -> {
            WorkbookContent content = workbooks.content();
            event.setFileName(workbooks.fileName());
            event.setContentType(WorkbookService.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                workbooks.write(content, out);
            }
        };
    }
}
