package io.kubereach.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubereach.ui.task.JobListener;
import io.kubereach.ui.task.JobStep;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the activity the status bar shows")
class ActivityTest {

    /** What a listener heard, and whether the activity still ran when it heard it. */
    private static final class Heard implements JobListener<String> {
        private final Activity activity;
        private final List<String> events = new ArrayList<>();

        Heard(Activity activity) {
            this.activity = activity;
        }

        private void hear(String event) {
            events.add(event + (activity.runningProperty().get() ? " while running" : " after the end"));
        }

        @Override
        public void succeeded(String result) {
            hear("succeeded " + result);
        }

        @Override
        public void failed(Throwable error) {
            hear("failed " + error.getMessage());
        }

        @Override
        public void cancelled() {
            hear("cancelled");
        }

        @Override
        public void progress(double fraction, JobStep step) {
            hear("progress " + step);
        }
    }

    private static List<String> endWith(Consumer<JobListener<String>> end) {
        Activity activity = new Activity();
        Heard heard = new Heard(activity);
        JobListener<String> listener = activity.begin(JobStep.READING).ending(heard);
        listener.progress(0.5, JobStep.ANALYSING);
        end.accept(listener);
        assertThat(activity.runningProperty().get()).isFalse();
        return heard.events;
    }

    @Test
    @DisplayName("a listener made to end the ticket stops the activity however the job ends, before the listener hears it")
    void endingStopsTheActivityOnEveryWayOut() {
        assertThat(endWith(l -> l.succeeded("x"))).containsExactly("progress ANALYSING while running", "succeeded x after the end");
        assertThat(endWith(l -> l.failed(new IllegalStateException("boom"))))
                .containsExactly("progress ANALYSING while running", "failed boom after the end");
        assertThat(endWith(JobListener::cancelled)).containsExactly("progress ANALYSING while running", "cancelled after the end");
    }

    @Test
    @DisplayName("a job that ends after another began leaves the newer one shown")
    void anOlderJobEndingLeavesTheNewerOneRunning() {
        Activity activity = new Activity();
        JobListener<String> older = activity.begin(JobStep.READING).ending(new Heard(activity));
        activity.begin(JobStep.LAYING_OUT);
        older.succeeded("late");
        assertThat(activity.runningProperty().get()).isTrue();
        assertThat(activity.stepProperty().get()).isEqualTo(JobStep.LAYING_OUT);
    }
}
