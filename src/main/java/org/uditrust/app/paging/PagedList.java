package org.uditrust.app.paging;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.ObservableListBase;
import org.uditrust.app.task.BackgroundTask;
import org.uditrust.app.task.TaskCallbacks;
import org.uditrust.app.task.TaskContext;
import org.uditrust.app.task.TaskRunner;

/**
 * A fixed-size, read-only list over a query result that may hold a million rows: it knows only the row count and
 * the pages it has fetched. {@link #get} of a row whose page is not cached returns {@code null} and fetches that page
 * in the background; when the page arrives the list announces the replaced rows, and a {@code TableView} redraws
 * them. Only a bounded number of pages is kept (least recently used goes first), so memory stays flat however far
 * the user scrolls.
 *
 * <p>One instance serves one query: a new filter or sort order makes a new list, so a page that arrives late for
 * an old query can never land in the new one. Use it from the UI thread only.
 *
 * @param <T> the row type
 */
public final class PagedList<T> extends ObservableListBase<T> {

    /** Where rows come from; called on a background thread. */
    public interface Source<T> {
        long count();

        List<T> page(int offset, int limit);
    }

    private final Source<T> source;
    private final TaskRunner tasks;
    private final int pageSize;
    private final Consumer<Exception> onFailure;
    private final Map<Integer, List<T>> pages;
    private final Set<Integer> pending = new HashSet<>();
    private int size;
    private boolean counted;
    private boolean inGet;
    private Runnable onCounted = () -> { };

    /**
     * @param pageSize  rows per fetch
     * @param maxPages  pages kept in memory
     * @param onFailure told when the count or a page cannot be read (the database went away, say)
     */
    public PagedList(Source<T> source, TaskRunner tasks, int pageSize, int maxPages, Consumer<Exception> onFailure) {
        this.source = Objects.requireNonNull(source, "source");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        if (pageSize < 1 || maxPages < 1) {
            throw new IllegalArgumentException("pageSize and maxPages must be positive");
        }
        this.pageSize = pageSize;
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
                return size() > maxPages;
            }
        };
    }

    /** Counts the rows in the background; the list is empty until the count arrives, then runs {@code then}. */
    public void start(Runnable then) {
        this.onCounted = then == null ? () -> { } : then;
        tasks.submitQuietly(new Call<>("count", () -> source.count()),
                new TaskCallbacks<>(this::counted, onFailure, null));
    }

    private void counted(Long total) {
        counted = true;
        int newSize = (int) Math.min(Integer.MAX_VALUE, Math.max(0, total));
        if (newSize > 0) {
            beginChange();
            size = newSize;
            nextAdd(0, newSize);
            endChange();
        }
        onCounted.run();
    }

    /** True once the row count is known. */
    public boolean isCounted() {
        return counted;
    }

    @Override
    public int size() {
        return size;
    }

    /** The row, or {@code null} while its page is being fetched. */
    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            fetch(page);
            rows = pages.get(page); // a synchronous runner (tests) has already filled it
        }
        int offset = index % pageSize;
        return rows == null || offset >= rows.size() ? null : rows.get(offset);
    }

    /** Replaces, in the cached pages, every row {@code update} changes (returns non-null for); for an edited row. */
    public void update(UnaryOperator<T> update) {
        for (Map.Entry<Integer, List<T>> entry : pages.entrySet()) {
            List<T> rows = entry.getValue();
            for (int i = 0; i < rows.size(); i++) {
                T changed = update.apply(rows.get(i));
                if (changed != null) {
                    T old = rows.set(i, changed);
                    beginChange();
                    nextSet(entry.getKey() * pageSize + i, old);
                    endChange();
                }
            }
        }
    }

    /** Pages in memory; for tests of the bound. */
    int cachedPages() {
        return pages.size();
    }

    private void fetch(int page) {
        if (!pending.add(page)) {
            return;
        }
        int offset = page * pageSize;
        boolean outer = !inGet;
        inGet = true;
        try {
            tasks.submitQuietly(new Call<>("page", () -> new java.util.ArrayList<>(source.page(offset, pageSize))),
                    new TaskCallbacks<List<T>>(rows -> arrived(page, rows), e -> {
                        pending.remove(page);
                        onFailure.accept(e);
                    }, () -> pending.remove(page)));
        } finally {
            if (outer) {
                inGet = false;
            }
        }
    }

    private void arrived(int page, List<T> rows) {
        pending.remove(page);
        pages.put(page, rows);
        if (inGet) {
            return; // delivered inside get(): the caller reads it directly, nobody needs telling
        }
        int from = page * pageSize;
        int to = Math.min(size, from + pageSize);
        if (from < to) {
            beginChange();
            nextReplace(from, to, Collections.nCopies(to - from, null));
            endChange();
        }
    }

    /** A background read with a name. */
    private record Call<R>(String title, java.util.concurrent.Callable<R> work) implements BackgroundTask<R> {
        @Override
        public R call(TaskContext context) throws Exception {
            return work.call();
        }
    }
}
