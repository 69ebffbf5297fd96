package org.flowexplorer.app.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flowexplorer.app.control.Notifier;
import org.flowexplorer.core.data.InputException;
import org.flowexplorer.core.io.Preset;
import org.flowexplorer.core.io.PresetLibrary;
import org.flowexplorer.core.io.UserHome;
import org.flowexplorer.core.render.RenderOptions;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The Presets menu: built-in presets, then the user's own marked "(yours)", each with a thumbnail
 * of its final state ({@link PresetThumbnails}) and its one-line description, then "Save as
 * preset…", which stores the current run (recorded changes included) as a user preset with
 * {@link PresetLibrary#save} and lists it at once. Broken user preset files and invalid names are
 * notifications. FX thread only.
 */
public final class PresetMenu {
    private final Consumer<Preset> load;
    private final Notifier notifier;
    private final Supplier<RunConfig> builtFrom;
    private final Supplier<RenderOptions> look;
    private final ConfigActions configs;
    private final MenuButton menu;
    private static final double THUMB = 44;
    private static final double DESCRIPTION_WIDTH = 400;
    private final Path userDirectory;
    private final PresetThumbnails thumbnails;
    private PresetLibrary library;

    /**
     * @param load          loads a preset into the window (a new run at step 0, with its look)
     * @param notifier      the notification bar
     * @param builtFrom     the configuration the current run was built from
     * @param look          the window's look (saved with a preset)
     * @param configs       captures the current run
     * @param menu          the Presets menu button to fill
     * @param userDirectory where user presets live
     */
    public PresetMenu(Consumer<Preset> load, Notifier notifier, Supplier<RunConfig> builtFrom,
                      Supplier<RenderOptions> look, ConfigActions configs, MenuButton menu, Path userDirectory) {
        this.load = load;
        this.notifier = notifier;
        this.thumbnails = new PresetThumbnails(UserHome.cache().resolve("thumbnails"), notifier::error);
        this.builtFrom = builtFrom;
        this.look = look;
        this.configs = configs;
        this.menu = menu;
        this.userDirectory = userDirectory;
        reload();
        if (!library.problems().isEmpty()) {
            notifier.error("Some user presets were skipped: " + String.join("; ", library.problems()));
        }
    }

    /** Re-reads the presets and rebuilds the menu. */
    public void reload() {
        library = new PresetLibrary(userDirectory);
        menu.getItems().clear();
        boolean userSeen = false;
        for (Preset p : library.all()) {
            if (!p.builtIn() && !userSeen) {
                menu.getItems().add(new SeparatorMenuItem());
                userSeen = true;
            }
            CustomMenuItem item = new CustomMenuItem(entry(p));
            item.setId("preset-" + p.name());
            item.setOnAction(e -> load.accept(p));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        MenuItem save = new MenuItem("Save as preset…");
        save.setId("savePreset");
        save.setOnAction(e -> askAndSave());
        menu.getItems().add(save);
    }

    public PresetLibrary library() {
        return library;
    }

    /** Thumbnail of the final state, the name and the one-line description of a preset. */
    private Node entry(Preset p) {
        ImageView thumb = new ImageView();
        thumb.setFitWidth(THUMB);
        thumb.setFitHeight(THUMB);
        thumb.setSmooth(true);
        StackPane frame = new StackPane(thumb);
        frame.getStyleClass().add("preset-thumb");
        frame.setMinSize(THUMB + 2, THUMB + 2);
        frame.setMaxSize(THUMB + 2, THUMB + 2);
        thumb.setImage(thumbnails.get(p, thumb::setImage));
        if (thumb.getImage() == null) {
            Tooltip.install(frame, new Tooltip("Picture of the final state: computing in the background…"));
        }
        Label name = new Label(p.builtIn() ? p.name() : p.name() + " (yours)");
        name.getStyleClass().add("preset-name");
        Label description = new Label(p.description().isBlank() ? "(no description)" : p.description());
        description.getStyleClass().add("preset-description");
        description.setWrapText(true);
        description.setMaxWidth(DESCRIPTION_WIDTH);
        description.setPrefWidth(DESCRIPTION_WIDTH);
        VBox text = new VBox(1, name, description);
        text.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(8, frame, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("preset-entry");
        return row;
    }

    /** Stops computing thumbnails (the window is closing). */
    public void close() {
        thumbnails.close();
    }

    private void askAndSave() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle("Save as preset");
        d.setHeaderText("Save the current run (its data, dynamics and recorded slider changes) as your preset");
        d.initOwner(menu.getScene() == null ? null : menu.getScene().getWindow());
        TextField name = new TextField();
        name.setPromptText("my-preset");
        TextField description = new TextField();
        description.setPromptText("one line shown in the menu tooltip");
        description.setPrefColumnCount(32);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("name"), name);
        g.addRow(1, new Label("description"), description);
        g.add(new Label("Letters, digits, '.', '_', '-'. Saved in " + userDirectory), 0, 2, 2, 1);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Platform.runLater(name::requestFocus);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isPresent() && r.get() == ButtonType.OK) {
            save(name.getText().trim(), description.getText().trim());
        }
    }

    /**
     * Saves the current run as user preset {@code name}; completes with true once it is in the menu,
     * false (after a notification) when the name is invalid or the file cannot be written.
     */
    public CompletableFuture<Boolean> save(String name, String description) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        configs.capture().whenComplete((run, e) -> Platform.runLater(() -> {
            if (e != null) {
                notifier.error("Preset not saved: " + Notifier.describe(e));
                done.complete(false);
                return;
            }
            RunConfig cfg = run.config();
            if (cfg.steps() == 0) {
                cfg = cfg.withSteps(builtFrom.get().steps());
            }
            try {
                Path file = library.save(new Preset(name, description, cfg, false, look.get().withHud(false)));
                reload();
                notifier.info("Saved preset " + name + " to " + file);
                done.complete(true);
            } catch (InputException | IllegalStateException e2) {
                notifier.error("Preset not saved: " + e2.getMessage());
                done.complete(false);
            } catch (IOException e2) {
                notifier.error("Preset not saved: cannot write (" + e2.getMessage() + ")");
                done.complete(false);
            }
        }));
        return done;
    }
}
