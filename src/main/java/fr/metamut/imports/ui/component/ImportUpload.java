package fr.metamut.imports.ui.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import fr.metamut.base.ui.Notifications;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The drop zone of an Excel import: one .xlsx file at most {@code maxBytes}, held in memory and handed
 * to {@code receiver} with its name in the UI's thread; a file the browser refuses is reported in the user's
 * language.
 */
public class ImportUpload extends Upload {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ImportUpload(String id, long maxBytes, BiConsumer<byte[], String> receiver) {
        setId(id);
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setAcceptedFileTypes(".xlsx", XLSX_TYPE);
        setUploadButton(new Button(getTranslation("import.upload")));
        addFileRejectedListener(event -> Notifications.error(getTranslation(
                rejectionKey(event.getErrorMessage()), maxBytes / 1024)));
        setUploadHandler(new InMemoryUploadHandler((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            String name = metadata.fileName();
            if (ui != null) {
                ui.access(() -> receiver.accept(bytes, name));
            } else {
                getUI().ifPresent(current -> current.access(() -> receiver.accept(bytes, name)));
            }
        }) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
    }

    /** The browser refuses a file too large or of another type before sending it: say which. */
    public static String rejectionKey(String browserMessage) {
        boolean tooLarge = browserMessage != null && browserMessage.toLowerCase(Locale.ROOT).contains("large");
        return tooLarge ? "import.error.tooLarge" : "import.error.notXlsx";
    }
}
