package io.kubereach.ui.model;

import io.kubereach.ui.task.JobHandle;
import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobStep;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The background work the status bar shows: whether something runs, how far it is, which step,
 * and a way to stop it. The latest job begun is the one shown and cancelled.
 */
public final class Activity {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<JobStep> step = new ReadOnlyObjectWrapper<>(this, "step", JobStep.READING);
    private Ticket current;

    /** One job shown by the activity. */
    public final class Ticket {
        private JobHandle handle;
        private boolean ended;

        private Ticket() {
        }

        /** The job this ticket stands for, once started (it may already have ended). */
        public void attach(JobHandle started) {
            handle = started;
            if (ended) {
                handle = JobHandle.done();
            }
        }

        /** Progress of this job; ignored once another job took over. */
        public void report(double fraction, JobStep now) {
            if (current == this) {
                progress.set(fraction);
                step.set(now);
            }
        }

        /** The job ended (in any way). */
        public void end() {
            ended = true;
            if (current == this) {
                current = null;
                running.set(false);
                progress.set(-1);
            }
        }

        /**
         * {@code listener}, with this ticket ended first whichever way the job ends (succeeded,
         * failed or cancelled), so no way out leaves the status bar running.
         */
        public <T> JobListener<T> ending(JobListener<T> listener) {
            return new JobListener<>() {
                @Override
                public void succeeded(T result) {
                    end();
                    listener.succeeded(result);
                }

                @Override
                public void failed(Throwable error) {
                    end();
                    listener.failed(error);
                }

                @Override
                public void cancelled() {
                    end();
                    listener.cancelled();
                }

                @Override
                public void progress(double fraction, JobStep step) {
                    listener.progress(fraction, step);
                }
            };
        }

        /** Asks this ticket's job to stop. */
        public void cancel() {
            if (handle != null && !ended) {
                handle.cancel();
            }
        }
    }

    /** A job begins: the activity shows it from now on. */
    public Ticket begin(JobStep first) {
        Ticket t = new Ticket();
        current = t;
        running.set(true);
        progress.set(-1);
        step.set(first);
        return t;
    }

    /** Asks the job shown to stop. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Whether a job runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How far the job shown is, 0 to 1; negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the job shown is doing. */
    public ReadOnlyObjectProperty<JobStep> stepProperty() {
        return step.getReadOnlyProperty();
    }
}
