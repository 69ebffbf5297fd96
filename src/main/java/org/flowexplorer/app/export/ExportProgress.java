package org.flowexplorer.app.export;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.flowexplorer.app.control.Notifier;

/**
 * Runs an {@link ExportJob} on a background thread while a small bar over the bottom of the canvas
 * shows its progress and a Cancel button; the window stays usable. The outcome is a notification:
 * where the files went, "cancelled, nothing written", or the failure. One export at a time.
 * FX thread only.
 */
public final class ExportProgress {
    private final Notifier notifier;
    private final HBox bar = new HBox(8);
    private final Label label = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private ExportJob running;

    /**
     * @param holder   the canvas holder the progress bar is shown over
     * @param notifier the notification bar
     */
    public ExportProgress(StackPane holder, Notifier notifier) {
        this.notifier = notifier;
        bar.setId("exportProgress");
        label.setId("exportLabel");
        progress.setId("exportBar");
        progress.setPrefWidth(220);
        cancel.setId("exportCancel");
        cancel.setOnAction(e -> cancel());
        bar.getChildren().addAll(label, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setMaxWidth(Region.USE_PREF_SIZE);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 6; "
                + "-fx-border-color: -color-border-default; -fx-border-radius: 6; "
                + "-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        bar.setVisible(false);
        holder.getChildren().add(bar);
        StackPane.setAlignment(bar, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(bar, new Insets(12, 12, 52, 12)); // above the start hint
    }

    /** True while an export runs. */
    public boolean busy() {
        return running != null;
    }

    /** Asks the running export to stop; it leaves no files. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            label.setText("Cancelling…");
        }
    }

    /**
     * Starts {@code job}; the future completes with its result, or exceptionally when it was
     * cancelled or failed (after the notification).
     */
    public CompletableFuture<ExportJob.Result> start(ExportJob job) {
        CompletableFuture<ExportJob.Result> f = new CompletableFuture<>();
        if (running != null) {
            notifier.error("An export is already running; cancel it first");
            f.completeExceptionally(new IllegalStateException("export already running"));
            return f;
        }
        running = job;
        Task<ExportJob.Result> task = new Task<>() {
            @Override
            protected ExportJob.Result call() throws Exception {
                return job.run((done, total) -> updateProgress(done, Math.max(1, total)));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        label.setText("Exporting → " + job.output().getFileName());
        bar.setVisible(true);
        task.setOnSucceeded(e -> {
            ExportJob.Result r = task.getValue();
            finished();
            notifier.info("Exported " + r.frames() + " frames to " + r.output()
                    + (r.last().paused() ? " (the run paused at step " + r.last().step() + ")" : ""));
            f.complete(r);
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            finished();
            if (t instanceof CancellationException || job.cancelled()) {
                notifier.info("Export cancelled; nothing was written");
            } else {
                notifier.error("Export failed, nothing was written: " + Notifier.describe(t));
            }
            f.completeExceptionally(t);
        });
        Thread t = new Thread(task, "frame-export");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private void finished() {
        running = null;
        progress.progressProperty().unbind();
        bar.setVisible(false);
    }
}
