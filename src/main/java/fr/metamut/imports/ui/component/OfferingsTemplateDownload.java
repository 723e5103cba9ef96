package fr.metamut.imports.ui.component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.metamut.imports.domain.OfferingsTemplate;
import fr.metamut.imports.service.OfferingsImportService;
import fr.metamut.workbook.service.WorkbookService;
import java.io.OutputStream;

/** A link that downloads the offerings template of the logged-in user's scope ({@code metamut-offres.xlsx}). */
public class OfferingsTemplateDownload extends Anchor {

    public static final String ID = "offerings-template-download";

    public OfferingsTemplateDownload(OfferingsImportService imports) {
        setId(ID);
        setHref(handler(imports), AttachmentType.DOWNLOAD);
        add(VaadinIcon.DOWNLOAD.create());
        add(" " + getTranslation("import.template"));
    }

    /** Reads the data before touching the response, so a refusal becomes an error status. */
    static DownloadHandler handler(OfferingsImportService imports) {
        return (DownloadEvent event) -> {
            OfferingsTemplate.Content content = imports.template();
            event.setFileName(OfferingsTemplate.FILE_NAME);
            event.setContentType(WorkbookService.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                imports.writeTemplate(content, out);
            }
        };
    }
}
