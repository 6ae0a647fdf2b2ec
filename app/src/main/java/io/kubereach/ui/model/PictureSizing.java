package io.kubereach.ui.model;

import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobRunner;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The size of the picture an Export dialog's choices draw, worked out off the JavaFX thread as the
 * choices change, while the dialog is open: one sizing at a time (at 10,000 pods a focus or verdict
 * choice lays the whole picture out), choices changed meanwhile sized once more after it. The
 * picture worked out is kept, so the export of the same choices does not lay it out again.
 */
final class PictureSizing {

    private final JobRunner runner;
    private final Supplier<Optional<ExportJob>> jobs;
    private final ReadOnlyObjectWrapper<Optional<PictureSize>> size = new ReadOnlyObjectWrapper<>(this, "size", Optional.empty());
    private final ReadOnlyBooleanWrapper tooLarge = new ReadOnlyBooleanWrapper(this, "tooLarge", false);
    private boolean opened;
    private boolean sizing;
    private boolean sizeAgain;
    private Optional<Known> known = Optional.empty();

    /** Sizes the jobs {@code jobs} makes of the choices as they stand (empty while nothing is shown). */
    PictureSizing(JobRunner runner, Supplier<Optional<ExportJob>> jobs) {
        this.runner = runner;
        this.jobs = jobs;
        size.addListener((obs, old, now) -> tooLarge.set(now.filter(s -> !s.fits()).isPresent()));
    }

    /** A picture worked out for an export job's choices. */
    private record Known(ExportJob job, ExportJob.Sized sized) {
        /** Whether {@code other} draws the same picture at the same size (the file and the colours aside). */
        boolean drawsAs(ExportJob other) {
            ExportChoices a = job.choices();
            ExportChoices b = other.choices();
            return a.format() == b.format() && a.level() == b.level() && a.traffic() == b.traffic() && a.focus().equals(b.focus())
                    && a.exposure() == b.exposure() && job.analysis() == other.analysis() && job.shown() == other.shown()
                    && job.request().equals(other.request()) && job.whatIf().orElse(null) == other.whatIf().orElse(null);
        }
    }

    /** The dialog opened: sizes are worked out from now on, the first at once. */
    void open() {
        opened = true;
        resize();
    }

    /** The dialog closed: no more sizes are worked out, the picture kept is let go. */
    void close() {
        opened = false;
        known = Optional.empty();
    }

    /** The picture worked out for {@code job}'s choices, when it is known. */
    Optional<ExportJob.Sized> knownFor(ExportJob job) {
        return known.filter(k -> k.drawsAs(job)).map(Known::sized);
    }

    /** Works out the size of the picture the choices draw, off the JavaFX thread; one at a time, the last choices last. */
    void resize() {
        if (!opened) {
            return;
        }
        Optional<ExportJob> job = jobs.get();
        if (job.isEmpty()) {
            size.set(Optional.empty());
            return;
        }
        Optional<ExportJob.Sized> sized = knownFor(job.get());
        size.set(sized.map(ExportJob.Sized::size));
        if (sized.isPresent()) {
            return;
        }
        if (sizing) {
            sizeAgain = true;
            return;
        }
        sizing = true;
        runner.start(control -> job.get().sized(), new JobListener<ExportJob.Sized>() {
            @Override
            public void succeeded(ExportJob.Sized result) {
                known = Optional.of(new Known(job.get(), result));
                done();
            }

            @Override
            public void failed(Throwable error) {
                done(); // the size stays unknown: Export still works it out, and says why it could not
            }

            @Override
            public void cancelled() {
                done();
            }

            private void done() {
                sizing = false;
                boolean again = sizeAgain;
                sizeAgain = false;
                if (again) {
                    resize();
                } else if (opened) {
                    size.set(knownFor(job.get()).map(ExportJob.Sized::size));
                }
            }
        });
    }

    ReadOnlyObjectProperty<Optional<PictureSize>> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty tooLargeProperty() {
        return tooLarge.getReadOnlyProperty();
    }
}
