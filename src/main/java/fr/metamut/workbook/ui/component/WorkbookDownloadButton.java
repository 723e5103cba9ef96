package fr.metamut.workbook.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.metamut.base.ui.Formats;
import fr.metamut.base.ui.Notifications;
import fr.metamut.workbook.domain.WorkbookContent;
import fr.metamut.workbook.service.WorkbookService;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A link that downloads the steering committee's workbook ({@code metamut-copil-2026-11-28.xlsx}),
 * built when clicked from the database as the logged-in user sees it. Place it on any page:
 * {@code add(new WorkbookDownloadButton(workbookService))}.
 *
 * <p>Building the workbook takes from a fraction of a second to a few seconds (national scale, first
 * export of the server): while it is prepared the link says so (pushed as the request starts), then a
 * toast gives the file's name and size, or says it failed.
 */
public class WorkbookDownloadButton extends Anchor {

    public static final String ID = "workbook-download";
    static final String PREPARING = "preparing";

    public WorkbookDownloadButton(WorkbookService workbooks) {
        this(workbooks, null);
    }

    /**
     * The workbook of a meeting (its id): its comparison sheet says what changed since the meeting before; null
     * for the current state compared with the latest meeting.
     */
    public WorkbookDownloadButton(WorkbookService workbooks, String meeting) {
        setId(ID);
        setHref(handler(workbooks, meeting), AttachmentType.DOWNLOAD);
        getElement().setAttribute("title", getTranslation("workbook.download.tooltip"));
        addClassName("workbook-download");
        idle();
    }

    /**
     * Reads the data before touching the response, so a refusal or a database error becomes an error
     * status instead of a truncated file.
     */
    static DownloadHandler handler(WorkbookService workbooks) {
        return handler(workbooks, null);
    }

    static DownloadHandler handler(WorkbookService workbooks, String meeting) {
        return (DownloadEvent event) -> {
            Feedback feedback = new Feedback(event.getUI(), event.getOwningComponent());
            feedback.show(WorkbookDownloadButton::preparing);
            try {
                WorkbookContent content = workbooks.content(meeting);
                String fileName = workbooks.fileName();
                event.setFileName(fileName);
                event.setContentType(WorkbookService.CONTENT_TYPE);
                long size;
                try (CountingStream out = new CountingStream(event.getOutputStream())) {
                    workbooks.write(content, out);
                    size = out.count;
                }
                feedback.show(button -> button.ready(fileName, size));
            } catch (IOException | RuntimeException e) {
                feedback.show(WorkbookDownloadButton::failed);
                throw e;
            }
        };
    }

    private void idle() {
        removeAll();
        removeClassName(PREPARING);
        getElement().removeAttribute("aria-busy");
        add(VaadinIcon.DOWNLOAD.create());
        add(" " + getTranslation("workbook.download"));
    }

    void preparing() {
        removeAll();
        addClassName(PREPARING);
        getElement().setAttribute("aria-busy", "true");
        add(VaadinIcon.HOURGLASS.create());
        add(" " + getTranslation("workbook.download.preparing"));
    }

    void ready(String fileName, long bytes) {
        idle();
        Notifications.success(getTranslation("workbook.download.ready", fileName,
                Formats.number(Math.max(1, Math.round(bytes / 1024.0)))));
    }

    void failed() {
        idle();
        Notifications.error(getTranslation("workbook.download.failed"));
    }

    /** Runs a change of the button in its UI, pushed to the browser, if the request came from such a button. */
    private record Feedback(UI ui, Component owner) {

        void show(java.util.function.Consumer<WorkbookDownloadButton> change) {
            if (ui != null && owner instanceof WorkbookDownloadButton button) {
                ui.access(() -> change.accept(button));
            }
        }
    }

    /** Counts the bytes written, for the size in the toast. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
