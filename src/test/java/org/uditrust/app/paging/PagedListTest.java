package org.uditrust.app.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.uditrust.app.task.TaskRunner;

class PagedListTest {

    /** A million rows that exist only as numbers; counts how many pages were fetched. */
    private static final class Numbers implements PagedList.Source<Integer> {
        final List<Integer> fetchedOffsets = new ArrayList<>();

        @Override
        public long count() {
            return 1_000_000;
        }

        @Override
        public List<Integer> page(int offset, int limit) {
            fetchedOffsets.add(offset);
            return IntStream.range(offset, Math.min(1_000_000, offset + limit)).boxed().toList();
        }
    }

    @Test
    void aMillionRowsKeepOnlyTheLastPagesInMemory() {
        Numbers source = new Numbers();
        PagedList<Integer> list = new PagedList<>(source, TaskRunner.synchronous(), 200, 5, e -> {
            throw new AssertionError(e);
        });
        list.start(null);

        assertThat(list).hasSize(1_000_000);
        assertThat(list.get(0)).isZero();
        assertThat(list.get(999_999)).isEqualTo(999_999);
        for (int i = 0; i < 20; i++) {
            assertThat(list.get(i * 50_000 + 7)).isEqualTo(i * 50_000 + 7);
        }
        assertThat(list.cachedPages()).isEqualTo(5);
        // Rows of one page come from one fetch.
        int before = source.fetchedOffsets.size();
        for (int i = 400; i < 600; i++) {
            list.get(i);
        }
        assertThat(source.fetchedOffsets.size() - before).isEqualTo(1);
    }

    @Test
    void aRowIsNullUntilItsPageArrivesThenTheListSaysItWasReplaced() {
        Queue<Runnable> background = new ArrayDeque<>();
        TaskRunner tasks = new TaskRunner(background::add, Runnable::run);
        PagedList<Integer> list = new PagedList<>(new Numbers(), tasks, 200, 5, e -> {
            throw new AssertionError(e);
        });
        list.start(null);
        background.poll().run(); // the count
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ".." + c.getTo() + (c.wasReplaced() ? " replaced" : ""));
            }
        });

        assertThat(list.get(450)).isNull();
        assertThat(list.get(451)).isNull();
        assertThat(background).hasSize(1); // one fetch for the page, however many rows asked
        background.poll().run();

        assertThat(changes).containsExactly("400..600 replaced");
        assertThat(list.get(450)).isEqualTo(450);
    }

    @Test
    void updateReplacesACachedRowInPlace() {
        PagedList<Integer> list = new PagedList<>(new Numbers(), TaskRunner.synchronous(), 200, 5, e -> { });
        list.start(null);
        list.get(10);
        List<Integer> set = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                set.add(c.getFrom());
            }
        });

        list.update(n -> n == 10 ? -10 : null);

        assertThat(list.get(10)).isEqualTo(-10);
        assertThat(set).containsExactly(10);
    }
}
