package fr.metamut.imports.ui.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import fr.metamut.base.ui.Notifications;
import java.util.List;
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
        setI18n(french());
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

    /** The component's own texts (drop zone, file row, errors, progress) in the user's language. */
    private UploadI18N french() {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                        .setStalled(getTranslation("upload.stalled")).setProcessing(getTranslation("upload.processing"))
                        .setHeld(getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("upload.remaining"))
                        .setUnknown(getTranslation("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("upload.serverError"))
                        .setForbidden(getTranslation("upload.forbidden")));
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropOne"))
                        .setMany(getTranslation("upload.dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload"))
                        .setMany(getTranslation("import.upload")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.tooMany"))
                        .setFileIsTooBig(getTranslation("upload.tooBig")).setIncorrectFileType(getTranslation("upload.wrongType")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry")).setStart(getTranslation("upload.start"))
                        .setRemove(getTranslation("upload.remove")))
                .setUploading(uploading)
                .setUnits(List.of(getTranslation("upload.units").split(",")));
    }

    /** The browser refuses a file too large or of another type before sending it: say which. */
    public static String rejectionKey(String browserMessage) {
        boolean tooLarge = browserMessage != null && browserMessage.toLowerCase(Locale.ROOT).contains("large");
        return tooLarge ? "import.error.tooLarge" : "import.error.notXlsx";
    }
}
