package org.uditrust.app.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uditrust.app.FxTestSupport.waitUntil;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.uditrust.app.FxTestSupport;
import org.uditrust.app.RequiresDisplay;
import org.uditrust.app.task.TaskRunner;

/** A TableView over a million-row PagedList: jumping to the end fetches a page or two, not the table. */
@ExtendWith({RequiresDisplay.class, ApplicationExtension.class})
class MillionRowsFxTest {

    private final AtomicInteger pagesFetched = new AtomicInteger();
    private ExecutorService background;
    private TableView<Integer> table;

    @Start
    void start(Stage stage) {
        background = FxTestSupport.backgroundThread();
        PagedList<Integer> rows = new PagedList<>(new PagedList.Source<>() {
            @Override
            public long count() {
                return 1_000_000;
            }

            @Override
            public List<Integer> page(int offset, int limit) {
                pagesFetched.incrementAndGet();
                return IntStream.range(offset, Math.min(1_000_000, offset + limit)).boxed().toList();
            }
        }, new TaskRunner(background, Platform::runLater), 200, 50, e -> { });
        table = new TableView<>(rows);
        TableColumn<Integer, String> column = new TableColumn<>("n");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "…" : "row " + c.getValue()));
        table.getColumns().add(column);
        table.setId("million");
        rows.start(null);
        stage.setScene(new Scene(table, 400, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static java.util.Set<String> cellTexts(FxRobot robot) {
        java.util.Set<String> texts = new java.util.TreeSet<>();
        robot.lookup(".table-cell").queryAll().forEach(n -> {
            String text = ((javafx.scene.control.Labeled) n).getText();
            if (text != null) {
                texts.add(text);
            }
        });
        return texts;
    }

    @Test
    void scrollingToTheEndLoadsOnlyWhatIsVisible(FxRobot robot) {
        waitUntil(() -> table.getItems().size() == 1_000_000);
        robot.interact(() -> table.scrollTo(999_990));

        try {
            waitUntil(() -> cellTexts(robot).containsAll(List.of("row 999990", "row 999995")));
        } catch (AssertionError e) {
            throw new AssertionError("cells: " + cellTexts(robot) + ", pages " + pagesFetched.get(), e);
        }

        assertThat(pagesFetched.get()).isLessThanOrEqualTo(4);
    }
}
