package org.flowexplorer.app.data;

import atlantafx.base.controls.ToggleSwitch;
import java.util.Random;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.flowexplorer.app.control.NumberInput;
import org.flowexplorer.app.control.NumericField;
import org.flowexplorer.core.data.DatasetCatalog;
import org.flowexplorer.core.data.ImageDataset;
import org.flowexplorer.core.sim.RunConfig;

/**
 * The DATA and VIEW panel. Data edits (target, start, N, M, seed) are staged in the
 * {@link DataModel} and only take effect through the explicit "Apply &amp; reset" button, above which
 * the estimated cost of a step is shown ({@link #showCost}); the view controls are exposed for the
 * canvas to bind.
 */
public final class DataPanelController {
    @FXML private VBox panel;
    @FXML private ComboBox<String> datasetBox;
    @FXML private Button imageButton;
    @FXML private ComboBox<String> baseBox;
    @FXML private TextField particlesField;
    @FXML private TextField targetsField;
    @FXML private TextField seedField;
    @FXML private Button reseedButton;
    @FXML private VBox applyBar;
    @FXML private Button applyButton;
    @FXML private Label costLabel;
    @FXML private Button gridButton;
    @FXML private Label kernelLabel;
    @FXML private ComboBox<String> kernelBox;
    @FXML private Label kernelStatusLabel;
    @FXML private Button drawButton;
    @FXML private Button csvButton;
    @FXML private Button revertButton;
    @FXML private CheckBox targetsCheck;
    @FXML private CheckBox arrowsCheck;
    @FXML private CheckBox trailsCheck;
    @FXML private Slider trailSlider;
    @FXML private Label trailLabel;
    @FXML private ComboBox<Object> colorBox;
    @FXML private Slider pointSizeSlider;
    @FXML private Label sizeLabel;
    @FXML private ToggleSwitch darkSwitch;
    @FXML private CheckBox autoRotateCheck;
    @FXML private CheckBox curlCheck;
    @FXML private VBox curlBox;
    @FXML private Label curlReadout;
    @FXML private Button clearCirclesButton;
    @FXML private Button nnButton;
    @FXML private Button fitButton;

    private final Random seeds = new Random();
    private DataModel model;
    private NumericField particlesInput;
    private NumericField targetsInput;
    private NumericField seedInput;
    private boolean updating;
    private KernelChoice kernel;

    @FXML
    private void initialize() {
        datasetBox.getItems().setAll(DataModel.datasets());
        baseBox.getItems().setAll(DataModel.bases());
        trailLabel.textProperty().bind(trailSlider.valueProperty().asString("%.0f"));
        sizeLabel.textProperty().bind(pointSizeSlider.valueProperty().asString(java.util.Locale.ROOT, "r %.1f px"));
        sizeLabel.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
        kernel = new KernelChoice(kernelBox, kernelLabel, kernelStatusLabel);
    }

    /**
     * Connects the data controls to {@code m}. {@code onApply} receives the configuration to
     * rebuild the run from; {@code errors} shows bad input.
     */
    public void bind(DataModel m, Consumer<RunConfig> onApply, Consumer<String> errors) {
        this.model = m;
        RunConfig c = m.pending();
        particlesInput = new NumericField(particlesField, NumberInput.integer("N", 1, RunConfig.MAX_POINTS),
                c.particles(), v -> stage(() -> model.setParticles((int) v)), errors,
                "N: number of particles x_i that move (1 to 50,000); needs a reset.");
        targetsInput = new NumericField(targetsField, NumberInput.integer("M", 1, RunConfig.MAX_POINTS),
                c.targets(), v -> stage(() -> model.setTargets((int) v)), errors,
                "M: number of target samples y_j drawn from the dataset (1 to 50,000); needs a reset.");
        seedInput = new NumericField(seedField, NumberInput.integer("seed", 0, 9_007_199_254_740_991L),
                c.seed(), v -> stage(() -> model.setSeed((long) v)), errors,
                "seed: every random draw (targets, start, noise) follows from it; needs a reset.");
        datasetBox.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.setDataset(b);
            }
        });
        baseBox.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                model.setBase(b);
            }
        });
        reseedButton.setOnAction(e -> {
            long s = seeds.nextInt(1_000_000);
            seedInput.show(s);
            model.setSeed(s);
        });
        applyButton.setOnAction(e -> onApply.accept(model.apply()));
        revertButton.setOnAction(e -> model.revert());
        model.addListener(x -> show());
        show();
    }

    private String stage(Runnable change) {
        try {
            change.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void show() {
        updating = true;
        try {
            RunConfig c = model.pending();
            datasetBox.setValue(c.dataset());
            baseBox.setValue(c.base());
            particlesInput.show(c.particles());
            targetsInput.show(c.targets());
            seedInput.show(c.seed());
            applyBar.setVisible(model.dirty());
            applyBar.setManaged(model.dirty());
            if (!model.dirty()) {
                showCost(null);
            }
            boolean threeD = !c.dataset().startsWith("csv:") && DataModel.dimension(c.dataset()) == 3;
            autoRotateCheck.setDisable(!threeD);
        } finally {
            updating = false;
        }
    }

    /**
     * Shows the estimated cost of a step of the pending data (null: estimating), with a warning
     * when slow and the offer of grid mode where it exists (the {@link #gridButton()}).
     */
    public void showCost(StepCost cost) {
        costLabel.setText(cost == null ? "estimating the cost of a step…" : cost.text());
        costLabel.getStyleClass().remove("warning");
        if (cost != null && cost.slow()) {
            costLabel.getStyleClass().add("warning");
        }
        boolean grid = cost != null && cost.slow() && cost.gridOffered();
        gridButton.setVisible(grid);
        gridButton.setManaged(grid);
    }

    /** The kernel choice (exact, grid, auto) and the line saying which sums run now. */
    public KernelChoice kernel() {
        return kernel;
    }

    /**
     * Adds a {@code csv:PATH} or {@code image:PATH} dataset id to the target list (if not there
     * yet), so the list can show it as the current target.
     */
    public void offerDataset(String dataset) {
        if ((dataset.startsWith(DatasetCatalog.CSV_PREFIX)
                || dataset.startsWith(ImageDataset.PREFIX))
                && !datasetBox.getItems().contains(dataset)) {
            datasetBox.getItems().add(dataset);
        }
    }

    public VBox panel() {
        return panel;
    }

    /** "✎ draw": draw mode. */
    public Button drawButton() {
        return drawButton;
    }

    /** "Image…": targets from a picture. */
    public Button imageButton() {
        return imageButton;
    }

    /** "CSV…": load targets from a file. */
    public Button csvButton() {
        return csvButton;
    }

    /** "Use grid mode" (shown when a step is slow and grid mode exists). */
    public Button gridButton() {
        return gridButton;
    }

    /** The estimated cost of a step shown above "Apply &amp; reset". */
    public Label costLabel() {
        return costLabel;
    }

    public NumericField particlesInput() {
        return particlesInput;
    }

    public CheckBox targetsCheck() {
        return targetsCheck;
    }

    public CheckBox arrowsCheck() {
        return arrowsCheck;
    }

    public CheckBox trailsCheck() {
        return trailsCheck;
    }

    public Slider trailSlider() {
        return trailSlider;
    }

    public ComboBox<Object> colorBox() {
        return colorBox;
    }

    public Slider pointSizeSlider() {
        return pointSizeSlider;
    }

    public ToggleSwitch darkSwitch() {
        return darkSwitch;
    }

    public CheckBox autoRotateCheck() {
        return autoRotateCheck;
    }

    /** "curl (field diagnostics)": the curl heat map, read-out and circles. */
    public CheckBox curlCheck() {
        return curlCheck;
    }

    /** The read-out, note and Clear button shown while the curl overlay is on. */
    public VBox curlBox() {
        return curlBox;
    }

    public Label curlReadout() {
        return curlReadout;
    }

    public Button clearCirclesButton() {
        return clearCirclesButton;
    }

    /** "NN histogram…": opens the nearest-neighbour histogram window. */
    public Button nnButton() {
        return nnButton;
    }

    public Button fitButton() {
        return fitButton;
    }
}
