package org.uditrust.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uditrust.registry.DeviceModel;
import org.uditrust.registry.Transactions;

class ModelRepositoryTest {

    static final String PRIMARY = "04046964734413";
    static final String PACKAGE = "14046964734410";

    @TempDir
    Path dir;

    Database db;
    Transactions tx;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("models.db"), new TestClock());
        tx = db.transactions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<DeviceModel> byDi(String di) {
        return tx.read(r -> r.models().byDi(di));
    }

    private List<DeviceModel> find(String text) {
        return tx.read(r -> r.models().find(text, 0, 50));
    }

    @Test
    void roundTripsEveryFieldAndChildRowsInOrder() {
        DeviceModel model = StoreFixtures.fullModel(PRIMARY, PACKAGE);
        tx.write(r -> {
            r.models().upsert(model);
            return null;
        });
        assertThat(byDi(PRIMARY)).contains(model);
        // Any other DI of the model finds it too: a package label resolves to its model.
        assertThat(byDi(PACKAGE)).contains(model);
        assertThat(byDi("00000000000000")).isEmpty();
        assertThat(tx.<Long>read(r -> r.models().count())).isEqualTo(1L);
    }

    @Test
    void roundTripsASparseModel() {
        DeviceModel model = StoreFixtures.model(PRIMARY, null, false, false);
        tx.write(r -> {
            r.models().upsert(model);
            return null;
        });
        assertThat(byDi(PRIMARY)).contains(model);
    }

    @Test
    void upsertReplacesTheModelWithAllItsChildRows() {
        tx.write(r -> {
            r.models().upsert(StoreFixtures.fullModel(PRIMARY, PACKAGE));
            return null;
        });
        DeviceModel changed = StoreFixtures.model(PRIMARY, "Renamed", true, false);
        tx.write(r -> {
            r.models().upsert(changed);
            return null;
        });
        assertThat(byDi(PRIMARY)).contains(changed);
        assertThat(byDi(PACKAGE)).isEmpty();
        assertThat(tx.<Long>read(r -> r.models().count())).isEqualTo(1L);
    }

    @Test
    void findsByBrandModelCompanyCatalogAndAnyDi() {
        tx.write(r -> {
            r.models().upsert(StoreFixtures.fullModel(PRIMARY, PACKAGE));
            r.models().upsert(StoreFixtures.model("00643169007222", "Sprint Fidelis", true, true));
            r.models().upsert(StoreFixtures.model("09506000134352", "Pump 50%_off", true, true));
            return null;
        });
        assertThat(find("infusomat")).extracting(DeviceModel::primaryDi).containsExactly(PRIMARY);
        assertThat(find("REF-871")).extracting(DeviceModel::primaryDi).containsExactly(PRIMARY);
        assertThat(find(PACKAGE.substring(0, 10))).extracting(DeviceModel::primaryDi).containsExactly(PRIMARY);
        assertThat(find("acme")).extracting(DeviceModel::primaryDi)
                .containsExactly("00643169007222", "09506000134352");
        assertThat(find("50%_")).extracting(DeviceModel::primaryDi).containsExactly("09506000134352");
        assertThat(find(null)).hasSize(3);
        assertThat(tx.<List<DeviceModel>>read(r -> r.models().find(null, 1, 1))).extracting(DeviceModel::primaryDi)
                .containsExactly("04046964734413");
    }
}
